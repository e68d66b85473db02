import CTEECryptoBackend

/// A record of the store's commit counter that the normal world should not be able to
/// rewind (OP-TEE: RPMB or an NV counter). The store refuses to open (`.security`) when
/// its index is older than the anchor, or missing while the anchor says a store existed.
public protocol RollbackAnchor: AnyObject {
    /// gpd.tee.trustedStorage.antiRollback.protectionLevel that this anchor justifies.
    var protectionLevel: UInt32 { get }
    /// The highest counter recorded, or nil if none has been (a new installation, or an
    /// anchor that records nothing).
    func load() throws(StorageError) -> UInt64?
    /// Records `counter` if it is higher than the recorded one; durable when it returns.
    func advance(to counter: UInt64) throws(StorageError)
}

/// No anchor: a copy of the whole storage directory restored later is not detected
/// (single files replayed still are: the index pins them). Level 0, honestly.
public final class NoRollbackAnchor: RollbackAnchor {
    public init() {}
    public var protectionLevel: UInt32 { 0 }
    public func load() throws(StorageError) -> UInt64? { nil }
    public func advance(to counter: UInt64) throws(StorageError) {}
}

/// The counter in a file outside the storage directory (`<state>/storage-anchor` by
/// default), MACed with a key derived from the SSK, so it cannot be forged or moved
/// forward without the HUK. Level 100, "REE-protected": restoring the storage directory
/// alone is detected; restoring the whole state directory (anchor included) is not, nor is
/// deleting both the anchor and the store.
///
/// File: two 48-byte slots, each magic "STEA", version (u16), slot number (u16), counter
/// (u64), HMAC-SHA256(anchor key, the first 16 bytes). An advance overwrites the slot
/// that does not hold the current counter and syncs it, so a torn write leaves the other
/// slot; the higher valid slot wins. Created once (both slots) through a temporary file
/// and a rename.
public final class FileRollbackAnchor: RollbackAnchor {
    public static let defaultName = "storage-anchor"
    static let magic: [UInt8] = Array("STEA".utf8)
    static let slotLength = 48

    private let backend: StorageBackend
    private let name: String
    private let key: StorageKey
    /// What the file holds: the current counter and its slot.
    private var recorded: (counter: UInt64, slot: Int)?
    private var loaded = false

    /// `backend` is the directory holding the anchor, not the storage directory.
    public init(backend: StorageBackend, name: String = defaultName, ladder: StorageKeyLadder) throws(StorageError) {
        self.backend = backend
        self.name = name
        key = try ladder.anchorKey()
    }

    public var protectionLevel: UInt32 { 100 }

    public func load() throws(StorageError) -> UInt64? {
        let bytes: [UInt8]
        do throws(StorageError) {
            bytes = try backend.read(name)
        } catch .notFound {
            recorded = nil
            loaded = true
            return nil
        }
        guard bytes.count == 2 * Self.slotLength else { throw .security }
        var best: (counter: UInt64, slot: Int)?
        for slot in 0..<2 {
            let bytes = Array(bytes[slot * Self.slotLength..<(slot + 1) * Self.slotLength])
            if let counter = try open(bytes, slot: slot), counter >= best?.counter ?? 0 { best = (counter, slot) }
        }
        guard let best else { throw .security }
        recorded = best
        loaded = true
        return best.counter
    }

    public func advance(to counter: UInt64) throws(StorageError) {
        if !loaded { _ = try load() }
        if let recorded, counter <= recorded.counter { return }
        guard let current = recorded else {
            let temporary = name + ".tmp"
            do throws(StorageError) {
                try backend.create(temporary, try seal(counter, slot: 0) + seal(counter, slot: 1))
                try backend.rename(temporary, to: name)
                try backend.syncDirectory()
            } catch {
                try? backend.remove(temporary)
                throw error
            }
            recorded = (counter, 0)
            return
        }
        let slot = 1 - current.slot
        try backend.overwrite(name, at: slot * Self.slotLength, try seal(counter, slot: slot))
        recorded = (counter, slot)
    }

    private func seal(_ counter: UInt64, slot: Int) throws(StorageError) -> [UInt8] {
        var body = Self.magic
        body += withUnsafeBytes(of: UInt16(1).littleEndian) { Array($0) }
        body += withUnsafeBytes(of: UInt16(slot).littleEndian) { Array($0) }
        body += withUnsafeBytes(of: counter.littleEndian) { Array($0) }
        let mac = try StorageCrypto.hmac(key: key, body)
        return body + mac.withUnsafeBytes { Array($0) }
    }

    /// The counter in a valid slot, nil for a slot that fails its check.
    private func open(_ bytes: [UInt8], slot: Int) throws(StorageError) -> UInt64? {
        let body = Array(bytes[0..<16])
        let expected = try seal(0, slot: slot)
        guard Array(body[0..<8]) == Array(expected[0..<8]) else { return nil }
        let mac = try StorageCrypto.hmac(key: key, body)
        guard StorageCrypto.equal(mac.withUnsafeBytes { Array($0) }, Array(bytes[16..<48])) else { return nil }
        return body[8..<16].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
