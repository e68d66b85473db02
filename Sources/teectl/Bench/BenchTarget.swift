/// A target from DESIGN.md §5 and whether this run met it.
struct BenchTarget {
    var what: String
    var target: String
    var measured: String
    var met: Bool
}
