import Logging
import Testing
import TEEABI
import TEEPlatform
import TEEStorage
@testable import TEECore

/// A memory store that reports chosen objects as failing their integrity check.
private final class FaultyStore: ObjectStore {
    let inner = MemoryObjectStore()
    var corrupt: Set<StoredObjectID> = []
    var writeError: StorageError?

    func read(_ id: StoredObjectID) throws(StorageError) -> StoredObject {
        if corrupt.contains(id) { throw .corrupt }
        return try inner.read(id)
    }
    func write(_ id: StoredObjectID, _ object: StoredObject, replacing: Bool) throws(StorageError) {
        if let writeError { throw writeError }
        try inner.write(id, object, replacing: replacing)
    }
    func rename(_ id: StoredObjectID, to newID: [UInt8]) throws(StorageError) { try inner.rename(id, to: newID) }
    func delete(_ id: StoredObjectID) throws(StorageError) {
        corrupt.remove(id)
        try inner.delete(id)
    }
    func list(owner: TEEUUID) throws(StorageError) -> [(id: [UInt8], dataSize: Int)] { try inner.list(owner: owner) }
    var antiRollbackLevel: UInt32 { 0 }
}

@Suite("teed's trusted storage service (GP persistent objects)")
struct StorageServiceTests {
    static let a = TEEUUID("ee3c9ed2-05ff-4b7d-b4a0-5bc33fabc681")!
    static let b = TEEUUID("5b9e0e40-2636-11e1-ad9e-0002a5d5c51b")!
    private let store = FaultyStore()
    private let service: StorageService

    init() {
        service = StorageService(store: store, logger: Logger(label: "test"), maxDataSize: 1 << 20)
    }

    private static let data = StoredObjectInfo(objectType: 0xA000_00BF, objectSize: 0, maxObjectSize: 0, usage: 0xFFFF_FFFF)

    @discardableResult
    private func run(_ operation: StorageOperation, owner: TEEUUID = a, client: Int = 1,
                     attached: FileDescriptor? = nil) -> StorageReply {
        service.handle(operation, owner: owner, clientID: client, attached: attached).0
    }

    private func create(_ id: String, _ bytes: [UInt8] = [], flags: DataFlags = [.accessRead, .accessWrite, .accessWriteMeta],
                        owner: TEEUUID = a, client: Int = 1, keepOpen: Bool = true) -> StorageReply {
        run(.create(storage: .private, objectID: Array(id.utf8), flags: flags, object: Self.data, attributes: [1, 0, 0, 0, 0],
                    data: .inline(bytes), keepOpen: keepOpen), owner: owner, client: client)
    }

    private func open(_ id: String, _ flags: DataFlags, owner: TEEUUID = a, client: Int = 1,
                      storage: StorageID = .private) -> StorageReply {
        run(.open(storage: storage, objectID: Array(id.utf8), flags: flags), owner: owner, client: client)
    }

    private func read(_ handle: UInt32, at position: UInt64 = 0, _ count: UInt64 = 1 << 20, client: Int = 1) -> [UInt8]? {
        let reply = run(.read(handle: handle, position: position, count: count), client: client)
        guard reply.result == .success, case let .inline(bytes) = reply.data else { return nil }
        return bytes
    }

