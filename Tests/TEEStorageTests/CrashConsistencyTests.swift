import Testing
import TEEABI
@testable import TEEStorage

/// Power cuts and I/O errors in the middle of commits. The memory backend keeps what a
/// journalling file system would keep after a power cut (file contents that were synced,
/// directory changes up to the last directory sync plus any prefix of the later ones), so
/// a missing sync in the commit protocol shows up here as a lost or mixed object.
@Suite("Crash consistency and injected failures")
struct CrashConsistencyTests {
    static let ids = [Owners.a, Owners.b, Owners.c].flatMap { owner in (0..<6).map { objectID(owner, "object \($0)") } }

    enum Operation: CaseIterable {
        case create, replace, write, rename, delete

        /// What the store should hold after the operation, or the error it should throw.
        func apply(to model: [StoredObjectID: StoredObject], id: StoredObjectID, other: StoredObjectID,
                   object: StoredObject) -> Result<[StoredObjectID: StoredObject], StorageError> {
            var next = model
            switch self {
            case .create:
                guard model[id] == nil else { return .failure(.exists) }
                next[id] = object
            case .replace, .write:
                next[id] = object
            case .rename:
                guard let moved = model[id] else { return .failure(.notFound) }
                if other == id { return .success(model) }
                guard model[other] == nil else { return .failure(.exists) }
                next[id] = nil
                next[other] = moved
            case .delete:
                guard model[id] != nil else { return .failure(.notFound) }
                next[id] = nil
            }
            return .success(next)
        }

        func perform(on store: ObjectStore, id: StoredObjectID, other: StoredObjectID, object: StoredObject) throws(StorageError) {
            switch self {
            case .create: try store.write(id, object, replacing: false)
            case .replace, .write: try store.write(id, object, replacing: true)
            case .rename: try store.rename(id, to: other.id)
            case .delete: try store.delete(id)
            }
        }
    }

    /// Everything the store holds, read through its public interface.
    static func contents(of store: ObjectStore) throws(StorageError) -> [StoredObjectID: StoredObject] {
        var out: [StoredObjectID: StoredObject] = [:]
        for owner in [Owners.a, Owners.b, Owners.c] {
            for entry in try store.list(owner: owner) {
                let id = StoredObjectID(owner: owner, id: entry.id)!
                out[id] = try store.read(id)
                guard out[id]!.data.count == entry.dataSize else { throw .corrupt }
            }
        }
        return out
    }

