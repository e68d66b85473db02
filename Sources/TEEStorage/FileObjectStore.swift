import Synchronization
import TEEABI

/// The durable, encrypted, tamper-evident `ObjectStore` that teed serves GP persistent
/// objects from (docs/storage.md). Small objects sealed inline in the index, larger ones in
/// one file per object version under a random name; one encrypted two-slot index, updated
/// in place, that holds or names them and pins each one's header; a commit counter checked
/// against a `RollbackAnchor`. Every call is serialised; a call that throws leaves the store
/// as it was, on disk and in memory.
public final class FileObjectStore: ObjectStore, @unchecked Sendable {
    public static let indexName = "index"
    static let indexTemporaryName = "index.tmp"

    public let backend: StorageBackend
    public let anchor: RollbackAnchor
    private let ladder: StorageKeyLadder
    private let indexKey: StorageKey
    private let serial = Mutex(())
    var index: StoreIndex
    /// The slot of `index` that holds the newest version on disk (nil: no index file yet),
    /// and the slots' capacity.
    var indexSlot: Int?
    var indexCapacity = 0
    private var taKeys: [TEEUUID: StorageKey] = [:]
    /// Set when a failed commit could not be undone: what is on disk is old or new, and only
    /// a reopen tells which. Every later call fails.
    var broken: String?
    /// Files from interrupted commits removed at open.
    public let orphansRemoved: Int

    /// Opens the store in `backend` (an empty backend is a new store).
    ///
    /// - `.security` if neither index slot passes its check, the newest valid one is older
    ///   than the anchor (a damaged newest slot falls back to the previous one only if the
    ///   anchor does not record the newer commit), or the index is missing
    ///   while the anchor says a store existed; also if a level > 0 anchor has no record of an
    ///   existing index, unless `adoptUnanchoredStore` (an operator switching an existing store
    ///   to an anchor) is set.
    public init(backend: StorageBackend, ladder: StorageKeyLadder, anchor: RollbackAnchor,
                adoptUnanchoredStore: Bool = false) throws(StorageError) {
        self.backend = backend
        self.ladder = ladder
        self.anchor = anchor
        indexKey = try ladder.indexKey()
        let anchored = try anchor.load()
        let sealedIndex: [UInt8]?
        do throws(StorageError) {
            sealedIndex = try backend.read(Self.indexName)
        } catch .notFound {
            sealedIndex = nil
        }
        let opened: StoreIndex
        if let sealedIndex {
            let newest = try StoreIndex.openFile(sealedIndex, key: indexKey).max { $0.index.counter < $1.index.counter }!
            opened = newest.index
            indexSlot = newest.slot
            indexCapacity = sealedIndex.count / 2
            if let anchored {
                guard opened.counter >= anchored else { throw .security }
            } else if anchor.protectionLevel > 0, !adoptUnanchoredStore {
                throw .security
            }
        } else {
            if let anchored, anchored > 0 { throw .security }
            opened = StoreIndex()
        }
        // A new store gets its anchor before its first commit; a crash between a commit and
        // its anchor update is caught up here.
        if anchored.map({ $0 < opened.counter }) ?? true { try anchor.advance(to: opened.counter) }
        index = opened

        let live = Set(opened.entries.values.compactMap(\.file))
        var removed = 0
        for name in try backend.list()
        where name == Self.indexTemporaryName || (ObjectFileName.isObjectFileName(name) && !live.contains(name)) {
            if (try? backend.remove(name)) != nil { removed += 1 }
        }
        orphansRemoved = removed
    }

    /// The store of a state directory: objects in `<state>/storage/`, the HUK from `huk`
    /// (default: the development key file `<state>/keys/huk`), and with `rollbackAnchor` the
    /// anchor file `<state>/storage-anchor` (level 100) instead of none (level 0).
    public convenience init(stateDirectory: String, huk: HUKProvider? = nil, rollbackAnchor: Bool = true) throws(StorageError) {
        let provider = huk ?? FileHUKProvider.development(stateDirectory: stateDirectory)
        let ladder = try StorageKeyLadder(huk: try provider.hardwareUniqueKey())
        let anchor: RollbackAnchor = rollbackAnchor
            ? try FileRollbackAnchor(backend: try FileSystemBackend(directory: stateDirectory), ladder: ladder)
            : NoRollbackAnchor()
        try self.init(backend: try FileSystemBackend(directory: stateDirectory + "/storage"), ladder: ladder, anchor: anchor)
    }

