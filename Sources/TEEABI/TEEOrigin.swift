/// Where a result came from (`TEEC_ORIGIN_*` / `TEE_ORIGIN_*`).
public struct TEEOrigin: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `TEEC_ORIGIN_API`: the client library itself.
    public static let api = TEEOrigin(rawValue: 1)
    /// `TEEC_ORIGIN_COMMS`: the path between the client and the TEE.
    public static let comms = TEEOrigin(rawValue: 2)
    /// `TEEC_ORIGIN_TEE`: teed or the TA host runtime.
    public static let tee = TEEOrigin(rawValue: 3)
    /// `TEEC_ORIGIN_TRUSTED_APP`: the TA's own entry point.
    public static let trustedApp = TEEOrigin(rawValue: 4)

    public var description: String {
        switch rawValue {
        case 1: "API"
        case 2: "COMMS"
        case 3: "TEE"
        case 4: "TRUSTED_APP"
        default: "origin \(rawValue)"
        }
    }
}
