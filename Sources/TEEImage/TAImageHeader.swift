/// `struct shdr`: the fixed 20 bytes every signed TA image starts with (little-endian).
/// `hash[hashSize]` and `signature[signatureSize]` follow it.
public struct TAImageHeader: Hashable, Sendable {
    public static let size = 20
    /// `SHDR_MAGIC`, "HSTO" when read as little-endian bytes.
    public static let magic: UInt32 = 0x4F54_5348

    public var magic: UInt32
    public var imageType: TAImageType
    /// `img_size`: bytes of the ELF image after the bootstrap header.
    public var imageSize: UInt32
    /// `algo`, raw so that unknown values can be reported.
    public var algorithm: UInt32
    public var hashSize: UInt16
    public var signatureSize: UInt16

    public init(imageType: TAImageType, imageSize: UInt32, algorithm: UInt32, hashSize: UInt16, signatureSize: UInt16) {
        self.magic = Self.magic
        self.imageType = imageType
        self.imageSize = imageSize
        self.algorithm = algorithm
        self.hashSize = hashSize
        self.signatureSize = signatureSize
    }

    /// Decodes the first 20 bytes; checks nothing but their presence.
    init(decoding bytes: [UInt8]) throws(TAImageError) {
        guard bytes.count >= Self.size else { throw .truncated("signed header", need: Self.size, have: bytes.count) }
        magic = bytes.littleEndianU32(at: 0)
        imageType = TAImageType(rawValue: bytes.littleEndianU32(at: 4))
        imageSize = bytes.littleEndianU32(at: 8)
        algorithm = bytes.littleEndianU32(at: 12)
        hashSize = bytes.littleEndianU16(at: 16)
        signatureSize = bytes.littleEndianU16(at: 18)
    }

    public var encoded: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(Self.size)
        out.appendLittleEndian(magic)
        out.appendLittleEndian(imageType.rawValue)
        out.appendLittleEndian(imageSize)
        out.appendLittleEndian(algorithm)
        out.appendLittleEndian(hashSize)
        out.appendLittleEndian(signatureSize)
        return out
    }
}
