/// Why a TA image was refused. The description is what teed logs and teectl prints.
public enum TAImageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer bytes than the part named needs.
    case truncated(String, need: Int, have: Int)
    case badMagic(UInt32)
    /// A plain ELF object, never signed.
    case unsignedELF
    case unsupportedImageType(TAImageType)
    case unsupportedAlgorithm(UInt32)
    case badHashSize(UInt16)
    case badSignatureSize(UInt16)
    /// The sizes in the header add up to more (or fewer) bytes than the image has.
    case sizeMismatch(declared: Int, actual: Int)
    case payloadNotELF
    case tooLarge(Int)
    /// The hash field is not the SHA-256 of the signed bytes.
    case hashMismatch
    /// No trusted key has the modulus size the signature has.
    case noKeyOfSignatureSize(Int, trustedKeys: Int)
    /// No trusted key of the right size verifies the signature.
    case badSignature(keysTried: Int)
    /// A key or signing step the caller asked for cannot be done.
    case unusableKey(String)
    case crypto(String, code: Int32)

    public var description: String {
        switch self {
        case let .truncated(what, need, have): "truncated image: the \(what) needs \(need) bytes, the image has \(have)"
        case let .badMagic(value): "not a signed TA image (magic 0x\(String(value, radix: 16)), expected 0x4f545348)"
        case .unsignedELF: "unsigned ELF object: only signed TA images are loaded (sign it with `teectl ta sign`)"
        case let .unsupportedImageType(type): "image type \(type) is not supported (only SHDR_BOOTSTRAP_TA (1))"
        case let .unsupportedAlgorithm(value): "signature algorithm 0x\(String(value, radix: 16)) is not supported"
        case let .badHashSize(size): "hash size \(size) (SHA-256 needs 32)"
        case let .badSignatureSize(size): "signature size \(size) is not that of a 2048…8192-bit RSA key"
        case let .sizeMismatch(declared, actual): "the header declares \(declared) bytes in all, the image has \(actual)"
        case .payloadNotELF: "the signed payload is not an ELF object"
        case let .tooLarge(size): "image of \(size) bytes is too large"
        case .hashMismatch: "the hash in the header does not match the image (corrupt or altered)"
        case let .noKeyOfSignatureSize(size, keys): "none of the \(keys) trusted key(s) has a \(size * 8)-bit modulus, as the signature needs"
        case let .badSignature(tried): "the signature does not verify with any trusted key (\(tried) tried)"
        case let .unusableKey(why): "unusable key: \(why)"
        case let .crypto(operation, code): "\(operation) failed (error \(-code))"
        }
    }
}
