import TEEPlatform
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

    private var adaptiveBudget: Int64
    private var idleCalls = 0
    private var load = LoadSample()

    /// The budget to spin for now: zero while every CPU already has a runnable task, since
    /// a spinner would then only take time from the process it waits for.
    public var budget: Int64 {
        mutating get { adaptiveBudget > 0 && load.hasIdleCPU() ? adaptiveBudget : 0 }
    }

    /// Spinning only helps when another CPU can run the peer meanwhile.
    public init(enabled: Bool = sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1) {
        adaptiveBudget = enabled ? Self.maxNanoseconds : 0
        idleCalls = enabled ? 0 : Int.min
    }

    public static let disabled = SpinPolicy(enabled: false)

    public mutating func record(hit: Bool) {
        if hit {
            adaptiveBudget = Self.maxNanoseconds
        } else {
            adaptiveBudget /= 2
            if adaptiveBudget < 2_000 { adaptiveBudget = 0 }
        }
    }

    /// Called when no spin was tried; returns to spinning after a while.
    public mutating func skipped() {
        guard idleCalls >= 0 else { return }
        idleCalls += 1
        if idleCalls >= Self.probeInterval {
            idleCalls = 0
            adaptiveBudget = Self.maxNanoseconds
        }
    }

    public static func now() -> Int64 { MonotonicTime.nanoseconds() }
}

/// Whether the machine has a CPU without a runnable task, from /proc/loadavg's
/// "running/total" field, sampled at most every two milliseconds.
struct LoadSample: Sendable {
    static let interval: Int64 = 2_000_000
    static let cpus = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    private var checkedAt: Int64 = 0
    private var idle = true

    mutating func hasIdleCPU() -> Bool {
        let now = SpinPolicy.now()
        guard now - checkedAt >= Self.interval else { return idle }
        checkedAt = now
        idle = Self.runnable().map { $0 <= Self.cpus } ?? true
        return idle
    }

    /// Runnable tasks now, the caller included.
    static func runnable() -> Int? {
        let fd = open("/proc/loadavg", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let n = read(fd, &buffer, buffer.count)
        guard n > 0 else { return nil }
        // "0.52 0.58 0.59 3/412 12345": the fourth field, before the slash.
        let fields = buffer.prefix(n).split(separator: UInt8(ascii: " "))
        guard fields.count >= 4, let slash = fields[3].firstIndex(of: UInt8(ascii: "/")) else { return nil }
        return Int(String(decoding: fields[3][..<slash], as: UTF8.self))
    }
}
