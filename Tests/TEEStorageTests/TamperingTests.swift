import Testing
import TEEABI
@testable import TEEStorage

/// The normal world owns the disk: every change it makes to a file must be caught, and
/// never turn into data the TA did not write.
@Suite("Tampering: isolation and the corruption sweep")
struct TamperingTests {
    /// How a read after a mutation went.
    struct Tally: CustomStringConvertible {
        var mutations = 0
        var detected = 0
        var wrongReads = 0
        var otherErrors: [String] = []

        mutating func record(_ body: () throws(StorageError) -> Void, expecting expected: [StorageError]) {
            mutations += 1
            do {
                try body()
                wrongReads += 1
            } catch {
                if expected.contains(error) { detected += 1 } else { otherErrors.append("\(error)") }
            }
        }

        var description: String { "\(detected)/\(mutations) detected, \(wrongReads) wrong reads, other errors: \(otherErrors.prefix(3))" }
    }

    @Test("owner B cannot reach A's objects, and A's file bytes in B's place read as corrupt")
    func isolation() throws {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        let a = objectID(Owners.a, "key"), b = objectID(Owners.b, "key")
        try store.write(a, sampleObject(size: 5000, seed: 1), replacing: false)
        #expect(throws: StorageError.notFound) { try store.read(b) }
        #expect(try store.list(owner: Owners.b).isEmpty)
        try store.write(b, sampleObject(size: 5000, seed: 2), replacing: false)
        let fileA = store.index.entries[a]!.fileNameHex, fileB = store.index.entries[b]!.fileNameHex
        let bytesA = harness.storage.files[fileA]!
        harness.storage.tamper(fileB) { $0 = bytesA }
        #expect(throws: StorageError.corrupt) { try store.read(b) }
        #expect(throws: StorageError.corrupt) { try harness.open().read(b) }
        #expect(try store.read(a) == sampleObject(size: 5000, seed: 1))
        // Same owner: two objects' files swapped.
        let c = objectID(Owners.a, "other")
        try store.write(c, sampleObject(size: 5000, seed: 3), replacing: false)
        let fileC = store.index.entries[c]!.fileNameHex
        let bytesC = harness.storage.files[fileC]!
        harness.storage.tamper(fileC) { $0 = bytesA }
        harness.storage.tamper(fileA) { $0 = bytesC }
        #expect(throws: StorageError.corrupt) { try store.read(a) }
        #expect(throws: StorageError.corrupt) { try store.read(c) }
        // A's file under B's pin would also need B's TSK: the header is bound to its owner.
        var index = store.index
        index.entries[b] = store.index.entries[a]
        index.entries[a] = nil
        harness.storage.files[FileObjectStore.indexName] = try store.sealIndex(index)
        harness.storage.tamper(fileA) { $0 = bytesA }
        #expect(throws: StorageError.corrupt) { try MemoryStoreHarness.reopenAllowingAnyCounter(harness).read(b) }
    }

    /// Offsets that cover every header field, the first and last byte of every chunk's
    /// ciphertext, every tag byte, and a spread of others.
    static func sweepOffsets(fileSize: Int) -> [Int] {
        var offsets = Set(0..<ObjectFile.headerLength)
        var at = ObjectFile.headerLength
        var random = SplitMix64(seed: UInt64(fileSize))
        while at < fileSize {
            let ciphertext = min(ObjectFile.chunkSize, fileSize - at - 16)
            offsets.formUnion([at, at + ciphertext / 2, at + ciphertext - 1])
            offsets.formUnion(at + ciphertext..<at + ciphertext + 16)
            at += ciphertext + 16
        }
        for _ in 0..<64 { offsets.insert(Int(random.next() % UInt64(fileSize))) }
        return offsets.filter { $0 < fileSize }.sorted()
    }

