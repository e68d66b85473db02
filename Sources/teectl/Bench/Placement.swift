/// Where the two ends of a round trip run. On a virtualised 2-CPU machine a wake-up on
/// another CPU costs several times a same-CPU switch, and the scheduler picks either from
/// run to run, so ratios are only meaningful between figures measured with the same one.
enum Placement: String, CaseIterable {
    /// Client pinned to one CPU, its peer (echo process / TA host) to another.
    case cross
    /// Client and peer pinned to the same CPU.
    case same
    /// No pinning: the scheduler's choice (what an application gets by default).
    case free

    var title: String {
        switch self {
        case .cross: "pinned, client and peer on different CPUs"
        case .same: "pinned, client and peer on the same CPU"
        case .free: "unpinned (scheduler's choice)"
        }
    }

    var short: String {
        switch self {
        case .cross: "cross-CPU"
        case .same: "same-CPU"
        case .free: "unpinned"
        }
    }

    /// (client CPU, peer CPU), or nil when nothing is pinned.
    func cpus(from available: [Int]) -> (client: Int, peer: Int)? {
        switch self {
        case .cross: available.count >= 2 ? (available[0], available[1]) : nil
        case .same: available.first.map { ($0, $0) }
        case .free: nil
        }
    }
}
