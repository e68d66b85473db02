#if canImport(Glibc)
import Glibc
#endif

/// CLOCK_MONOTONIC readings, for deadlines and spin budgets.
public enum MonotonicTime {
    public static func nanoseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    public static func milliseconds() -> Int64 { nanoseconds() / 1_000_000 }
}
