import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// Nanoseconds from clock_gettime(CLOCK_MONOTONIC): what every benchmark figure is timed with.
enum MonotonicClock {
    @inline(__always)
    static func now() -> UInt64 { UInt64(MonotonicTime.nanoseconds()) }

    /// Sleeps for `milliseconds` (untimed pauses between iterations).
    static func sleep(milliseconds: Int) {
        guard milliseconds > 0 else { return }
        var request = timespec(tv_sec: milliseconds / 1000, tv_nsec: (milliseconds % 1000) * 1_000_000)
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}
