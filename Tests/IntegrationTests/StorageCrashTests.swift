import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

/// Tests/Fixtures/c/storage_driver_ta/include/storage_driver_ta.h: one command that applies one
/// trusted-storage operation and answers.
enum StorageDriver {
    static let uuid = TEEUUID("3c41747b-b6bf-4419-bfc8-9b360118d86c")!
    static let apply: UInt32 = 0

    enum Kind: UInt32 { case create = 0, write, truncate, rename, delete, read, list }

    /// What the TA answered: the operation's GP result, value[0].b and the output memref.
    struct Reply: Sendable {
        var result: TEEResult
        var b: UInt32
        var data: [UInt8]
    }

    /// One CMD_APPLY; `.failure` when no answer came back (teed gone).
    static func call(_ session: TEESession, _ kind: Kind, arg: Int = 0, id: String? = nil,
                     input: [UInt8]? = nil, outputCapacity: Int? = nil) -> Result<Reply, TEEError> {
        let third: TEEParameter = input.map { .tempInput($0) } ?? outputCapacity.map { .tempOutput(capacity: $0) } ?? .none
        let invocation = session.call(apply, [.valueInout(a: kind.rawValue, b: UInt32(arg)),
                                              id.map { .tempInput(Array($0.utf8)) } ?? .none, third, .none])
        if let error = invocation.error { return .failure(error) }
        let value = invocation.value(0)
        return .success(Reply(result: TEEResult(value.a), b: value.b, data: invocation.bytes(2)))
    }
}

/// The objects of the driver TA: id → data.
typealias StorageModel = [String: [UInt8]]

/// One operation of the crash harness, and what it must do to a model.
enum StorageOp: Sendable, CustomStringConvertible {
    case create(String, [UInt8])
    case write(String, offset: Int, [UInt8])
    case truncate(String, size: Int)
    case rename(String, to: String)
    case delete(String)

    var description: String {
        switch self {
        case let .create(id, data): "CREATE(\(id), \(data.count) B)"
        case let .write(id, offset, data): "WRITE(\(id), @\(offset), \(data.count) B)"
        case let .truncate(id, size): "TRUNCATE(\(id), \(size))"
        case let .rename(id, to): "RENAME(\(id) → \(to))"
        case let .delete(id): "DELETE(\(id))"
        }
    }

    func send(_ session: TEESession) -> Result<StorageDriver.Reply, TEEError> {
        switch self {
        case let .create(id, data): StorageDriver.call(session, .create, id: id, input: data)
        case let .write(id, offset, data): StorageDriver.call(session, .write, arg: offset, id: id, input: data)
        case let .truncate(id, size): StorageDriver.call(session, .truncate, arg: size, id: id)
        case let .rename(id, to): StorageDriver.call(session, .rename, id: id, input: Array(to.utf8))
        case let .delete(id): StorageDriver.call(session, .delete, id: id)
        }
    }

    /// GP's answer on `model`, and the model after the operation.
    func expected(on model: StorageModel) -> (result: TEEResult, after: StorageModel) {
        var after = model
        switch self {
        case let .create(id, data):
            after[id] = data
        case let .write(id, offset, data):
            guard var object = model[id] else { return (.itemNotFound, model) }
            // A write past the end first extends the stream with zeros.
            if offset + data.count > object.count {
                object.append(contentsOf: repeatElement(0, count: offset + data.count - object.count))
            }
            object.replaceSubrange(offset..<offset + data.count, with: data)
            after[id] = object
        case let .truncate(id, size):
            guard var object = model[id] else { return (.itemNotFound, model) }
            if size < object.count { object.removeSubrange(size...) } else {
                object.append(contentsOf: repeatElement(0, count: size - object.count))
            }
            after[id] = object
        case let .rename(id, to):
            guard let object = model[id] else { return (.itemNotFound, model) }
            // Onto an existing object, its own name included: ACCESS_CONFLICT.
            guard model[to] == nil else { return (.accessConflict, model) }
            after[id] = nil
            after[to] = object
        case let .delete(id):
            guard model[id] != nil else { return (.itemNotFound, model) }
            after[id] = nil
        }
        return (.success, after)
    }
}

