import Testing
import TEEABI
@testable import TEEStorage

/// Replay: putting back bytes the store once wrote. One file is always caught (the index
/// pins it); the whole storage directory only as far as the anchor allows, and the level
/// the store reports says how far that is.
@Suite("Replay and rollback")
struct ReplayTests {
    let x = objectID(Owners.a, "counter")
    let y = objectID(Owners.b, "other")

    @Test("an older copy of one object file is corrupt, whatever the anchor", arguments: [true, false])
    func oneFile(anchored: Bool) throws {
        let harness = MemoryStoreHarness(anchored: anchored)
        let store = try harness.open()
        // Objects too large to live inline in the index have files.
        try store.write(x, sampleObject(size: 5000, seed: 1), replacing: false)
        let oldName = store.index.entries[x]!.fileNameHex
        let oldBytes = harness.storage.files[oldName]!
        try store.write(x, sampleObject(size: 5000, seed: 2), replacing: true)
        let name = store.index.entries[x]!.fileNameHex
        // Under the current name: caught by the pin.
        harness.storage.tamper(name) { $0 = oldBytes }
        #expect(throws: StorageError.corrupt) { try store.read(x) }
        #expect(throws: StorageError.corrupt) { try harness.open().read(x) }
        // Under its own old name: an orphan nobody names, removed at open.
        harness.storage.files[oldName] = oldBytes
        #expect(throws: StorageError.corrupt) { try harness.open().read(x) }
        #expect(harness.storage.files[oldName] == nil)
    }

    @Test("an older copy of the whole storage directory: .security with the anchor file, undetected without")
    func wholeDirectory() throws {
        for anchored in [true, false] {
            let harness = MemoryStoreHarness(anchored: anchored)
            let store = try harness.open()
            try store.write(x, sampleObject(size: 10, seed: 1), replacing: false)
            let snapshot = harness.storage.files
            try store.write(x, sampleObject(size: 10, seed: 2), replacing: true)
            try store.write(y, sampleObject(size: 10, seed: 3), replacing: false)
            harness.storage.files = snapshot
            if anchored {
                #expect(store.antiRollbackLevel == 100)
                #expect(throws: StorageError.security) { try harness.open() }
            } else {
                #expect(store.antiRollbackLevel == 0)
                let rolledBack = try harness.open()
                #expect(try rolledBack.read(x) == sampleObject(size: 10, seed: 1), "level 0: the old state is served")
                #expect(throws: StorageError.notFound) { try rolledBack.read(y) }
            }
        }
    }

    @Test("the anchor's limits, as documented: the whole state directory restored is not detected")
    func wholeStateDirectory() throws {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        try store.write(x, sampleObject(size: 10, seed: 1), replacing: false)
        let storage = harness.storage.files, state = harness.state.files
        try store.write(x, sampleObject(size: 10, seed: 2), replacing: true)
        harness.storage.files = storage
        harness.state.files = state
        #expect(try harness.open().read(x) == sampleObject(size: 10, seed: 1))
    }

    @Test("the index deleted, or the anchor deleted, fails closed; an operator may adopt an unanchored store")
    func deletions() throws {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        try store.write(x, sampleObject(size: 5000), replacing: false)
        let storage = harness.storage.files, state = harness.state.files

        harness.storage.files = storage.filter { $0.key != FileObjectStore.indexName }
        #expect(throws: StorageError.security) { try harness.open() }
        #expect(harness.storage.files.count == 1, "nothing collected from a store that failed to open")
        harness.storage.files = [:]
        #expect(throws: StorageError.security) { try harness.open() }

        harness.storage.files = storage
        harness.state.files = [:]
        #expect(throws: StorageError.security) { try harness.open() }
        let adopted = try harness.open(adopt: true)
        #expect(try adopted.read(x) == sampleObject(size: 5000))
        #expect(try FileRollbackAnchor(backend: harness.state, ladder: harness.ladder).load() == adopted.storeCounter)
        harness.state.files = state
        #expect(try harness.open().read(x) == sampleObject(size: 5000))

        // Without an anchor, a deleted index is an empty store (level 0 says so).
        let plain = MemoryStoreHarness(anchored: false)
        try plain.open().write(x, sampleObject(size: 10), replacing: false)
        plain.storage.files[FileObjectStore.indexName] = nil
        #expect(try plain.open().list(owner: Owners.a).isEmpty)
    }

