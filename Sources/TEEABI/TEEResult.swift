/// A GP result code (`TEEC_Result` / `TEE_Result`). Open set: unknown codes survive a round trip.
public struct TEEResult: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public init(_ rawValue: UInt32) { self.rawValue = rawValue }

    /// `TEEC_SUCCESS`
    public static let success = TEEResult(0x0000_0000)
    /// `TEE_ERROR_CORRUPT_OBJECT`
    public static let corruptObject = TEEResult(0xF010_0001)
    /// `TEE_ERROR_STORAGE_NOT_AVAILABLE`
    public static let storageNotAvailable = TEEResult(0xF010_0003)
    /// `TEEC_ERROR_GENERIC`
    public static let generic = TEEResult(0xFFFF_0000)
    /// `TEEC_ERROR_ACCESS_DENIED`
    public static let accessDenied = TEEResult(0xFFFF_0001)
    /// `TEEC_ERROR_CANCEL`
    public static let cancel = TEEResult(0xFFFF_0002)
    /// `TEEC_ERROR_ACCESS_CONFLICT`
    public static let accessConflict = TEEResult(0xFFFF_0003)
    /// `TEEC_ERROR_EXCESS_DATA`
    public static let excessData = TEEResult(0xFFFF_0004)
    /// `TEEC_ERROR_BAD_FORMAT`
    public static let badFormat = TEEResult(0xFFFF_0005)
    /// `TEEC_ERROR_BAD_PARAMETERS`
    public static let badParameters = TEEResult(0xFFFF_0006)
    /// `TEEC_ERROR_BAD_STATE`
    public static let badState = TEEResult(0xFFFF_0007)
    /// `TEEC_ERROR_ITEM_NOT_FOUND`
    public static let itemNotFound = TEEResult(0xFFFF_0008)
    /// `TEEC_ERROR_NOT_IMPLEMENTED`
    public static let notImplemented = TEEResult(0xFFFF_0009)
    /// `TEEC_ERROR_NOT_SUPPORTED`
    public static let notSupported = TEEResult(0xFFFF_000A)
    /// `TEEC_ERROR_NO_DATA`
    public static let noData = TEEResult(0xFFFF_000B)
    /// `TEEC_ERROR_OUT_OF_MEMORY`
    public static let outOfMemory = TEEResult(0xFFFF_000C)
    /// `TEEC_ERROR_BUSY`
    public static let busy = TEEResult(0xFFFF_000D)
    /// `TEEC_ERROR_COMMUNICATION`
    public static let communication = TEEResult(0xFFFF_000E)
    /// `TEEC_ERROR_SECURITY`
    public static let security = TEEResult(0xFFFF_000F)
    /// `TEEC_ERROR_SHORT_BUFFER`
    public static let shortBuffer = TEEResult(0xFFFF_0010)
    /// `TEE_ERROR_EXTERNAL_CANCEL`
    public static let externalCancel = TEEResult(0xFFFF_0011)
    /// `TEE_ERROR_TIMEOUT`
    public static let timeout = TEEResult(0xFFFF_3001)
    /// `TEE_ERROR_OVERFLOW`
    public static let overflow = TEEResult(0xFFFF_300F)
    /// `TEEC_ERROR_TARGET_DEAD`
    public static let targetDead = TEEResult(0xFFFF_3024)
    /// `TEE_ERROR_MAC_INVALID`
    public static let macInvalid = TEEResult(0xFFFF_3071)
    /// `TEE_ERROR_STORAGE_NO_SPACE`
    public static let storageNoSpace = TEEResult(0xFFFF_3041)
    /// `TEE_ERROR_SIGNATURE_INVALID`
    public static let signatureInvalid = TEEResult(0xFFFF_3072)
    /// `TEE_ERROR_TIME_NOT_SET`
    public static let timeNotSet = TEEResult(0xFFFF_5000)
    /// `TEE_ERROR_TIME_NEEDS_RESET`
    public static let timeNeedsReset = TEEResult(0xFFFF_5001)

    private static let names: [UInt32: String] = [
        0: "SUCCESS", 0xF010_0001: "CORRUPT_OBJECT", 0xF010_0003: "STORAGE_NOT_AVAILABLE",
        0xFFFF_5000: "TIME_NOT_SET", 0xFFFF_5001: "TIME_NEEDS_RESET",
        0xFFFF_0000: "GENERIC", 0xFFFF_0001: "ACCESS_DENIED", 0xFFFF_0002: "CANCEL",
        0xFFFF_0003: "ACCESS_CONFLICT", 0xFFFF_0004: "EXCESS_DATA", 0xFFFF_0005: "BAD_FORMAT",
        0xFFFF_0006: "BAD_PARAMETERS", 0xFFFF_0007: "BAD_STATE", 0xFFFF_0008: "ITEM_NOT_FOUND",
        0xFFFF_0009: "NOT_IMPLEMENTED", 0xFFFF_000A: "NOT_SUPPORTED", 0xFFFF_000B: "NO_DATA",
        0xFFFF_000C: "OUT_OF_MEMORY", 0xFFFF_000D: "BUSY", 0xFFFF_000E: "COMMUNICATION",
        0xFFFF_000F: "SECURITY", 0xFFFF_0010: "SHORT_BUFFER", 0xFFFF_0011: "EXTERNAL_CANCEL",
        0xFFFF_3001: "TIMEOUT", 0xFFFF_300F: "OVERFLOW", 0xFFFF_3024: "TARGET_DEAD",
        0xFFFF_3041: "STORAGE_NO_SPACE", 0xFFFF_3071: "MAC_INVALID", 0xFFFF_3072: "SIGNATURE_INVALID",
    ]

    public var description: String {
        let hex = "0x" + String(rawValue, radix: 16, uppercase: true)
        return Self.names[rawValue].map { "\($0) (\(hex))" } ?? hex
    }
}

/// TA entry points throw a bare result; the runtime adds the origin (`TRUSTED_APP`).
extension TEEResult: Error {}