    @Test("every bit flip, truncation, extension, swap and replay of an object file is detected", arguments: objectSizes)
    func objectSweep(size: Int) throws {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        let id = objectID(Owners.a, "target"), neighbour = objectID(Owners.a, "neighbour")
        let object = sampleObject(size: size, seed: 5)
        // Small objects live sealed in the index: their sealed bytes are swept there (as if
        // the index itself could be changed), large ones in their files.
        func sealed(_ id: StoredObjectID) -> [UInt8] {
            let entry = store.index.entries[id]!
            return entry.inline ?? harness.storage.files[entry.fileNameHex]!
        }
        try store.write(id, sampleObject(size: size, seed: 4), replacing: false)
        let oldFile = sealed(id)
        try store.write(id, object, replacing: true)
        try store.write(neighbour, sampleObject(size: size, seed: 6), replacing: false)
        let inline = store.index.entries[id]!.inline != nil
        #expect(inline == (ObjectFile.headerLength + 28 + 40 + size + 16 <= StoreIndex.inlineLimit))
        let name = store.index.entries[id]!.fileNameHex
        let original = sealed(id)
        let storage = Tampering(harness: harness, store: store, id: id, inline: inline)
        var tally = Tally()
        let read = { () throws(StorageError) in _ = try store.read(id) }

        for offset in Self.sweepOffsets(fileSize: original.count) {
            storage.tamper(name) { $0[offset] ^= 1 << UInt8(offset % 8) }
            tally.record(read, expecting: [.corrupt])
            storage.tamper(name) { $0 = original }
        }
        for length in Set([0, 1, 35, 83, 84, 85, original.count / 2, original.count - 17, original.count - 16, original.count - 1]) {
            storage.tamper(name) { $0 = Array(original.prefix(length)) }
            tally.record(read, expecting: [.corrupt])
        }
        for extra in [[0], [UInt8](repeating: 0, count: 16), Array(original.suffix(16)), [UInt8](repeating: 0xAA, count: 65536 + 16)] {
            storage.tamper(name) { $0 = original + extra }
            tally.record(read, expecting: [.corrupt])
        }
        // The last chunk dropped, or two chunks swapped (for files with several).
        let chunk = ObjectFile.chunkSize + 16
        if original.count > ObjectFile.headerLength + chunk {
            storage.tamper(name) { $0 = Array(original.prefix(ObjectFile.headerLength + chunk)) }
            tally.record(read, expecting: [.corrupt])
        }
        if original.count >= ObjectFile.headerLength + 2 * chunk {
            storage.tamper(name) {
                $0 = Array(original[0..<84]) + Array(original[84 + chunk..<84 + 2 * chunk]) + Array(original[84..<84 + chunk])
                    + Array(original[(84 + 2 * chunk)...])
            }
            tally.record(read, expecting: [.corrupt])
        }
        // Another object's file, an older version of this one, and none at all.
        let neighbourBytes = sealed(neighbour)
        for replacement in [neighbourBytes, oldFile] {
            storage.tamper(name) { $0 = replacement }
            tally.record(read, expecting: [.corrupt])
        }
        storage.remove(name)
        tally.record(read, expecting: [.corrupt])
        storage.tamper(name) { $0 = original }

        #expect(tally.detected == tally.mutations, "\(tally)")
        #expect(tally.wrongReads == 0)
        #expect(try store.read(id) == object)
        #expect(try store.read(neighbour) == sampleObject(size: size, seed: 6))
    }

