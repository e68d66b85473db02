/// A `StorageBackend` in memory that models what a power cut keeps: file contents are
/// durable when `create`/`overwrite` return (they sync), directory entries only once
/// `syncDirectory` returns. `simulatePowerLoss` drops the directory changes made since the
/// last sync except those it is told to keep (any prefix, as a journalling file system
/// that orders metadata would, or any subset, as POSIX allows), for crash tests; the
/// tampering helpers stand in for a hostile normal world.
public final class MemoryStorageBackend: StorageBackend {
    private enum Change {
        case link(String, Int)
        case rename(String, String)
        case unlink(String)
    }

    private var inodes: [Int: [UInt8]] = [:]
    private var nextInode = 0
    /// What callers see.
    private var visible: [String: Int] = [:]
    /// What survives a power cut.
    private var durable: [String: Int] = [:]
    private var pending: [Change] = []

    public init() {}

    // MARK: StorageBackend

    public func read(_ name: String) throws(StorageError) -> [UInt8] {
        guard let inode = visible[name] else { throw .notFound }
        return inodes[inode]!
    }

    public func create(_ name: String, _ bytes: [UInt8]) throws(StorageError) {
        let inode = nextInode
        nextInode += 1
        inodes[inode] = bytes
        visible[name] = inode
        pending.append(.link(name, inode))
    }

    public func overwrite(_ name: String, at offset: Int, _ bytes: [UInt8]) throws(StorageError) {
        guard let inode = visible[name] else { throw .notFound }
        var contents = inodes[inode]!
        if contents.count < offset + bytes.count { contents += [UInt8](repeating: 0, count: offset + bytes.count - contents.count) }
        contents.replaceSubrange(offset..<offset + bytes.count, with: bytes)
        inodes[inode] = contents
    }

    public func rename(_ from: String, to: String) throws(StorageError) {
        guard let inode = visible.removeValue(forKey: from) else { throw .notFound }
        visible[to] = inode
        pending.append(.rename(from, to))
    }

    public func remove(_ name: String) throws(StorageError) {
        guard visible.removeValue(forKey: name) != nil else { throw .notFound }
        pending.append(.unlink(name))
    }

    public func syncDirectory() throws(StorageError) {
        durable = visible
        pending.removeAll()
    }

    public func list() throws(StorageError) -> [String] { Array(visible.keys) }

    // MARK: Crashes

    /// Directory changes since the last `syncDirectory`.
    public var unsyncedChanges: Int { pending.count }

    /// A power cut: the directory as of the last sync plus the first `keeping` unsynced
    /// changes (all of them: what a `kill -9` leaves).
    public func simulatePowerLoss(keeping: Int) {
        simulatePowerLoss { $0 < keeping }
    }

    /// A power cut on a file system that may persist any of the unsynced directory changes,
    /// in any combination (`keeping(i)` for the i-th), as POSIX allows: a rename or removal
    /// persists only if the name it acts on did.
    public func simulatePowerLoss(keeping: (Int) -> Bool) {
        for (i, change) in pending.enumerated() where keeping(i) {
            switch change {
            case .link(let name, let inode): durable[name] = inode
            case .rename(let from, let to): if let inode = durable.removeValue(forKey: from) { durable[to] = inode }
            case .unlink(let name): durable[name] = nil
            }
        }
        visible = durable
        pending.removeAll()
        let live = Set(visible.values)
        inodes = inodes.filter { live.contains($0.key) }
    }

    // MARK: A hostile normal world

    /// Every file and its bytes, for snapshots.
    public var files: [String: [UInt8]] {
        get { visible.mapValues { inodes[$0]! } }
        set {
            visible = [:]
            inodes = [:]
            for (name, bytes) in newValue {
                inodes[nextInode] = bytes
                visible[name] = nextInode
                nextInode += 1
            }
            durable = visible
            pending.removeAll()
        }
    }

    /// Changes a file behind the store's back (durably).
    public func tamper(_ name: String, _ edit: (inout [UInt8]) -> Void) {
        guard let inode = visible[name] else { return }
        edit(&inodes[inode]!)
    }
}