    public var antiRollbackLevel: UInt32 { anchor.protectionLevel }

    /// The counter of the last commit.
    public var storeCounter: UInt64 { serial.withLock { _ in index.counter } }

    // MARK: ObjectStore

    public func read(_ id: StoredObjectID) throws(StorageError) -> StoredObject {
        try serialized { () throws(StorageError) in
            guard let entry = index.entries[id] else { throw .notFound }
            return try load(id.owner, entry)
        }
    }

    public func write(_ id: StoredObjectID, _ object: StoredObject, replacing: Bool) throws(StorageError) {
        try serialized { () throws(StorageError) in
            let old = index.entries[id]
            if old != nil, !replacing { throw .exists }
            let name = try freshFileName()
            let sealed = try ObjectFile.seal(object, owner: id.owner, name: name, tsk: try taKey(id.owner))
            let inline = sealed.bytes.count <= StoreIndex.inlineLimit
            var next = index
            next.counter += 1
            next.entries[id] = IndexEntry(fileName: name, headerHash: sealed.headerHash, dataSize: UInt64(object.data.count),
                                          inline: inline ? sealed.bytes : nil)
            try commit(next, newFile: inline ? nil : (Hex.encode(name), sealed.bytes), replaced: old?.file)
        }
    }

    public func rename(_ id: StoredObjectID, to newID: [UInt8]) throws(StorageError) {
        try serialized { () throws(StorageError) in
            guard let entry = index.entries[id] else { throw .notFound }
            guard let target = StoredObjectID(owner: id.owner, id: newID) else { throw .notFound }
            if target == id { return }
            guard index.entries[target] == nil else { throw .exists }
            var next = index
            next.counter += 1
            next.entries[id] = nil
            next.entries[target] = entry
            try commit(next, newFile: nil, replaced: nil)
        }
    }

    public func delete(_ id: StoredObjectID) throws(StorageError) {
        try serialized { () throws(StorageError) in
            guard let entry = index.entries[id] else { throw .notFound }
            var next = index
            next.counter += 1
            next.entries[id] = nil
            try commit(next, newFile: nil, replaced: entry.file)
        }
    }

    public func list(owner: TEEUUID) throws(StorageError) -> [(id: [UInt8], dataSize: Int)] {
        try serialized { () throws(StorageError) in
            index.entries.filter { $0.key.owner == owner }
                .map { (id: $0.key.id, dataSize: Int($0.value.dataSize)) }
                .sorted { $0.id.lexicographicallyPrecedes($1.id) }
        }
    }

    // MARK: Internals shared with the extensions

    func serialized<R>(_ body: () throws(StorageError) -> R) throws(StorageError) -> R {
        try serial.withLock { _ throws(StorageError) -> sending R in
            if let broken { throw .unavailable(broken) }
            return try body()
        }
    }

    /// The object of `entry`, decrypted and checked against the index's pin.
    func load(_ owner: TEEUUID, _ entry: IndexEntry) throws(StorageError) -> StoredObject {
        let bytes: [UInt8]
        if let inline = entry.inline {
            bytes = inline
        } else {
            do throws(StorageError) {
                bytes = try backend.read(entry.fileNameHex)
            } catch .notFound {
                throw .corrupt
            }
        }
        let object = try ObjectFile.open(bytes, owner: owner, name: entry.fileName, tsk: try taKey(owner),
                                         headerHash: entry.headerHash)
        guard UInt64(object.data.count) == entry.dataSize else { throw .corrupt }
        return object
    }

    /// A whole new index file holding `index` (slot 0).
    func sealIndex(_ index: StoreIndex) throws(StorageError) -> [UInt8] { try index.seal(key: indexKey) }

    func sealIndexSlot(_ index: StoreIndex, slot: Int, capacity: Int) throws(StorageError) -> [UInt8] {
        try index.sealSlot(key: indexKey, slot: slot, capacity: capacity)
    }

    func openIndex(_ bytes: [UInt8]) throws(StorageError) -> StoreIndex { try StoreIndex.open(bytes, key: indexKey) }

    private func taKey(_ owner: TEEUUID) throws(StorageError) -> StorageKey {
        if let key = taKeys[owner] { return key }
        let key = try ladder.taStorageKey(owner)
        taKeys[owner] = key
        return key
    }

    private func freshFileName() throws(StorageError) -> [UInt8] {
        while true {
            let name = try StorageCrypto.random(ObjectFile.nameLength)
            if !index.entries.values.contains(where: { $0.fileName == name }) { return name }
        }
    }
}