    @Test("1,200 random operations with power cuts and I/O errors at random write points: every object old or new, nothing acknowledged lost")
    func randomCrashes() throws {
        var random = SplitMix64(seed: 0x5EED_0F_C4A5)
        func below(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        let harness = MemoryStoreHarness()
        var plan = FaultPlan(seed: random.next())
        var store = try harness.open(plan: plan)
        var model: [StoredObjectID: StoredObject] = [:]
        var crashes = 0, failures = 0, acknowledged = 0, refused = 0, interruptedNew = 0

        for step in 0..<1200 {
            if plan.faults.isEmpty {
                switch below(8) {
                case 0, 1: plan.crash(after: 1 + below(8))
                case 2: plan.faults[plan.writePoints + 1 + below(8)] = .fail(below(2) == 0 ? .noSpace : .unavailable("EIO"))
                default: break
                }
            }
            let operation = Operation.allCases[below(Operation.allCases.count)]
            // Mostly operations that can succeed, some that must be refused.
            var id = Self.ids[below(Self.ids.count)]
            let existing = Self.ids.filter { model[$0] != nil }, missing = Self.ids.filter { model[$0] == nil }
            if below(4) != 0 {
                let pool = operation == .create ? missing : operation == .write ? Self.ids : existing
                if !pool.isEmpty { id = pool[below(pool.count)] }
            }
            let other = objectID(id.owner, "object \(below(6))")
            let size = below(10) == 0 ? 65536 + below(10000) : below(300)
            let object = sampleObject(size: size, seed: UInt64(step))
            let expected = operation.apply(to: model, id: id, other: other, object: object)

            do {
                try operation.perform(on: store, id: id, other: other, object: object)
                guard case .success(let after) = expected else {
                    Issue.record("step \(step): \(operation) succeeded, expected \(expected)")
                    return
                }
                model = after
                acknowledged += 1
            } catch {
                if plan.crashed {
                    crashes += 1
                    // Half the time any prefix of the unsynced directory changes survives, half
                    // the time any subset.
                    if below(2) == 0 {
                        harness.storage.simulatePowerLoss(keeping: below(harness.storage.unsyncedChanges + 1))
                        harness.state.simulatePowerLoss(keeping: below(harness.state.unsyncedChanges + 1))
                    } else {
                        harness.storage.simulatePowerLoss { _ in below(2) == 0 }
                        harness.state.simulatePowerLoss { _ in below(2) == 0 }
                    }
                    plan = FaultPlan(seed: random.next())
                    store = try harness.open(plan: plan)
                    let observed = try Self.contents(of: store)
                    if case .success(let after) = expected, observed == after {
                        if after != model { interruptedNew += 1 }
                        model = after
                    } else {
                        #expect(observed == model, "step \(step): after a crash in \(operation), neither the old nor the new state")
                    }
                    if step % 10 == 0 { #expect(try store.verify().isIntact) }
                } else if case .failure(let semantic) = expected, error == semantic {
                    refused += 1
                    #expect(try Self.contents(of: store) == model)
                } else {
                    failures += 1
                    #expect(error == .noSpace || error == .unavailable("EIO"), "step \(step): \(error)")
                    #expect(try Self.contents(of: store) == model, "step \(step): a failed \(operation) changed the store")
                }
            }
        }
        let final = try harness.open()
        #expect(try Self.contents(of: final) == model)
        #expect(try final.verify().isIntact)
        let counts = "acknowledged \(acknowledged), refused \(refused), crashes \(crashes) (new state after \(interruptedNew)), failures \(failures)"
        #expect(acknowledged >= 600 && refused >= 50 && interruptedNew >= 10, "\(counts)")
        #expect(crashes >= 150 && failures >= 50, "\(counts)")
        // Nothing left behind but the live objects' files and the index.
        #expect(final.index.entries.count == model.count)
        // The index outgrew its first file along the way (a new file, renamed in), so that path met crashes too.
        #expect(final.indexCapacity > StoreIndex.capacityUnit)
        #expect(Set(harness.storage.files.keys) == Self.liveFiles(final))
    }

    /// A store holding x and y, for one operation.
    static func prepared(plan: FaultPlan? = nil) throws -> (MemoryStoreHarness, FileObjectStore) {
        let harness = MemoryStoreHarness()
        let store = try harness.open()
        try store.write(objectID(Owners.a, "x"), sampleObject(size: 70000, seed: 1), replacing: false)
        try store.write(objectID(Owners.a, "y"), sampleObject(size: 10, seed: 2), replacing: false)
        return (harness, try harness.open(plan: plan))
    }

    static let x = objectID(Owners.a, "x"), y = objectID(Owners.a, "y"), z = objectID(Owners.a, "z")
    /// Operation, id, other id, size of the object written (100 bytes: inline in the index;
    /// 70,000: a file of its own; 3,900: inline, and the index outgrows its file, so the
    /// commit writes a new index file).
    static let cases: [(Operation, StoredObjectID, StoredObjectID, Int)] = [
        (.create, z, z, 100), (.replace, x, x, 100), (.rename, x, z, 100), (.delete, x, x, 100), (.create, z, z, 70000),
        (.replace, y, y, 70000), (.create, z, z, 3900),
    ]

    /// The files a store needs: its index and the files of objects not inline.
    static func liveFiles(_ store: FileObjectStore) -> Set<String> {
        Set(store.index.entries.values.compactMap(\.file) + [FileObjectStore.indexName])
    }

    @Test("an I/O error or a full disk at each write point of each operation changes nothing (or the operation succeeded)",
          arguments: 0..<7)
    func failureAtEachWritePoint(caseIndex: Int) throws {
        let (operation, id, other, size) = Self.cases[caseIndex]
        let object = sampleObject(size: size, seed: 9)
        let (dryHarness, dry) = try Self.prepared(plan: FaultPlan())
        let before = try Self.contents(of: dry)
        guard case .success(let after) = operation.apply(to: before, id: id, other: other, object: object) else {
            Issue.record("bad case")
            return
        }
        let start = (dry.backend as! FaultInjectingBackend).plan.writePoints
        try operation.perform(on: dry, id: id, other: other, object: object)
        let writePoints = (dry.backend as! FaultInjectingBackend).plan.writePoints - start
        if size == 3900 { #expect(dry.indexCapacity > StoreIndex.capacityUnit, "the index file was replaced") }
        // At least the index slot and the anchor; a file of its own adds the file and a directory sync.
        #expect(writePoints >= (size > StoreIndex.inlineLimit && operation != .rename && operation != .delete ? 4 : 2))
        #expect(try Self.contents(of: dryHarness.open()) == after)

        for point in 1...writePoints {
            for error in [StorageError.noSpace, .unavailable("EIO")] {
                let plan = FaultPlan()
                let (harness, store) = try Self.prepared(plan: plan)
                plan.faults[plan.writePoints + point] = .fail(error)
                do {
                    try operation.perform(on: store, id: id, other: other, object: object)
                    // Only the removal of the replaced file may fail without failing the operation.
                    #expect(point == writePoints && operation != .rename, "\(operation) at write point \(point) succeeded")
                    #expect(try Self.contents(of: store) == after)
                    #expect(try Self.contents(of: harness.open()) == after)
                } catch let thrown {
                    #expect(thrown == error)
                    #expect(try Self.contents(of: store) == before, "\(operation) failing at write point \(point)")
                    #expect(try Self.contents(of: harness.open()) == before, "\(operation) failing at write point \(point), reopened")
                    // The store goes on working.
                    try operation.perform(on: store, id: id, other: other, object: object)
                    #expect(try Self.contents(of: store) == after)
                }
                let reopened = try harness.open()
                #expect(try reopened.verify().isIntact)
                #expect(Set(harness.storage.files.keys) == Self.liveFiles(reopened), "no files left behind")
            }
        }
    }

    @Test("a failure that cannot be undone stops the store; reopening finds the old or the new state")
    func brokenStore() throws {
        let plan = FaultPlan()
        let (harness, store) = try Self.prepared(plan: plan)
        // Write points of a replace by a small (inline) object: the index slot, the anchor
        // (fails), then the undo's index slot (fails too).
        plan.faults[plan.writePoints + 2] = .fail(.unavailable("EIO"))
        plan.faults[plan.writePoints + 3] = .fail(.unavailable("EIO"))
        #expect(throws: StorageError.unavailable("EIO")) { try store.write(Self.x, sampleObject(size: 5), replacing: true) }
        #expect(throws: StorageError.self) { try store.read(Self.y) }
        #expect(throws: StorageError.self) { try store.write(Self.z, sampleObject(size: 5), replacing: true) }
        let reopened = try Self.contents(of: harness.open())
        #expect(reopened[Self.x] == sampleObject(size: 5) || reopened[Self.x] == sampleObject(size: 70000, seed: 1))
        #expect(reopened[Self.y] == sampleObject(size: 10, seed: 2))
        #expect(reopened[Self.z] == nil)
    }

    @Test("a power cut at each write point of each operation leaves the old or the new state", arguments: 0..<7)
    func crashAtEachWritePoint(caseIndex: Int) throws {
        let (operation, id, other, size) = Self.cases[caseIndex]
        let object = sampleObject(size: size, seed: 9)
        for point in 1...8 {
            for keep in [0, 1, 2, 100, -1, -2, -3, -4] {
                for seed in UInt64(0)..<2 {
                    let plan = FaultPlan(seed: seed)
                    let (harness, store) = try Self.prepared(plan: plan)
                    let before = try Self.contents(of: store)
                    guard case .success(let after) = operation.apply(to: before, id: id, other: other, object: object) else { return }
                    plan.crash(after: point)
                    do {
                        try operation.perform(on: store, id: id, other: other, object: object)
                    } catch {
                        #expect(plan.crashed)
                    }
                    for backend in [harness.storage, harness.state] {
                        let changes = backend.unsyncedChanges
                        switch keep {
                        case 0...: backend.simulatePowerLoss(keeping: keep)
                        // Subsets: every other change, every third, only the last, all but the first.
                        case -1: backend.simulatePowerLoss { $0 % 2 == 1 }
                        case -2: backend.simulatePowerLoss { $0 % 3 == 2 }
                        case -3: backend.simulatePowerLoss { $0 == changes - 1 }
                        default: backend.simulatePowerLoss { $0 > 0 }
                        }
                    }
                    let reopened = try harness.open()
                    let observed = try Self.contents(of: reopened)
                    #expect(observed == before || observed == after, "\(operation), crash at \(point), keeping \(keep)")
                    if !plan.crashed { #expect(observed == after, "acknowledged \(operation) lost") }
                    #expect(try reopened.verify().isIntact)
                }
            }
        }
    }
}
