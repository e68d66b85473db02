/// Write points (every `create`, `overwrite`, `rename`, `remove` and `syncDirectory`) counted
/// across the backends that share the plan, and what happens at chosen ones.
public final class FaultPlan {
    public enum Fault {
        /// The call throws this error, changing nothing; later calls work.
        case fail(StorageError)
        /// The machine stops at this call: a `create` may leave part of its file, a
        /// `rename`/`remove` may or may not happen, and every later call on any backend
        /// sharing the plan throws. Reopen a store on the underlying backends to recover.
        case crash
    }

    /// Write points reached so far (the first is 1).
    public private(set) var writePoints = 0
    public var faults: [Int: Fault]
    public private(set) var crashed = false
    private var random: SplitMix64

    public init(faults: [Int: Fault] = [:], seed: UInt64 = 0) {
        self.faults = faults
        random = SplitMix64(seed: seed)
    }

    /// Crashes at the write point `writePoints + after`.
    public func crash(after calls: Int) { faults[writePoints + calls] = .crash }

    func checkAlive() throws(StorageError) {
        if crashed { throw .unavailable("crashed") }
    }

    /// Counts a write point: nil to go ahead, or the fault due here.
    func nextWritePoint() throws(StorageError) -> Fault? {
        try checkAlive()
        writePoints += 1
        guard let fault = faults.removeValue(forKey: writePoints) else { return nil }
        if case .crash = fault { crashed = true }
        return fault
    }

    func coin() -> Bool { random.next() & 1 == 1 }

    func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(random.next() % UInt64(bound)) }
}

/// A `StorageBackend` that fails or crashes at planned write points, for tests of the
/// commit protocol; reads and listings work until the plan has crashed.
public final class FaultInjectingBackend: StorageBackend {
    public let base: StorageBackend
    public let plan: FaultPlan

    public init(_ base: StorageBackend, plan: FaultPlan) {
        self.base = base
        self.plan = plan
    }

    public func read(_ name: String) throws(StorageError) -> [UInt8] {
        try plan.checkAlive()
        return try base.read(name)
    }

    public func list() throws(StorageError) -> [String] {
        try plan.checkAlive()
        return try base.list()
    }

    public func create(_ name: String, _ bytes: [UInt8]) throws(StorageError) {
        try atWritePoint { () throws(StorageError) in
            // Torn: whatever part of the file reached the disk (maybe nothing, maybe the entry).
            if plan.coin() { try base.create(name, Array(bytes.prefix(plan.below(bytes.count + 1)))) }
        } proceed: { () throws(StorageError) in try base.create(name, bytes) }
    }

    public func overwrite(_ name: String, at offset: Int, _ bytes: [UInt8]) throws(StorageError) {
        try atWritePoint { () throws(StorageError) in
            let written = plan.below(bytes.count + 1)
            if written > 0 { try base.overwrite(name, at: offset, Array(bytes.prefix(written))) }
        } proceed: { () throws(StorageError) in try base.overwrite(name, at: offset, bytes) }
    }

    public func rename(_ from: String, to: String) throws(StorageError) {
        try atWritePoint { () throws(StorageError) in
            if plan.coin() { try base.rename(from, to: to) }
        } proceed: { () throws(StorageError) in try base.rename(from, to: to) }
    }

    public func remove(_ name: String) throws(StorageError) {
        try atWritePoint { () throws(StorageError) in
            if plan.coin() { try base.remove(name) }
        } proceed: { () throws(StorageError) in try base.remove(name) }
    }

    public func syncDirectory() throws(StorageError) {
        try atWritePoint { () throws(StorageError) in
            if plan.coin() { try base.syncDirectory() }
        } proceed: { () throws(StorageError) in try base.syncDirectory() }
    }

    private func atWritePoint(crash: () throws(StorageError) -> Void,
                              proceed: () throws(StorageError) -> Void) throws(StorageError) {
        switch try plan.nextWritePoint() {
        case nil: try proceed()
        case .fail(let error)?: throw error
        case .crash?:
            try? crash()
            throw .unavailable("crashed")
        }
    }
}

/// A small seeded generator (SplitMix64): the same seed, the same faults.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