/// Seeded operations over a fixed set of ids: creates (and overwrites), writes at random
/// offsets, truncations, renames and deletes, mostly on objects that exist.
struct StorageOpGenerator {
    /// Twelve ids of various lengths, up to GP's 64 bytes.
    static let ids: [String] = ["a", "bb", "key-01", "key-02", "record.03", "record.04", "session/state",
                                "counter", String(repeating: "L", count: 64), "x-09", "y-10", "z-11"]
    /// Objects grow no larger than this (a few span several 64 KiB chunks).
    static let maxObjectSize = 200 * 1024

    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &rng) }

    mutating func bytes(_ count: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(count + 8)
        while out.count < count { withUnsafeBytes(of: rng.next()) { out.append(contentsOf: $0) } }
        return Array(out.prefix(count))
    }

    /// Mostly 0…20 KiB (a third of them under 1 KiB), sometimes up to 160 KiB.
    mutating func size() -> Int {
        switch int(0..<100) {
        case 0..<30: int(0...1024)
        case 30..<94: int(0...20 * 1024)
        default: int(64 * 1024...160 * 1024)
        }
    }

    /// An id of the model nine times in ten, when there is one; otherwise any id.
    mutating func target(_ model: StorageModel) -> String {
        if !model.isEmpty, int(0..<10) < 9 { return model.keys.sorted()[int(0...model.count - 1)] }
        return Self.ids[int(0...Self.ids.count - 1)]
    }

    mutating func next(_ model: StorageModel) -> StorageOp {
        let kind = int(0..<100)
        // An empty store mostly gets creates.
        if kind < 30 || (model.isEmpty && kind < 90) {
            // Half of the creates overwrite an object that exists.
            let id = int(0...1) == 0 && !model.isEmpty ? target(model) : Self.ids[int(0...Self.ids.count - 1)]
            return .create(id, bytes(size()))
        }
        let id = target(model)
        let current = model[id]?.count ?? 0
        switch kind {
        case 30..<58:
            let offset = int(0...min(current + 512, Self.maxObjectSize - 1))
            let count = min(int(0...1) == 0 ? int(1...256) : size(), Self.maxObjectSize - offset)
            return .write(id, offset: offset, bytes(max(count, 1)))
        case 58..<72:
            return .truncate(id, size: int(0...1) == 0 ? int(0...current) : int(current...min(current + 4096, Self.maxObjectSize)))
        case 72..<86:
            return .rename(id, to: Self.ids[int(0...Self.ids.count - 1)])
        default:
            return .delete(id)
        }
    }
}

extension Integration {
    /// The issue's crash-consistency harness: a real teed, SIGKILLed at random instants while a
    /// C TA drives its trusted storage, restarted, and checked against a model of what was
    /// acknowledged.
    @Suite("trusted storage across SIGKILLs of teed")
    struct StorageCrashTests {
        let kit: CDevKit

        init() throws {
            kit = try CDevKit.shared.get()
        }

        struct Counts {
            var operations = 0
            var kills = 0
            /// The kill interrupted the operation: its reply never came, or the TA's storage
            /// call failed (`notAvailable`).
            var interrupted = 0
            /// … and what the restarted teed had: the state before it, or after it (or the
            /// operation changes nothing: a failing one).
            var interruptedOld = 0, interruptedNew = 0, interruptedNoChange = 0
            /// The TA answered STORAGE_NOT_AVAILABLE: teed died while it served the operation.
            var notAvailable = 0
            /// The reply came before teed died.
            var afterReply = 0
            /// The most files beyond one per object and the index, after a restart.
            var extraFiles = 0
        }

