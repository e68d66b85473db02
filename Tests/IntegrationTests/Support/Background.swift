import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What a thread runs; non-generic so a C thread entry can call it.
class ThreadJob: @unchecked Sendable {
    func run() {}

    final func start() {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        defer { pthread_attr_destroy(&attributes) }
        var thread = pthread_t()
        let raw = Unmanaged.passRetained(self).toOpaque()
        let rc = pthread_create(&thread, &attributes, { arg in
            Unmanaged<ThreadJob>.fromOpaque(arg!).takeRetainedValue().run()
            return nil
        }, raw)
        precondition(rc == 0, "pthread_create failed: \(rc)")
    }
}

/// Blocking work on a thread of its own (never on Swift concurrency's small pool, which a
/// blocked TEE call would starve). Results come back to the test's thread, where the
/// expectations are checked.
final class Background<T: Sendable>: ThreadJob, @unchecked Sendable {
    private let body: @Sendable () -> T
    private let state = Mutex<T?>(nil)

    init(_ body: @escaping @Sendable () -> T) {
        self.body = body
        super.init()
        start()
    }

    override func run() {
        let value = body()
        state.withLock { $0 = value }
    }

    var result: T? { state.withLock { $0 } }
    var isFinished: Bool { result != nil }

    /// The result, or nil if the work has not finished within `timeout` seconds.
    func wait(timeout: Double) -> T? {
        let deadline = Clock.now + timeout
        while Clock.now < deadline {
            if let result { return result }
            usleep(1_000)
        }
        return result
    }
}

/// A small deterministic generator, so a failure reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
