import TEEABI
import TEEClient
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// Cancels a TA-to-TA call when it outlasts GP's cancellationRequestTimeout
/// (TEE_TIMEOUT_INFINITE: never) or when the calling TA's own operation is cancelled while
/// it has cancellation unmasked. A thread waits on a pipe (closed when the call is over),
/// the caller's session channel and the deadline; the host's single thread is blocked in
/// the call meanwhile, so the thread may read the caller's channel in its place.
enum CallWatchdog {
    /// What the watchdog watches of the calling TA: its client's channel and whether a
    /// cancellation arrived on it (reading it if needed).
    struct Caller {
        var channel: () -> Int32?
        var cancelled: () -> Bool
    }

    static func run<T>(timeoutMilliseconds: UInt32, caller: Caller?,
                       _ body: (TEECancellation?) throws(TEEError) -> T) throws(TEEError) -> T {
        let watchedFD = caller?.channel()
        guard timeoutMilliseconds != UInt32.max || watchedFD != nil else { return try body(nil) }
        let cancellation = TEECancellation()
        if caller?.cancelled() == true { cancellation.cancel() }
        var pipeFDs: [Int32] = [-1, -1]
        guard pipe(&pipeFDs) == 0 else { return try body(cancellation) }
        let job = Job(done: pipeFDs[0], timeout: timeoutMilliseconds, caller: caller, channel: watchedFD,
                      cancellation: cancellation)
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue().watch()
            return nil
        }, Unmanaged.passRetained(job).toOpaque()) == 0
        defer {
            close(pipeFDs[1])  // wakes the thread: its end reads EOF
            if started { pthread_join(thread, nil) }
            close(pipeFDs[0])
        }
        return try body(cancellation)
    }

    private final class Job {
        let done: Int32
        let deadline: Int64?
        let caller: Caller?
        var channel: Int32?
        let cancellation: TEECancellation

        init(done: Int32, timeout: UInt32, caller: Caller?, channel: Int32?, cancellation: TEECancellation) {
            self.done = done
            deadline = timeout == UInt32.max ? nil : MonotonicTime.milliseconds() + Int64(timeout)
            self.caller = caller
            self.channel = channel
            self.cancellation = cancellation
        }

        func watch() {
            while true {
                var fds = [pollfd(fd: done, events: Int16(POLLIN), revents: 0)]
                if let channel { fds.append(pollfd(fd: channel, events: Int16(POLLIN), revents: 0)) }
                let wait = deadline.map { Int32(clamping: max(0, $0 - MonotonicTime.milliseconds())) } ?? -1
                let ready = poll(&fds, nfds_t(fds.count), wait)
                if ready < 0 && errno == EINTR { continue }
                if ready < 0 || fds[0].revents != 0 { return }
                if ready == 0 {
                    cancellation.cancel()  // the timeout
                    return
                }
                if let caller, fds.count > 1, fds[1].revents != 0 {
                    if caller.cancelled() {
                        cancellation.cancel()
                        return
                    }
                    // A closed channel stays readable: stop watching it.
                    if caller.channel() == nil { channel = nil }
                }
            }
        }
    }
}