        @Test("SIGKILL at random instants: nothing acknowledged is lost, an interrupted operation is old or new, no orphans, no corruption")
        func sigkillDuringOperations() throws {
            let environment = ChildProcess.currentEnvironment()
            let seed = environment["SWIFT_TEE_STORAGE_CRASH_SEED"].flatMap { UInt64($0) } ?? 0x5EED_C0DE_2024
            let operations = environment["SWIFT_TEE_STORAGE_CRASH_OPS"].flatMap { Int($0) } ?? 1_200
            var generator = StorageOpGenerator(seed: seed)
            // Timing alone is random: everything the checks depend on comes from the seed.
            var killTiming = SplitMix64(seed: seed ^ 0x00C0_FFEE)
            let started = Clock.now

            let tee = try kit.startTEE(installing: ["storage_driver_ta"])
            defer { tee.stop() }
            var context = try tee.makeContext()
            var session = try context.openSession(uuid: StorageDriver.uuid)
            defer { context.finalize() }

            var model = StorageModel()
            var counts = Counts()
            var untilKill = generator.int(5...30)
            var ackLatency = (total: 0.0, count: 0)

            for step in 0..<operations {
                let op = generator.next(model)
                let (expected, after) = op.expected(on: model)
                counts.operations += 1
                untilKill -= 1
                guard untilKill == 0 else {
                    let begin = Clock.now
                    let reply = op.send(session)
                    ackLatency.total += Clock.now - begin
                    ackLatency.count += 1
                    guard case let .success(answer) = reply else {
                        Issue.record("step \(step) \(op): no reply from a live teed: \(reply)\n\(tee.log)")
                        return
                    }
                    #expect(answer.result == expected, "step \(step) \(op): \(answer.result), expected \(expected)")
                    model = after
                    continue
                }
                untilKill = generator.int(5...30)

                // The operation on a thread of its own; SIGKILL after 0…3 ms. The signal goes
                // straight to teed's pid: killHard() lists teed's children (a scan of /proc) before
                // it signals, which would push most kills past the commit. Here it only reaps teed.
                let hosts = tee.hostPIDs()
                let delay = UInt32(Int.random(in: 0...3_000, using: &killTiming))
                let running = Background { [session] in op.send(session) }
                if delay > 0 { usleep(delay) }
                kill(tee.pid, SIGKILL)
                tee.killHard()
                counts.kills += 1
                guard let outcome = running.wait(timeout: 30) else {
                    Issue.record("step \(step) \(op): the call did not return within 30 s of teed's SIGKILL")
                    return
                }
                let before = model
                var acknowledged = false
                switch outcome {
                case let .success(answer) where answer.result == expected:
                    acknowledged = true
                    counts.afterReply += 1
                case let .success(answer) where answer.result == .storageNotAvailable:
                    // teed died under the TA, which answered the client itself: the commit may or
                    // may not have happened, as when no answer comes.
                    counts.interrupted += 1
                    counts.notAvailable += 1
                case let .success(answer):
                    Issue.record("step \(step) \(op): \(answer.result), expected \(expected) (or STORAGE_NOT_AVAILABLE)")
                case .failure:
                    counts.interrupted += 1
                }
                for pid in hosts { _ = Clock.waitUntil(timeout: 10) { !ProcFS.isAlive(pid) } }
                session.close()
                context.finalize()

                try tee.start()
                context = try tee.makeContext()
                session = try context.openSession(uuid: StorageDriver.uuid)

                let (found, problems) = snapshot(session)
                for problem in problems { Issue.record("after the kill at step \(step) \(op): \(problem)") }
                // teed removed the orphans of interrupted commits when it opened the store: one
                // file per object, and the index.
                let files = storageFiles(tee)
                counts.extraFiles = max(counts.extraFiles, files.count - (found.count + 1))
                #expect(files.count <= found.count + 2,
                        "after the kill at step \(step) \(op): \(files.count) files for \(found.count) objects: \(files)")
                let isNew = found == after, isOld = !acknowledged && found == before
                if isNew || isOld {
                    if !acknowledged {
                        if before == after { counts.interruptedNoChange += 1 } else if isNew { counts.interruptedNew += 1 } else { counts.interruptedOld += 1 }
                    }
                } else {
                    Issue.record("""
                        after the kill at step \(step) \(op) (\(acknowledged ? "acknowledged" : "interrupted"), \
                        kill after \(delay) µs): the store is neither \(acknowledged ? "" : "the state before nor ")\
                        the state after it
                          before: \(describe(before, against: found))
                          after:  \(describe(after, against: found))
                        """)
                }
                // Carry on from what is there: the acknowledged state, or the old or new one (or,
                // after a recorded failure, whatever is there, so that it is reported once).
                model = found
            }

            // A clean stop and start: the store is exactly the model, with one file per large object.
            tee.stop()
            session.close()
            context.finalize()
            try tee.start()
            context = try tee.makeContext()
            session = try context.openSession(uuid: StorageDriver.uuid)
            let (final, problems) = snapshot(session)
            for problem in problems { Issue.record("at the end: \(problem)") }
            #expect(Bool(final == model), "at the end: \(describe(model, against: final))")
            let files = storageFiles(tee)
            #expect(files.contains("index"), "no index in \(files)")
            // Objects sealed in at most 4,352 bytes (4 KiB of data and a little more) live inline in the index.
            let withFiles = model.values.filter { $0.count > 4096 + 256 }.count
            let mayHaveFiles = model.values.filter { $0.count > 4096 - 384 }.count
            #expect(files.count >= withFiles + 1 && files.count <= mayHaveFiles + 2,
                    "\(files.count) files in the storage directory for \(model.count) objects: \(files)")
            let corrupt = tee.log.split(separator: "\n").filter { $0.lowercased().contains("corrupt") }
            #expect(corrupt.isEmpty, "teed logged corruption:\n\(corrupt.joined(separator: "\n"))")

