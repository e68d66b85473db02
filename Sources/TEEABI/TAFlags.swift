/// TA instance properties as OP-TEE encodes them in `TA_FLAGS` (`user_ta_header.h`).
public struct TAFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `TA_FLAG_SINGLE_INSTANCE`: one instance shared by every session.
    public static let singleInstance = TAFlags(rawValue: 0x4)
    /// `TA_FLAG_MULTI_SESSION`: a single instance accepts concurrent sessions.
    public static let multiSession = TAFlags(rawValue: 0x8)
    /// `TA_FLAG_INSTANCE_KEEP_ALIVE`: the instance outlives its last session.
    public static let instanceKeepAlive = TAFlags(rawValue: 0x10)
    /// `TA_FLAG_SECURE_DATA_PATH`
    public static let secureDataPath = TAFlags(rawValue: 0x20)
    /// `TA_FLAG_CACHE_MAINTENANCE`
    public static let cacheMaintenance = TAFlags(rawValue: 0x80)
    /// `TA_FLAG_DONT_CLOSE_HANDLE_ON_CORRUPT_OBJECT` (gpd.ta.doesNotCloseHandleOnCorruptObject):
    /// a handle on an object found corrupt stays open (answering CORRUPT_OBJECT) until closed.
    public static let dontCloseHandleOnCorruptObject = TAFlags(rawValue: 0x800)

    /// `TA_FLAGS_MASK`: bits 0...13.
    public static let mask: UInt32 = 0x3FFF

    /// Keep-alive only has a meaning for single-instance TAs.
    public var keepsInstanceAlive: Bool { contains(.singleInstance) && contains(.instanceKeepAlive) }
}
