/// How a persistent object handle is opened (`TEE_DATA_FLAG_*`, GP TEE Internal Core API
/// 1.3.1 table 5-3): access rights, what the handle lets others do, and OVERWRITE for a create.
public struct DataFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `TEE_DATA_FLAG_ACCESS_READ`
    public static let accessRead = DataFlags(rawValue: 0x1)
    /// `TEE_DATA_FLAG_ACCESS_WRITE`
    public static let accessWrite = DataFlags(rawValue: 0x2)
    /// `TEE_DATA_FLAG_ACCESS_WRITE_META`: delete, rename, restrict usage; never shared.
    public static let accessWriteMeta = DataFlags(rawValue: 0x4)
    /// `TEE_DATA_FLAG_SHARE_READ`
    public static let shareRead = DataFlags(rawValue: 0x10)
    /// `TEE_DATA_FLAG_SHARE_WRITE`
    public static let shareWrite = DataFlags(rawValue: 0x20)
    /// `TEE_DATA_FLAG_OVERWRITE`: a create replaces an existing object.
    public static let overwrite = DataFlags(rawValue: 0x400)

    /// What TEE_OpenPersistentObject accepts.
    public static let openMask: DataFlags = [.accessRead, .accessWrite, .accessWriteMeta, .shareRead, .shareWrite]
    /// What TEE_CreatePersistentObject accepts.
    public static let createMask: DataFlags = openMask.union(.overwrite)

    /// GP 1.3.1 §5.7 (sharing rules): when several handles are open on one object, every handle must have
    /// SHARE_READ if any has ACCESS_READ, SHARE_WRITE if any has ACCESS_WRITE, and
    /// ACCESS_WRITE_META is exclusive. Whether a handle with these flags may join `others`.
    public func canShare(with others: [DataFlags]) -> Bool {
        guard !others.isEmpty else { return true }
        let all = others + [self]
        if all.contains(where: { $0.contains(.accessWriteMeta) }) { return false }
        if all.contains(where: { $0.contains(.accessRead) }), !all.allSatisfy({ $0.contains(.shareRead) }) { return false }
        if all.contains(where: { $0.contains(.accessWrite) }), !all.allSatisfy({ $0.contains(.shareWrite) }) { return false }
        return true
    }
}

/// A trusted storage space (`TEE_STORAGE_*`).
public struct StorageID: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `TEE_STORAGE_PRIVATE`: the TA's own storage.
    public static let `private` = StorageID(rawValue: 0x0000_0001)
    /// `TEE_STORAGE_PRIVATE_REE` (OP-TEE): storage in the normal world's file system. Here
    /// the same store as `private`, as OP-TEE maps PRIVATE to REE FS when it has one.
    public static let privateREE = StorageID(rawValue: 0x8000_0000)
    /// `TEE_STORAGE_PRIVATE_RPMB` (OP-TEE): an eMMC RPMB partition, which no Linux process
    /// has; served as OP-TEE built without RPMB serves it (ITEM_NOT_FOUND).
    public static let privateRPMB = StorageID(rawValue: 0x8000_0100)

    /// The storage ids this TEE serves; all name the same store.
    public var isServed: Bool { self == .private || self == .privateREE }
}

/// Limits of GP's persistent objects (`tee_api_defines.h`).
public enum PersistentObjectLimits {
    /// `TEE_OBJECT_ID_MAX_LEN`
    public static let maxIDLength = 64
    /// `TEE_DATA_MAX_POSITION`: a data position or stream size never goes past this.
    public static let maxPosition: UInt64 = 0xFFFF_FFFF
}