    @Test("every bit flip of the newest index slot, and every truncation and extension of the index, is detected when the store opens")
    func indexSweep() throws {
        for anchored in [true, false] {
            let harness = MemoryStoreHarness(anchored: anchored)
            let store = try harness.open()
            var previous = store.index
            for (i, size) in objectSizes.enumerated() {
                previous = store.index
                try store.write(objectID(i % 2 == 0 ? Owners.a : Owners.b, "object \(i)"), sampleObject(size: size), replacing: false)
            }
            let current = store.index
            let snapshot = harness.storage.files
            let original = snapshot[FileObjectStore.indexName]!
            let capacity = store.indexCapacity, newest = store.indexSlot!
            #expect(original.count == 2 * capacity)
            var tally = Tally()
            var fellBack = 0, staleFlips = 0, staleIntact = 0
            let open = { () throws(StorageError) in _ = try harness.open() }
            for offset in original.indices {
                // Every byte of the newest slot; in the other slot (whose damage is only to be
                // tolerated) every 7th byte and both ends.
                let inNewest = offset / capacity == newest, inSlot = offset % capacity
                if !inNewest, inSlot % 7 != 0, inSlot >= 64, inSlot < capacity - 64 { continue }
                for bit in [0, 7] where bit == 0 || offset % 7 == 0 {
                    harness.storage.tamper(FileObjectStore.indexName) { $0[offset] ^= 1 << UInt8(bit) }
                    if offset / capacity != newest {
                        // The other slot holds the previous commit; damage there is what a torn
                        // write leaves. The newest commit opens, exactly.
                        staleFlips += 1
                        if (try? harness.open().index) == current { staleIntact += 1 }
                    } else if anchored {
                        tally.record(open, expecting: [.security])
                    } else {
                        // Level 0 (no anchor): the previous commit, exactly, as a torn newest
                        // slot would leave; never anything else.
                        tally.mutations += 1
                        do {
                            let opened = try harness.open()
                            if opened.index == previous { fellBack += 1; tally.detected += 1 } else { tally.wrongReads += 1 }
                        } catch {
                            if error == .security { tally.detected += 1 } else { tally.otherErrors.append("\(error)") }
                        }
                    }
                    // Opening may have collected the newest commit's files: put everything back.
                    harness.storage.files = snapshot
                }
            }
            for length in 0..<original.count where length < 64 || length % 97 == 0 || length > original.count - 20 {
                harness.storage.tamper(FileObjectStore.indexName) { $0 = Array(original.prefix(length)) }
                tally.record(open, expecting: [.security])
                harness.storage.files = snapshot
            }
            for extra in [[0], [UInt8](repeating: 0, count: 137), Array(original.suffix(16)),
                          [UInt8](repeating: 0, count: 2 * StoreIndex.capacityUnit)] {
                harness.storage.tamper(FileObjectStore.indexName) { $0 = original + extra }
                tally.record(open, expecting: [.security])
                harness.storage.files = snapshot
            }
            // The slots swapped.
            harness.storage.tamper(FileObjectStore.indexName) { $0 = Array(original[capacity...]) + Array(original[..<capacity]) }
            tally.record(open, expecting: [.security])
            // An index sealed under another HUK's index key.
            var other = store.index
            other.counter += 5
            harness.storage.tamper(FileObjectStore.indexName) { $0 = try! other.seal(key: testLadder(0x43).indexKey()) }
            tally.record(open, expecting: [.security])
            harness.storage.files = snapshot

            #expect(tally.detected == tally.mutations, "anchored \(anchored): \(tally)")
            #expect(tally.wrongReads == 0)
            #expect(tally.mutations > 1000)
            #expect(staleIntact == staleFlips && staleFlips > 500, "\(staleIntact)/\(staleFlips)")
            if !anchored { #expect(fellBack > 1000) }
            for (i, size) in objectSizes.enumerated() {
                #expect(try harness.open().read(objectID(i % 2 == 0 ? Owners.a : Owners.b, "object \(i)")) == sampleObject(size: size))
            }
        }
    }

    @Test("a tampered anchor never reads higher than the truth, and fails closed when both slots are bad")
    func anchorSweep() throws {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        for i in 0..<5 { try store.write(objectID(Owners.a, "\(i)"), sampleObject(size: i), replacing: false) }
        let original = harness.state.files["storage-anchor"]!
        #expect(original.count == 96)
        let anchor = try FileRollbackAnchor(backend: harness.state, ladder: harness.ladder)
        #expect(try anchor.load() == 5)
        for offset in original.indices {
            harness.state.tamper("storage-anchor") { $0[offset] ^= 0x10 }
            let loaded = try anchor.load()
            #expect(loaded == 4 || loaded == 5, "offset \(offset)")
            harness.state.tamper("storage-anchor") { $0 = original }
        }
        harness.state.tamper("storage-anchor") { $0[3] ^= 1; $0[51] ^= 1 }
        #expect(throws: StorageError.security) { try anchor.load() }
        #expect(throws: StorageError.security) { try harness.open() }
        harness.state.tamper("storage-anchor") { $0 = Array(original.prefix(95)) }
        #expect(throws: StorageError.security) { try harness.open() }
        // An anchor from another HUK.
        harness.state.tamper("storage-anchor") { $0 = original }
        #expect(throws: StorageError.security) { try MemoryStoreHarness.open(harness, ladder: testLadder(0x43)) }
        harness.state.tamper("storage-anchor") { $0 = original }
        #expect(try harness.open().storeCounter == 5)
    }
}

extension MemoryStoreHarness {
    /// The store over `harness`'s files with no anchor (for tests that forge an index).
    static func reopenAllowingAnyCounter(_ harness: MemoryStoreHarness) throws(StorageError) -> FileObjectStore {
        try FileObjectStore(backend: harness.storage, ladder: harness.ladder, anchor: NoRollbackAnchor())
    }

    static func open(_ harness: MemoryStoreHarness, ladder: StorageKeyLadder) throws(StorageError) -> FileObjectStore {
        try FileObjectStore(backend: harness.storage, ladder: ladder, anchor: FileRollbackAnchor(backend: harness.state, ladder: ladder))
    }
}

/// Tampering with an object's sealed bytes wherever they live: its file, or (for a small
/// object) its inline bytes in the index the store holds.
struct Tampering {
    let harness: MemoryStoreHarness
    let store: FileObjectStore
    let id: StoredObjectID
    let inline: Bool

    func tamper(_ name: String, _ edit: (inout [UInt8]) -> Void) {
        if inline {
            var bytes = store.index.entries[id]!.inline!
            edit(&bytes)
            store.index.entries[id]!.inline = bytes
        } else if harness.storage.files[name] == nil {
            var bytes: [UInt8] = []
            edit(&bytes)
            harness.storage.files[name] = bytes
        } else {
            harness.storage.tamper(name, edit)
        }
    }

    func remove(_ name: String) {
        if inline { store.index.entries[id]!.inline = [] } else { harness.storage.files[name] = nil }
    }
}