    @Test("a crash between the commit and the anchor update is caught up at open")
    func anchorLag() throws {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        try store.write(x, sampleObject(size: 10), replacing: false)
        let lagging = harness.state.files
        try store.write(y, sampleObject(size: 10), replacing: false)
        harness.state.files = lagging
        let reopened = try harness.open()
        #expect(try FileRollbackAnchor(backend: harness.state, ladder: harness.ladder).load() == reopened.storeCounter)
        #expect(try reopened.read(y) == sampleObject(size: 10))
    }

    @Test("a damaged newest index slot falls back to the previous commit only if the anchor does not record the newer one")
    func damagedNewestSlot() throws {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        try store.write(x, sampleObject(size: 10, seed: 1), replacing: false)
        let lagging = harness.state.files
        try store.write(x, sampleObject(size: 10, seed: 2), replacing: true)
        let newest = store.indexSlot! * store.indexCapacity
        let original = harness.storage.files[FileObjectStore.indexName]!
        for offset in [0, 5, 9, 14, 20, 40, 200, store.indexCapacity - 1] {
            harness.storage.tamper(FileObjectStore.indexName) { $0[newest + offset] ^= 0x20 }
            // The anchor records the newer commit: no fallback.
            #expect(throws: StorageError.security) { try harness.open() }
            harness.storage.tamper(FileObjectStore.indexName) { $0 = original }
        }
        // The other slot damaged (what a torn write leaves): the newest is served.
        let other = (1 - store.indexSlot!) * store.indexCapacity
        harness.storage.tamper(FileObjectStore.indexName) { $0[other + 40] ^= 1 }
        #expect(try harness.open().read(x) == sampleObject(size: 10, seed: 2))
        harness.storage.tamper(FileObjectStore.indexName) { $0 = original }
        // The two slots swapped: neither is valid where it lies.
        harness.storage.tamper(FileObjectStore.indexName) {
            $0 = Array(original[store.indexCapacity...]) + Array(original[..<store.indexCapacity])
        }
        #expect(throws: StorageError.security) { try harness.open() }
        // An anchor that never recorded the newer commit (it was interrupted before the
        // anchor update) allows the previous one.
        harness.storage.tamper(FileObjectStore.indexName) { $0 = original; $0[newest + 40] ^= 1 }
        harness.state.files = lagging
        #expect(try harness.open().read(x) == sampleObject(size: 10, seed: 1))
    }

    @Test("verify reports tampering after open without ids or contents")
    func verifyReports() throws {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        for i in 0..<3 { try store.write(objectID(Owners.a, "o\(i)"), sampleObject(size: 5000), replacing: false) }
        try store.write(y, sampleObject(size: 5), replacing: false)
        var report = try store.verify()
        #expect(report.isIntact)
        #expect(report.objectsChecked == 4)
        #expect(report.bytes == 15005)
        let o0 = store.index.entries[objectID(Owners.a, "o0")]!.fileNameHex
        let o1 = store.index.entries[objectID(Owners.a, "o1")]!.fileNameHex
        harness.storage.tamper(o0) { $0[200] ^= 4 }
        harness.storage.files[o1] = nil
        report = try store.verify()
        #expect(report.objectsChecked == 2)
        #expect(Set(report.problems.map(\.description)) == [
            StorageProblem(.corruptFile, owner: Owners.a, file: o0).description,
            StorageProblem(.missingFile, owner: Owners.a, file: o1).description,
        ])
        let index = harness.storage.files[FileObjectStore.indexName]!
        let newestSlot = store.indexSlot! * store.indexCapacity
        harness.storage.tamper(FileObjectStore.indexName) { $0[newestSlot + 30] ^= 1 }
        #expect(try store.verify().problems.contains(StorageProblem(.index)))
        harness.storage.tamper(FileObjectStore.indexName) { $0 = index }
        try FileRollbackAnchor(backend: harness.state, ladder: harness.ladder).advance(to: 99)
        #expect(try store.verify().problems.contains(StorageProblem(.anchor)))
    }
}
