import CTEEShims
import TEEABI
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// A SOCK_SEQPACKET endpoint that sends and receives whole protocol messages, with fds.
/// Not thread-safe: one owner at a time (callers serialise with their own lock).
public final class Channel: @unchecked Sendable {
    public static let maxFDs = 16

    public let fd: FileDescriptor
    private var writer = WireWriter(capacity: 512)
    private let receiveBuffer: UnsafeMutableRawBufferPointer
    private var fdBuffer = [Int32](repeating: -1, count: maxFDs)

    public init(_ fd: FileDescriptor) {
        self.fd = fd
        receiveBuffer = .allocate(byteCount: WireHeader.maxDatagram, alignment: 16)
    }

    deinit { receiveBuffer.deallocate() }

    /// Makes reads and writes fail with `.wouldBlock` instead of waiting (teed's side).
    public func setNonBlocking() {
        let flags = fcntl(fd.rawValue, F_GETFL)
        _ = fcntl(fd.rawValue, F_SETFL, flags | O_NONBLOCK)
    }

    public func send<M: WireMessage>(_ message: M, requestID: UInt32 = 0, fds: [Int32] = []) throws(TransportError) {
        writer.reset()
        message.encode(requestID: requestID, into: &writer)
        try sendRaw(writer.bytes, fds: fds)
    }

    public func sendRaw(_ bytes: [UInt8], fds: [Int32] = []) throws(TransportError) {
        guard bytes.count <= WireHeader.maxDatagram, fds.count <= Self.maxFDs else {
            throw .malformed(.tooLarge(bytes.count))
        }
        let rc = bytes.withUnsafeBytes { raw in
            fds.withUnsafeBufferPointer { stee_send(fd.rawValue, raw.baseAddress, raw.count, $0.baseAddress, Int32($0.count)) }
        }
        if rc < 0 { throw Self.error(Int32(-rc)) }
    }

    /// Receives one datagram. Throws `.closed` at end of stream and `.malformed` when the
    /// header does not decode (its fds are closed).
    public func receive() throws(TransportError) -> Datagram {
        try datagram(receiveRaw(flags: 0))
    }

    /// Receives one datagram, busy-polling for up to the policy's budget before sleeping.
    public func receive(spinning policy: inout SpinPolicy) throws(TransportError) -> Datagram {
        guard policy.budget > 0 else {
            policy.skipped()
            return try receive()
        }
        if let datagram = try poll(for: policy.budget) {
            policy.record(hit: true)
            return datagram
        }
        policy.record(hit: false)
        return try receive()
    }

    /// A datagram that arrives within `nanoseconds`, polling without sleeping; nil if none.
    /// Each empty poll yields the CPU, so a peer waiting on the same CPU runs at once.
    public func poll(for nanoseconds: Int64) throws(TransportError) -> Datagram? {
        let deadline = SpinPolicy.now() + nanoseconds
        repeat {
            do throws(TransportError) {
                return try datagram(receiveRaw(flags: Int32(MSG_DONTWAIT)))
            } catch .wouldBlock {
                sched_yield()
            }
        } while SpinPolicy.now() < deadline
        return nil
    }

    private var lastFDCount: Int32 = 0

    private func receiveRaw(flags: Int32) throws(TransportError) -> Int {
        var count: Int32 = 0
        let rc = stee_recv_flags(fd.rawValue, receiveBuffer.baseAddress, receiveBuffer.count, &fdBuffer, Int32(Self.maxFDs), &count, flags)
        if rc < 0 {
            if -rc == EMSGSIZE { throw .malformed(.tooLarge(receiveBuffer.count)) }
            throw Self.error(Int32(-rc))
        }
        if rc == 0 {
            // End of stream, or an empty datagram: either way nothing to decode, and any
            // descriptors that came with it must not stay open in this process.
            for i in 0..<Int(count) { close(fdBuffer[i]) }
            throw .closed
        }
        lastFDCount = count
        return rc
    }

    private func datagram(_ length: Int) throws(TransportError) -> Datagram {
        let fds = (0..<Int(lastFDCount)).map { FileDescriptor(fdBuffer[$0]) }
        let bytes = UnsafeRawBufferPointer(rebasing: receiveBuffer[0..<length])
        var reader = WireReader(bytes)
        let header: WireHeader
        do throws(WireError) {
            header = try WireHeader.decode(&reader)
        } catch {
            throw .malformed(error)
        }
        return Datagram(header: header, bytes: Array(bytes), fds: fds)
    }

    private static func error(_ errno: Int32) -> TransportError {
        switch errno {
        case EAGAIN: .wouldBlock
        case ECONNRESET, EPIPE, ENOTCONN: .closed
        default: .system(PlatformError("socket", errno: errno))
        }
    }
}
