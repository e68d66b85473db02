/// Round-trip times of one benchmark case, in nanoseconds, and their order statistics.
struct LatencySamples {
    private(set) var nanoseconds: [UInt64] = []
    private var sorted: [UInt64]?

    init(capacity: Int = 0) { nanoseconds.reserveCapacity(capacity) }

    @inline(__always)
    mutating func append(_ sample: UInt64) {
        nanoseconds.append(sample)
        sorted = nil
    }

    var count: Int { nanoseconds.count }

    /// Nearest-rank percentile (`p` in 0...100) in nanoseconds; 0 when empty.
    mutating func percentile(_ p: Double) -> UInt64 {
        if sorted == nil { sorted = nanoseconds.sorted() }
        guard let sorted, !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    var mean: Double {
        nanoseconds.isEmpty ? 0 : Double(nanoseconds.reduce(0, &+)) / Double(nanoseconds.count)
    }
}
