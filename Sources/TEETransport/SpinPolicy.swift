#if canImport(Glibc)
import Glibc
#endif

/// How long to busy-poll a channel before sleeping in the kernel. Waking a sleeping
/// process on another CPU costs tens of microseconds on virtual machines, more than a
/// whole TA round trip, so a caller that expects an answer soon polls briefly first. The
/// budget adapts: it stays at the maximum while answers arrive within it, halves on each
/// miss (so overloaded CPUs are not burnt), and is probed again now and then.
public struct SpinPolicy: Sendable {
    public static let maxNanoseconds: Int64 = 30_000
    static let probeInterval = 256

    public private(set) var budget: Int64
    private var idleCalls = 0

    /// Spinning only helps when another CPU can run the peer meanwhile.
    public init(enabled: Bool = sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1) {
        budget = enabled ? Self.maxNanoseconds : 0
        idleCalls = enabled ? 0 : Int.min
    }

    public static let disabled = SpinPolicy(enabled: false)

    public mutating func record(hit: Bool) {
        if hit {
            budget = Self.maxNanoseconds
        } else {
            budget /= 2
            if budget < 2_000 { budget = 0 }
        }
    }

    /// Called when no spin was tried; returns to spinning after a while.
    public mutating func skipped() {
        guard idleCalls >= 0 else { return }
        idleCalls += 1
        if idleCalls >= Self.probeInterval {
            idleCalls = 0
            budget = Self.maxNanoseconds
        }
    }

    public static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}