    @Test("create, open, OVERWRITE; unknown storage ids are ITEM_NOT_FOUND as in OP-TEE without RPMB")
    func createAndOpen() {
        #expect(open("x", .accessRead).result == .itemNotFound)
        let created = create("x", [1, 2, 3], keepOpen: false)
        #expect(created.result == .success && created.handle == 0 && created.info.dataSize == 3)
        #expect(create("x", keepOpen: false).result == .accessConflict)
        #expect(create("x", [9], flags: [.overwrite], keepOpen: false).result == .success)
        let opened = open("x", .accessRead, storage: .privateREE)
        #expect(opened.result == .success && opened.info == StoredObjectInfo(objectType: 0xA000_00BF, objectSize: 0, maxObjectSize: 0,
                                                                            usage: 0xFFFF_FFFF, dataSize: 1))
        #expect(opened.attributes == [1, 0, 0, 0, 0])
        #expect(read(opened.handle) == [9])
        for storage in [StorageID.privateRPMB, StorageID(rawValue: 0x8000_0200), StorageID(rawValue: 0)] {
            #expect(open("x", .accessRead, storage: storage).result == .itemNotFound)
            #expect(run(.create(storage: storage, objectID: [1], flags: [], object: Self.data, attributes: [], data: .inline([]),
                                keepOpen: false)).result == .itemNotFound)
            #expect(run(.next(storage: storage, after: nil)).result == .itemNotFound)
        }
        #expect(open("x", DataFlags(rawValue: 0x400)).result == .badParameters)
        // GP object ids are 0…64 bytes; the empty id is an id like any other.
        #expect(create("", [5], keepOpen: false).result == .success)
        #expect(read(open("", .accessRead).handle) == [5])
    }

    @Test("sharing across instances of one TA follows GP's table; closing and dropping a connection release handles")
    func sharing() {
        _ = create("s", keepOpen: false)
        let shared: DataFlags = [.accessRead, .shareRead]
        let first = open("s", shared, client: 1)
        #expect(first.result == .success)
        #expect(open("s", shared, client: 2).result == .success)
        #expect(open("s", .accessRead, client: 2).result == .accessConflict)
        #expect(open("s", [.accessWrite, .shareRead, .shareWrite], client: 3).result == .accessConflict)
        #expect(open("s", .accessWriteMeta, client: 3).result == .accessConflict)
        // A create with OVERWRITE must be able to share too; without it an existing object conflicts.
        #expect(create("s", flags: [.overwrite, .accessWriteMeta], client: 3).result == .accessConflict)
        #expect(create("s", flags: [.overwrite, .shareRead], client: 3, keepOpen: false).result == .success)
        // Another TA's handles are on another object.
        _ = create("s", flags: [.accessWriteMeta], owner: Self.b, client: 9)
        #expect(run(.close(handle: first.handle), client: 1).result == .success)
        #expect(run(.close(handle: first.handle), client: 1).result == .itemNotFound)
        service.release(clientID: 2)
        #expect(open("s", .accessWriteMeta, client: 3).result == .success)
        #expect(service.handles.count == 2)
    }

    @Test("handles belong to their connection; TA B neither opens, lists, renames onto nor deletes TA A's objects")
    func isolation() {
        let handle = create("mine", [1]).handle
        #expect(run(.read(handle: handle, position: 0, count: 1), owner: Self.b, client: 2).result == .itemNotFound)
        #expect(run(.delete(handle: handle), owner: Self.b, client: 2).result == .itemNotFound)
        #expect(open("mine", .accessRead, owner: Self.b, client: 2).result == .itemNotFound)
        #expect(run(.next(storage: .private, after: nil), owner: Self.b, client: 2).result == .itemNotFound)
        let theirs = create("theirs", [2], owner: Self.b, client: 2)
        #expect(run(.rename(handle: theirs.handle, objectID: Array("mine".utf8)), owner: Self.b, client: 2).result == .success)
        #expect(read(handle) == [1])
        let listed = run(.next(storage: .private, after: nil), owner: Self.b, client: 2)
        #expect(listed.result == .success && listed.objectID == Array("mine".utf8) && listed.info.dataSize == 1)
        #expect(run(.next(storage: .private, after: listed.objectID), owner: Self.b, client: 2).result == .itemNotFound)
    }

    @Test("read, write, truncate: zero fill past the end, empty reads at the end, OVERFLOW past TEE_DATA_MAX_POSITION")
    func dataStream() {
        let handle = create("d", Array("hello".utf8)).handle
        #expect(read(handle, at: 3, 100) == Array("lo".utf8))
        #expect(read(handle, at: 5) == [])
        #expect(read(handle, at: 0xFFFF_FFFF) == [])
        let wrote = run(.write(handle: handle, position: 7, data: .inline([1, 2])))
        #expect(wrote.result == .success && wrote.info.dataSize == 9)
        #expect(read(handle) == Array("hello".utf8) + [0, 0, 1, 2])
        #expect(run(.write(handle: handle, position: 0xFFFF_FFFF, data: .inline([1]))).result == .overflow)
        #expect(run(.write(handle: handle, position: 0xFFFF_FFFE, data: .inline([1]))).result == .storageNoSpace)
        #expect(run(.truncate(handle: handle, size: 2)).info.dataSize == 2)
        #expect(run(.truncate(handle: handle, size: 4)).result == .success)
        #expect(read(handle) == Array("he".utf8) + [0, 0])
        #expect(run(.truncate(handle: handle, size: 2 << 20)).result == .storageNoSpace)
        #expect(run(.info(handle: handle)).info.dataSize == 4)
        // Rights are checked here as well as in the host.
        let readOnly = open("r", .accessRead)
        _ = create("r", [1], keepOpen: false)
        let reader = open("r", .accessRead)
        #expect(readOnly.result == .itemNotFound)
        #expect(run(.write(handle: reader.handle, position: 0, data: .inline([1]))).result == .accessConflict)
        #expect(run(.truncate(handle: reader.handle, size: 0)).result == .accessConflict)
        #expect(run(.rename(handle: reader.handle, objectID: [1])).result == .accessConflict)
        #expect(run(.delete(handle: reader.handle)).result == .accessConflict)
    }

    @Test("data larger than a datagram travels in sealed memfds both ways")
    func largeData() throws {
        let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let fd = try big.withUnsafeBytes { raw throws(PlatformError) in try MemoryFile.sealedCopy(name: "test", contents: raw) }
        let handle = create("big").handle
        let wrote = run(.write(handle: handle, position: 1, data: .attached(size: UInt64(big.count))), attached: fd)
        #expect(wrote.result == .success && wrote.info.dataSize == UInt64(big.count + 1))
        // The size announced must be the memfd's.
        #expect(run(.write(handle: handle, position: 0, data: .attached(size: 5)), attached: fd).result == .badParameters)
        #expect(run(.write(handle: handle, position: 0, data: .attached(size: 5))).result == .badParameters)
        let (reply, out) = service.handle(.read(handle: handle, position: 1, count: 1 << 30), owner: Self.a, clientID: 1, attached: nil)
        #expect(reply.data == .attached(size: UInt64(big.count)))
        let back = try RegularFile.read(try #require(out), limit: big.count, name: "reply")
        #expect(back == big)
    }

    @Test("rename needs a free name; delete closes the handle; restricted usage is committed")
    func metadata() {
        _ = create("taken", keepOpen: false)
        let handle = create("old", [1]).handle
        #expect(run(.rename(handle: handle, objectID: Array("taken".utf8))).result == .accessConflict)
        #expect(run(.rename(handle: handle, objectID: Array("old".utf8))).result == .accessConflict)
        #expect(run(.rename(handle: handle, objectID: Array("new".utf8))).result == .success)
        #expect(open("old", .accessRead).result == .itemNotFound)
        #expect(run(.restrictUsage(handle: handle, usage: 0x6)).result == .success)
        #expect(open("new", [.accessRead, .shareRead]).result == .accessConflict)  // WRITE_META is exclusive
        #expect(run(.delete(handle: handle)).result == .success)
        #expect(run(.info(handle: handle)).result == .itemNotFound)
        #expect(open("new", .accessRead).result == .itemNotFound)
        let kept = create("usage", flags: .accessWriteMeta)
        _ = run(.restrictUsage(handle: kept.handle, usage: 0x2))
        _ = run(.close(handle: kept.handle))
        #expect(open("usage", []).info.usage == 0x2)
    }

    @Test("a corrupt object is deleted and its handles answer CORRUPT_OBJECT until closed; the next open finds nothing")
    func corruption() throws {
        let handle = create("c", [1, 2]).handle
        let id = try #require(StoredObjectID(owner: Self.a, id: Array("c".utf8)))
        store.corrupt.insert(id)
        #expect(run(.read(handle: handle, position: 0, count: 1)).result == .corruptObject)
        #expect(store.corrupt.isEmpty && (try? store.inner.read(id)) == nil)
        #expect(run(.write(handle: handle, position: 0, data: .inline([1]))).result == .corruptObject)
        #expect(run(.info(handle: handle)).result == .corruptObject)
        #expect(run(.close(handle: handle)).result == .success)
        #expect(open("c", .accessRead).result == .itemNotFound)
        // Found corrupt when opened: deleted, no handle.
        _ = create("d", keepOpen: false)
        store.corrupt.insert(try #require(StoredObjectID(owner: Self.a, id: Array("d".utf8))))
        #expect(open("d", .accessRead).result == .corruptObject)
        #expect(open("d", .accessRead).result == .itemNotFound)
        #expect(service.handles.isEmpty)
        // A store that cannot write changes nothing and says why.
        let kept = create("e", [1]).handle
        store.writeError = .noSpace
        #expect(run(.write(handle: kept, position: 0, data: .inline([2]))).result == .storageNoSpace)
        store.writeError = .unavailable("EIO")
        #expect(run(.truncate(handle: kept, size: 0)).result == .storageNotAvailable)
        store.writeError = nil
        #expect(read(kept) == [1])
    }

    @Test("enumeration walks the TA's objects in byte order, past objects that come and go")
    func enumeration() {
        for id in ["b", "a", "c"] { _ = create(id, Array(id.utf8), keepOpen: false) }
        var seen: [String] = []
        var after: [UInt8]?
        while true {
            let reply = run(.next(storage: .privateREE, after: after))
            guard reply.result == .success else {
                #expect(reply.result == .itemNotFound)
                break
            }
            seen.append(String(decoding: reply.objectID, as: UTF8.self))
            if seen.count == 1 { _ = create("bb", keepOpen: false) }
            after = reply.objectID
        }
        #expect(seen == ["a", "b", "bb", "c"])
    }
}
