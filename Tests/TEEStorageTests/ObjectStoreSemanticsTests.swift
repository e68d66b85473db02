import Testing
import TEEABI
@testable import TEEStorage

/// The same behaviour from every store: MemoryObjectStore is the reference; the file store
/// must match it before and after a reopen (as teed restarting).
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case memory, file, fileReopened, fileOnDisk

    var testDescription: String { rawValue }

    /// A store and a way to get "the same store later".
    func make() throws -> (store: ObjectStore, reopen: () throws -> ObjectStore, keep: AnyObject?) {
        switch self {
        case .memory:
            let store = MemoryObjectStore()
            return (store, { store }, nil)
        case .file:
            let harness = MemoryStoreHarness()
            let store = try harness.open()
            return (store, { store }, harness)
        case .fileReopened:
            let harness = MemoryStoreHarness()
            return (try harness.open(), { try harness.open() }, harness)
        case .fileOnDisk:
            let dir = TemporaryDirectory()
            let huk = dir.path + "/huk"
            TemporaryDirectory.writeFile(huk, [UInt8](repeating: 9, count: 32))
            let open = { () throws -> ObjectStore in try FileObjectStore(stateDirectory: dir.path, huk: FileHUKProvider(suppliedFile: huk)) }
            return (try open(), open, dir)
        }
    }
}

@Suite("ObjectStore semantics, identical for every store")
struct ObjectStoreSemanticsTests {
    let x = objectID(Owners.a, "x")
    let y = objectID(Owners.a, "y")

    @Test("create, exists, replace, read", arguments: StoreKind.allCases)
    func createAndReplace(kind: StoreKind) throws {
        let (store, reopen, keep) = try kind.make()
        defer { withExtendedLifetime(keep) {} }
        #expect(throws: StorageError.notFound) { try store.read(x) }
        let v1 = sampleObject(size: 10, seed: 1), v2 = sampleObject(size: 20, seed: 2)
        try store.write(x, v1, replacing: false)
        #expect(throws: StorageError.exists) { try store.write(x, v2, replacing: false) }
        #expect(try reopen().read(x) == v1)
        try reopen().write(x, v2, replacing: true)
        #expect(try reopen().read(x) == v2)
        // replacing: true creates too.
        try reopen().write(y, v1, replacing: true)
        #expect(try reopen().read(y) == v1)
    }

    @Test("rename: missing source, taken target, same id, a 65-byte id, content kept", arguments: StoreKind.allCases)
    func rename(kind: StoreKind) throws {
        let (store, reopen, keep) = try kind.make()
        defer { withExtendedLifetime(keep) {} }
        let v1 = sampleObject(size: 5, seed: 3), v2 = sampleObject(size: 6, seed: 4)
        #expect(throws: StorageError.notFound) { try store.rename(x, to: Array("z".utf8)) }
        try store.write(x, v1, replacing: false)
        try store.write(y, v2, replacing: false)
        #expect(throws: StorageError.exists) { try reopen().rename(x, to: y.id) }
        try reopen().rename(x, to: x.id)
        #expect(try reopen().read(x) == v1)
        // GP allows ids of 0…64 bytes; 65 is no id.
        #expect(throws: StorageError.notFound) { try reopen().rename(x, to: [UInt8](repeating: 1, count: 65)) }
        let long = [UInt8](repeating: 0xEE, count: 64)
        try reopen().rename(x, to: long)
        let renamed = StoredObjectID(owner: Owners.a, id: long)!
        #expect(throws: StorageError.notFound) { try reopen().read(x) }
        #expect(try reopen().read(renamed) == v1)
        #expect(try reopen().read(y) == v2)
        // The old name is free again.
        try reopen().write(x, v2, replacing: false)
        #expect(try reopen().read(x) == v2)
    }

    @Test("delete, and list per owner in id order with data sizes", arguments: StoreKind.allCases)
    func deleteAndList(kind: StoreKind) throws {
        let (store, reopen, keep) = try kind.make()
        defer { withExtendedLifetime(keep) {} }
        #expect(throws: StorageError.notFound) { try store.delete(x) }
        #expect(try store.list(owner: Owners.a).isEmpty)
        for (name, size) in [("b", 3), ("a", 0), ("ab", 70000), ("\u{1}", 1)] {
            try store.write(objectID(Owners.a, name), sampleObject(size: size), replacing: false)
        }
        try store.write(objectID(Owners.b, "a"), sampleObject(size: 9), replacing: false)
        let listed = try reopen().list(owner: Owners.a)
        #expect(listed.map(\.id) == [[1], Array("a".utf8), Array("ab".utf8), Array("b".utf8)])
        #expect(listed.map(\.dataSize) == [1, 0, 70000, 3])
        #expect(try reopen().list(owner: Owners.b).map(\.dataSize) == [9])
        #expect(try reopen().list(owner: Owners.c).isEmpty)
        #expect(try reopen().owners() == [StorageOwnerUsage(owner: Owners.b, objects: 1, bytes: 9),
                                          StorageOwnerUsage(owner: Owners.a, objects: 4, bytes: 70004)].sorted { $0.owner < $1.owner })
        try reopen().delete(objectID(Owners.a, "ab"))
        #expect(throws: StorageError.notFound) { try reopen().read(objectID(Owners.a, "ab")) }
        #expect(throws: StorageError.notFound) { try reopen().delete(objectID(Owners.a, "ab")) }
        #expect(try reopen().list(owner: Owners.a).count == 3)
        let report = try reopen().verify()
        #expect(report.isIntact)
        #expect(report.objectsChecked == 4)
        #expect(report.bytes == 13)
    }

    @Test("owners are separate name spaces", arguments: StoreKind.allCases)
    func namespaces(kind: StoreKind) throws {
        let (store, reopen, keep) = try kind.make()
        defer { withExtendedLifetime(keep) {} }
        let a = objectID(Owners.a, "same"), b = objectID(Owners.b, "same")
        try store.write(a, sampleObject(size: 1, seed: 1), replacing: false)
        #expect(throws: StorageError.notFound) { try reopen().read(b) }
        #expect(throws: StorageError.notFound) { try reopen().delete(b) }
        #expect(throws: StorageError.notFound) { try reopen().rename(b, to: Array("other".utf8)) }
        try reopen().write(b, sampleObject(size: 2, seed: 2), replacing: false)
        #expect(try reopen().read(a) == sampleObject(size: 1, seed: 1))
        #expect(try reopen().read(b) == sampleObject(size: 2, seed: 2))
        #expect(try reopen().list(owner: Owners.b).map(\.id) == [Array("same".utf8)])
    }
}
