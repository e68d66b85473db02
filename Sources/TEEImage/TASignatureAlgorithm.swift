import CTEECrypto

/// `algo` of the signed header: GP algorithm identifiers of the two RSA schemes OP-TEE signs
/// TAs with, both over a SHA-256 digest.
public enum TASignatureAlgorithm: UInt32, Sendable, CaseIterable, CustomStringConvertible {
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA256`, salt length 32: the default.
    case rsaPssSHA256 = 0x7041_4930
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_SHA256`.
    case rsaPkcs1v15SHA256 = 0x7000_4830

    public var description: String {
        switch self {
        case .rsaPssSHA256: "RSASSA_PKCS1_PSS_MGF1_SHA256"
        case .rsaPkcs1v15SHA256: "RSASSA_PKCS1_V1_5_SHA256"
        }
    }

    var scheme: Int32 {
        switch self {
        case .rsaPssSHA256: Int32(STEE_RSA_PSS_SHA256)
        case .rsaPkcs1v15SHA256: Int32(STEE_RSA_PKCS1V15_SHA256)
        }
    }
}
