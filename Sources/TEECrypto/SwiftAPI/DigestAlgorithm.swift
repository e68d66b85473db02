/// Hash functions with a fixed output length.
public enum DigestAlgorithm: Sendable, CaseIterable {
    case md5, sha1, sha224, sha256, sha384, sha512
    case sha3_224, sha3_256, sha3_384, sha3_512
    case md5sha1

    public var gp: GPAlgorithm {
        switch self {
        case .md5: .md5
        case .sha1: .sha1
        case .sha224: .sha224
        case .sha256: .sha256
        case .sha384: .sha384
        case .sha512: .sha512
        case .sha3_224: .sha3_224
        case .sha3_256: .sha3_256
        case .sha3_384: .sha3_384
        case .sha3_512: .sha3_512
        case .md5sha1: .md5sha1
        }
    }

    /// GP numbers HMAC algorithms and key types after the digest (low byte of the id):
    /// TEE_ALG_HMAC_<hash> = 0x300000xx, TEE_TYPE_HMAC_<hash> = 0xA00000xx. MD5SHA1 has no HMAC:
    /// the ids that come out are unknown, and allocation says NOT_SUPPORTED.
    var hmacAlgorithm: GPAlgorithm { GPAlgorithm(rawValue: self == .md5sha1 ? 0 : 0x3000_0000 | gp.rawValue & 0xFF) }
    var hmacKeyType: GPObjectType { GPObjectType(rawValue: self == .md5sha1 ? 0 : 0xA000_0000 | gp.rawValue & 0xFF) }
}
