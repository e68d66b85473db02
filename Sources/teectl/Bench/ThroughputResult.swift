/// Null invokes per second of N concurrent client processes, each with its own session
/// (and so, the buffers TA being multi-instance, its own TA host).
struct ThroughputResult {
    /// false: unpinned; true: client i and its TA host both pinned to CPU i mod #CPUs.
    var pinnedPairs: Bool
    var clients: Int
    /// Each worker's invokes per second over its own timed window.
    var perClient: [Double]
    var total: Double { perClient.reduce(0, +) }
}
