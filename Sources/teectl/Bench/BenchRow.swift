/// One latency figure of the report: order statistics in nanoseconds plus how it compares.
struct BenchRow {
    /// The placement section it belongs to (its floor is that section's floor).
    var placement: Placement
    /// Stable name for --json.
    var key: String
    /// What the table shows.
    var label: String
    var count: Int
    var p50: UInt64
    var p99: UInt64
    var mean: Double
    /// Filled in by the report once the floor is known.
    var ratioToFloor: Double?
    /// A second comparison (to null invoke), for memref and API variants.
    var ratioToNull: Double?

    init(placement: Placement, key: String, label: String, samples: LatencySamples) {
        var samples = samples
        self.placement = placement
        self.key = key
        self.label = label
        count = samples.count
        p50 = samples.percentile(50)
        p99 = samples.percentile(99)
        mean = samples.mean
    }
}