            print("""
                storage crash harness (seed \(seed)): \(counts.operations) operations, \(counts.kills) SIGKILLs of teed; \
                \(counts.interrupted) interrupted an operation (\(counts.interruptedOld) found old, \
                \(counts.interruptedNew) found new, \(counts.interruptedNoChange) changing nothing, \
                \(counts.notAvailable) of them answered STORAGE_NOT_AVAILABLE by the TA), \(counts.afterReply) landed after its reply; \
                \(model.count) objects at the end, \(files.count) files; at most \(counts.extraFiles) \
                files beyond objects + index after a restart; mean acknowledged operation \
                \(ackLatency.count > 0 ? Int(ackLatency.total / Double(ackLatency.count) * 1e6) : 0) µs; \
                \(Int((Clock.now - started) * 1000)) ms
                """)
            // Without kills that land mid-operation the harness tests nothing.
            #expect(counts.interrupted - counts.notAvailable >= 10,
                    "only \(counts.interrupted - counts.notAvailable) of \(counts.kills) SIGKILLs interrupted an operation before its reply")
            #expect(counts.kills >= 30)
        }

        /// Every object the TA has (LIST, then READ of each), and whatever does not add up: an id
        /// listed but not readable, an id readable but not listed, any other result.
        private func snapshot(_ session: TEESession) -> (StorageModel, [String]) {
            var problems = [String]()
            var state = StorageModel()
            var listed = [String]()
            switch callGrowing(session, .list, id: nil) {
            case let .success(reply) where reply.result == .success:
                var rest = reply.data[...]
                while let length = rest.first, rest.count > Int(length) {
                    listed.append(String(decoding: rest.dropFirst().prefix(Int(length)), as: UTF8.self))
                    rest = rest.dropFirst(1 + Int(length))
                }
                if listed.count != Int(reply.b) || !rest.isEmpty { problems.append("LIST: malformed answer \(reply)") }
            case let .success(reply):
                problems.append("LIST: \(reply.result)")
            case let .failure(error):
                problems.append("LIST: no reply: \(error)")
            }
            let unexpected = Set(listed).subtracting(StorageOpGenerator.ids)
            if !unexpected.isEmpty { problems.append("LIST has ids never used: \(unexpected.sorted())") }
            for id in StorageOpGenerator.ids {
                switch callGrowing(session, .read, id: id) {
                case let .success(reply) where reply.result == .success:
                    state[id] = reply.data
                    if !listed.contains(id) { problems.append("\(id) can be read but is not listed") }
                case let .success(reply) where reply.result == .itemNotFound:
                    if listed.contains(id) { problems.append("\(id) is listed but cannot be opened") }
                case let .success(reply):
                    problems.append("READ \(id): \(reply.result)")
                case let .failure(error):
                    problems.append("READ \(id): no reply: \(error)")
                }
            }
            return (state, problems)
        }

        /// READ or LIST, again with the size the TA asked for after SHORT_BUFFER.
        private func callGrowing(_ session: TEESession, _ kind: StorageDriver.Kind, id: String?) -> Result<StorageDriver.Reply, TEEError> {
            var capacity = 32 * 1024
            while true {
                let reply = StorageDriver.call(session, kind, id: id, outputCapacity: capacity)
                guard case let .success(answer) = reply, answer.result == .shortBuffer, Int(answer.b) > capacity else { return reply }
                capacity = Int(answer.b)
            }
        }

        /// The files in teed's storage directory.
        private func storageFiles(_ tee: TEEDaemonFixture) -> [String] {
            guard let dir = opendir(tee.stateDirectory + "/storage") else { return [] }
            defer { closedir(dir) }
            var names = [String]()
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != ".", name != ".." { names.append(name) }
            }
            return names.sorted()
        }

        /// How `expected` differs from `found`, object by object (sizes, not contents).
        private func describe(_ expected: StorageModel, against found: StorageModel) -> String {
            let ids = Set(expected.keys).union(found.keys).sorted()
            let differences = ids.compactMap { id -> String? in
                let e = expected[id], f = found[id]
                guard e != f else { return nil }
                let show = { (object: [UInt8]?) in object.map { "\($0.count) B" } ?? "absent" }
                return "\(id): expected \(show(e)), found \(show(f))"
            }
            return differences.isEmpty ? "the same" : differences.joined(separator: "; ")
        }
    }
}
