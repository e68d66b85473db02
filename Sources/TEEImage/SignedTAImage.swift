import TEEABI

/// A structurally valid signed TA image (`SHDR_BOOTSTRAP_TA`), as byte ranges into the buffer
/// it was parsed from. Parsing checks every field and size; it does not check the signature
/// (that is `TAImageVerifier`'s job), so a parsed image is not yet trusted.
///
///     shdr (20) | hash[hash_size] | sig[sig_size] | bootstrap (20) | ELF[img_size]
public struct SignedTAImage: Hashable, Sendable {
    /// RSA keys of 2048…8192 bits: the signature sizes accepted.
    public static let signatureSizes = 256...1024
    public static let hashSize = 32
    /// The largest image accepted (teed's TA store bound).
    public static let maxSize = 64 << 20

    public var header: TAImageHeader
    public var algorithm: TASignatureAlgorithm
    public var bootstrap: TABootstrapHeader
    public var hashRange: Range<Int>
    public var signatureRange: Range<Int>
    /// The bootstrap header followed by the ELF image: with the first 20 bytes, what is hashed.
    public var signedRange: Range<Int>
    public var payloadRange: Range<Int>

    public var uuid: TEEUUID { bootstrap.uuid }
    public var taVersion: UInt32 { bootstrap.taVersion }

    static let elfMagic: [UInt8] = [0x7F, 0x45, 0x4C, 0x46]

    /// Whether `bytes` start like a signed image (and not, say, like an ELF object).
    public static func hasSignedHeader(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes.littleEndianU32(at: 0) == TAImageHeader.magic
    }

    public static func isELF(_ bytes: [UInt8]) -> Bool { bytes.starts(with: elfMagic) }

    public init(parsing bytes: [UInt8]) throws(TAImageError) {
        guard bytes.count <= Self.maxSize else { throw .tooLarge(bytes.count) }
        if Self.isELF(bytes) { throw .unsignedELF }
        let header = try TAImageHeader(decoding: bytes)
        guard header.magic == TAImageHeader.magic else { throw .badMagic(header.magic) }
        guard header.imageType == .bootstrapTA else { throw .unsupportedImageType(header.imageType) }
        guard let algorithm = TASignatureAlgorithm(rawValue: header.algorithm) else {
            throw .unsupportedAlgorithm(header.algorithm)
        }
        guard Int(header.hashSize) == Self.hashSize else { throw .badHashSize(header.hashSize) }
        guard Self.signatureSizes.contains(Int(header.signatureSize)) else { throw .badSignatureSize(header.signatureSize) }

        // Offsets in overflow-checked arithmetic: the fields are small today, but the
        // checks must not depend on that.
        let hashStart = TAImageHeader.size
        let signatureStart = try Self.add(hashStart, Int(header.hashSize))
        let bootstrapStart = try Self.add(signatureStart, Int(header.signatureSize))
        let payloadStart = try Self.add(bootstrapStart, TABootstrapHeader.size)
        let end = try Self.add(payloadStart, Int(header.imageSize))
        guard bytes.count >= payloadStart else { throw .truncated("signed and bootstrap headers", need: payloadStart, have: bytes.count) }
        guard end == bytes.count else { throw .sizeMismatch(declared: end, actual: bytes.count) }
        guard bytes[payloadStart...].starts(with: Self.elfMagic) else { throw .payloadNotELF }

        self.header = header
        self.algorithm = algorithm
        self.bootstrap = TABootstrapHeader(decoding: bytes, at: bootstrapStart)
        hashRange = hashStart..<signatureStart
        signatureRange = signatureStart..<bootstrapStart
        signedRange = bootstrapStart..<end
        payloadRange = payloadStart..<end
    }

    private static func add(_ a: Int, _ b: Int) throws(TAImageError) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow, sum <= maxSize else { throw .tooLarge(overflow ? Int.max : sum) }
        return sum
    }
}
