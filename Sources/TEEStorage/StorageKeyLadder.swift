import TEEABI

/// OP-TEE's key ladder, held only in teed:
///
///     SSK = HMAC-SHA256(HUK, u32le(1) || "swift-tee secure storage key")   usage 1 = OP-TEE's SSK
///     TSK = HMAC-SHA256(SSK, TA UUID (16 bytes))                           one per TA
///     index key  = HMAC-SHA256(SSK, "swift-tee storage index key")
///     anchor key = HMAC-SHA256(SSK, "swift-tee storage anchor key")
///     FEK = 32 random bytes per object file, stored wrapped (AES-256-GCM) under the TSK
///
/// Labels are never 16 bytes long, so no label can collide with a TA's UUID.
public final class StorageKeyLadder: @unchecked Sendable {
    /// OP-TEE's `HUK_SUBKEY_SSK`: usage ids are fixed forever.
    static let sskUsage: UInt32 = 1
    static let sskLabel = "swift-tee secure storage key"
    static let indexLabel = "swift-tee storage index key"
    static let anchorLabel = "swift-tee storage anchor key"

    private let ssk: StorageKey

    public init(huk: StorageKey) throws(StorageError) {
        let usage = withUnsafeBytes(of: Self.sskUsage.littleEndian) { Array($0) }
        ssk = try StorageCrypto.hmac(key: huk, usage, Array(Self.sskLabel.utf8))
    }

    /// The TA storage key of `owner`.
    func taStorageKey(_ owner: TEEUUID) throws(StorageError) -> StorageKey {
        try StorageCrypto.hmac(key: ssk, owner.octets)
    }

    func indexKey() throws(StorageError) -> StorageKey { try subkey(Self.indexLabel) }

    func anchorKey() throws(StorageError) -> StorageKey { try subkey(Self.anchorLabel) }

    private func subkey(_ label: String) throws(StorageError) -> StorageKey {
        let bytes = Array(label.utf8)
        precondition(bytes.count != 16, "a label of 16 bytes could collide with a TA UUID")
        return try StorageCrypto.hmac(key: ssk, bytes)
    }
}
