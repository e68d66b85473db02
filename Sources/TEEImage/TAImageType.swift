/// `img_type` of OP-TEE's signed header (`signed_hdr.h`). An open set: unknown values
/// survive parsing long enough to be named in the refusal.
public struct TAImageType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `SHDR_TA`: the legacy layout without a bootstrap header.
    public static let ta = TAImageType(rawValue: 0)
    /// `SHDR_BOOTSTRAP_TA`: UUID and version, then the plain ELF image. The only type accepted.
    public static let bootstrapTA = TAImageType(rawValue: 1)
    /// `SHDR_ENCRYPTED_TA`: an AES-GCM encrypted ELF image.
    public static let encryptedTA = TAImageType(rawValue: 2)
    /// `SHDR_SUBKEY`: a subkey certificate chained in front of the TA's own header.
    public static let subkey = TAImageType(rawValue: 3)

    public var description: String {
        let name = switch self {
        case .ta: "SHDR_TA"
        case .bootstrapTA: "SHDR_BOOTSTRAP_TA"
        case .encryptedTA: "SHDR_ENCRYPTED_TA"
        case .subkey: "SHDR_SUBKEY"
        default: "unknown"
        }
        return "\(name) (\(rawValue))"
    }
}
