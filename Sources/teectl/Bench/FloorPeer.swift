#if canImport(Glibc)
import Glibc
#endif

/// The floor: a plain two-process AF_UNIX SOCK_SEQPACKET ping-pong of 64-byte messages with
/// blocking read/write, no TEE code involved. The peer is this executable re-run as
/// `teectl bench-worker echo` with its end of the socket pair as fd 3.
final class FloorPeer {
    static let messageSize = 64

    private let socket: Int32
    private let pid: pid_t
    private let message: UnsafeMutableRawBufferPointer

    /// Starts the echo process; `peerCPU`: where to pin it (the caller pins itself).
    init(peerCPU: Int?) throws {
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw BenchError("socketpair: errno \(errno)")
        }
        do {
            pid = try BenchProcess.spawn(BenchProcess.selfExecutable, ["teectl", "bench-worker", "echo"], fds: [3: pair[1]])
        } catch {
            close(pair[0]); close(pair[1])
            throw error
        }
        close(pair[1])
        socket = pair[0]
        message = .allocate(byteCount: Self.messageSize, alignment: 16)
        message.initializeMemory(as: UInt8.self, repeating: 0x5A)
        if let peerCPU { try CPUAffinity.pin(pid, to: peerCPU) }
    }

    deinit {
        close(socket)
        BenchProcess.wait(pid)
        message.deallocate()
    }

    /// One timed round trip: write 64 bytes, read the echo.
    @inline(__always)
    func roundTrip() throws -> UInt64 {
        let start = MonotonicClock.now()
        guard write(socket, message.baseAddress, Self.messageSize) == Self.messageSize,
              read(socket, message.baseAddress, Self.messageSize) == Self.messageSize else {
            throw BenchError("the echo peer stopped answering")
        }
        return MonotonicClock.now() &- start
    }

    /// The peer's side: echo every message until the socket closes.
    static func echo(fd: Int32) -> Never {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { exit(0) }
            if write(fd, buffer, n) != n { exit(1) }
        }
    }
}
