import Testing
import TEEABI
@testable import TEEStorage
#if canImport(Glibc)
import Glibc
#endif

@Suite("Round trips and the files on disk")
struct RoundTripTests {
    @Test("objects of every size survive a reopen, byte for byte, on a real directory")
    func sizes() throws {
        let dir = TemporaryDirectory()
        TemporaryDirectory.writeFile(dir.path + "/huk", [UInt8](repeating: 3, count: 32))
        let huk = FileHUKProvider(suppliedFile: dir.path + "/huk")
        let store = try FileObjectStore(stateDirectory: dir.path, huk: huk)
        for size in objectSizes {
            try store.write(objectID(Owners.a, "size \(size)"), sampleObject(size: size, seed: 7), replacing: false)
        }
        try store.write(objectID(Owners.b, "no attributes"), sampleObject(size: 100, attributes: 0), replacing: false)
        try store.write(objectID(Owners.b, "big attributes"), sampleObject(size: 10, attributes: 70000), replacing: false)
        let reopened = try FileObjectStore(stateDirectory: dir.path, huk: huk)
        #expect(reopened.antiRollbackLevel == 100)
        #expect(reopened.orphansRemoved == 0)
        for size in objectSizes {
            #expect(try reopened.read(objectID(Owners.a, "size \(size)")) == sampleObject(size: size, seed: 7), "size \(size)")
        }
        #expect(try reopened.read(objectID(Owners.b, "no attributes")) == sampleObject(size: 100, attributes: 0))
        #expect(try reopened.read(objectID(Owners.b, "big attributes")) == sampleObject(size: 10, attributes: 70000))

        // What the normal world sees: 0700 directories, 0600 files, random names, an index.
        let storage = dir.path + "/storage"
        #expect(mode(of: storage) == 0o700)
        let names = try FileSystemBackend(directory: storage).list().sorted()
        // Objects sealed in at most 4,352 bytes live inline in the index: sizes 0 to 4097, and "no attributes".
        #expect(reopened.index.entries.values.filter { $0.inline != nil }.count == 6)
        #expect(names.count == objectSizes.count + 3 - 6)
        #expect(names.contains("index"))
        for name in names where name != "index" {
            #expect(ObjectFileName.isObjectFileName(name), "\(name)")
        }
        for (path, _) in TemporaryDirectory.files(below: storage) { #expect(mode(of: path) == 0o600, "\(path)") }
        #expect(mode(of: dir.path + "/storage-anchor") == 0o600)
        // Size on disk: header, content (28 bytes of information, attributes, data), a tag per 64 KiB.
        let oneMiB = try reopened.backend.read(reopened.index.entries[objectID(Owners.a, "size \(1 << 20)")]!.fileNameHex)
        #expect(oneMiB.count == 84 + 28 + 40 + (1 << 20) + 17 * 16)
    }

    @Test("replacing and deleting remove the old files; an interrupted commit's files are removed at open")
    func filesCollected() throws {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        let x = objectID(Owners.a, "x")
        try store.write(x, sampleObject(size: 5000), replacing: false)
        let first = harness.objectFiles
        try store.write(x, sampleObject(size: 5001), replacing: true)
        #expect(harness.objectFiles.count == 1)
        #expect(harness.objectFiles != first)
        // A small object replacing it lives in the index: its file goes, none comes.
        try store.write(x, sampleObject(size: 11), replacing: true)
        #expect(harness.objectFiles.isEmpty)
        try store.write(x, sampleObject(size: 5002), replacing: true)
        #expect(harness.objectFiles.count == 1)
        try store.delete(x)
        #expect(harness.objectFiles.isEmpty)
        // Leftovers of a crash: an object file no index names and a temporary index.
        harness.storage.files["0123456789abcdef0123456789abcdef"] = [1, 2, 3]
        harness.storage.files["index.tmp"] = [4]
        harness.storage.files["README"] = [5]
        let reopened = try harness.open()
        #expect(reopened.orphansRemoved == 2)
        #expect(harness.storage.files.keys.sorted() == ["README", "index"])
        #expect(try reopened.verify().problems == [StorageProblem(.unknownFile, file: "README")])
    }

    @Test("a new store commits nothing until the first write, and its anchor exists from the start")
    func emptyStore() throws {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        #expect(store.storeCounter == 0)
        #expect(harness.storage.files.isEmpty)
        #expect(harness.state.files.keys.sorted() == ["storage-anchor"])
        #expect(try store.verify().isIntact)
        #expect(try harness.open().storeCounter == 0)
    }

    @Test("FileSystemBackend: exclusive 0600 creation that never writes through links, no symlinks followed")
    func fileSystemBackend() throws {
        let dir = TemporaryDirectory()
        let backend = try FileSystemBackend(directory: dir.path + "/s")
        try backend.create("f", [1, 2, 3])
        #expect(mode(of: dir.path + "/s/f") == 0o600)
        #expect(try backend.read("f") == [1, 2, 3])
        try backend.overwrite("f", at: 1, [9])
        #expect(try backend.read("f") == [1, 9, 3])
        #expect(throws: StorageError.notFound) { try backend.read("missing") }
        #expect(throws: StorageError.notFound) { try backend.overwrite("missing", at: 0, [1]) }
        #expect(throws: StorageError.notFound) { try backend.remove("missing") }
        // A planted symlink and hard link under names the store writes.
        TemporaryDirectory.writeFile(dir.path + "/victim", [7, 7])
        symlink(dir.path + "/victim", dir.path + "/s/link")
        link(dir.path + "/victim", dir.path + "/s/hard")
        #expect(throws: StorageError.self) { try backend.read("link") }
        try backend.create("link", [1])
        try backend.create("hard", [2])
        #expect(TemporaryDirectory.readFile(dir.path + "/victim") == [7, 7])
        #expect(try backend.read("link") == [1])
        try backend.rename("link", to: "g")
        try backend.syncDirectory()
        #expect(try backend.list().sorted() == ["f", "g", "hard"])
        for bad in ["", ".", "..", "a/b"] {
            #expect(throws: StorageError.self) { try backend.create(bad, [1]) }
        }
    }
}
