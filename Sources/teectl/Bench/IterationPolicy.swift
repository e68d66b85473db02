/// How many times to run a case: warm-up first (untimed for the figures, but used to
/// estimate the cost), then up to `iterations` timed runs, fewer when a case is so slow
/// that the full count would exceed `budgetNanoseconds` (never fewer than `minimum`).
struct IterationPolicy {
    var iterations: Int
    var warmup: Int
    var budgetNanoseconds: UInt64
    var minimum = 30

    /// Runs `body` (one round trip; it returns the nanoseconds to record) warm-up plus
    /// timed times, and returns the timed samples.
    func measure(warmup customWarmup: Int? = nil, _ body: () throws -> UInt64) rethrows -> LatencySamples {
        let warmupCount = max(customWarmup ?? warmup, 1)
        var warmTotal: UInt64 = 0
        for _ in 0..<warmupCount { warmTotal &+= try body() }
        let average = max(warmTotal / UInt64(warmupCount), 1)
        let affordable = Int(min(budgetNanoseconds / average, UInt64(Int.max)))
        let count = max(min(iterations, affordable), min(minimum, iterations))
        var samples = LatencySamples(capacity: count)
        for _ in 0..<count { samples.append(try body()) }
        return samples
    }

    /// Several cases measured side by side: each is warmed up, then the timed iterations run
    /// in `rounds` rounds that take turns through the cases, so a change in the machine's
    /// state during the run (other load, CPU idle states) affects them all alike.
    func measureInterleaved(_ cases: [() throws -> UInt64], rounds: Int = 10) throws -> [LatencySamples] {
        var perRound = [Int]()
        for body in cases {
            let warmupCount = max(warmup, 1)
            var total: UInt64 = 0
            for _ in 0..<warmupCount { total &+= try body() }
            let average = max(total / UInt64(warmupCount), 1)
            let count = max(min(iterations, Int(min(budgetNanoseconds / average, UInt64(Int.max)))), min(minimum, iterations))
            perRound.append(max(count / rounds, 1))
        }
        var samples = perRound.map { LatencySamples(capacity: $0 * rounds) }
        for _ in 0..<rounds {
            for (i, body) in cases.enumerated() {
                for _ in 0..<perRound[i] { samples[i].append(try body()) }
            }
        }
        return samples
    }

    /// Times one call of `body` with CLOCK_MONOTONIC.
    @inline(__always)
    static func time(_ body: () throws -> Void) rethrows -> UInt64 {
        let start = MonotonicClock.now()
        try body()
        return MonotonicClock.now() &- start
    }
}
