import TEEClient
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// A client that speaks to teed's socket byte by byte, for sending what no real client
/// library would.
final class RawClient {
    let fd: Int32

    enum Reply: Equatable, CustomStringConvertible {
        case datagram([UInt8])
        case closed
        case timeout
        case failed(Int32)

        var description: String {
            switch self {
            case let .datagram(bytes): "datagram of \(bytes.count) bytes (opcode 0x\(String(bytes.count > 3 ? bytes[3] : 0, radix: 16)))"
            case .closed: "closed"
            case .timeout: "no answer"
            case let .failed(e): "errno \(e)"
            }
        }
    }

    init(_ socketPath: String) throws {
        do throws(PlatformError) {
            fd = try UnixSocket.connect(path: socketPath).release()
        } catch {
            throw FixtureError("connect \(socketPath): \(error)")
        }
    }

    /// Takes ownership of an already connected socket.
    init(adopting fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    /// Sends one datagram, optionally with descriptors; 0 or the errno.
    @discardableResult
    func send(_ bytes: [UInt8], fds: [Int32] = []) -> Int32 {
        var payload = bytes
        let control = CMSGBuffer(fds)
        let rc = payload.withUnsafeMutableBytes { raw -> Int in
            var iov = iovec(iov_base: raw.baseAddress, iov_len: raw.count)
            return withUnsafeMutablePointer(to: &iov) { iovp in
                var msg = msghdr()
                msg.msg_iov = iovp
                msg.msg_iovlen = 1
                return control.withMessage(&msg) { sendmsg(fd, $0, Int32(MSG_NOSIGNAL)) }
            }
        }
        return rc < 0 ? errno : 0
    }

    func send<M: WireMessage>(_ message: M, requestID: UInt32 = 1, fds: [Int32] = []) -> Int32 {
        send(message.datagram(requestID: requestID), fds: fds)
    }

    /// The next datagram, the end of the connection, or nothing within `timeout` seconds.
    func receive(timeout: Double = 10) -> Reply {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let rc = poll(&pfd, 1, Int32(timeout * 1000))
        if rc == 0 { return .timeout }
        if rc < 0 { return .failed(errno) }
        var buffer = [UInt8](repeating: 0, count: 128 * 1024)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if n == 0 { return .closed }
        if n < 0 { return errno == ECONNRESET ? .closed : .failed(errno) }
        return .datagram(Array(buffer.prefix(n)))
    }

    /// What teed did with a datagram it must refuse: `nil` if it answered with an
    /// ErrorReply (BAD_FORMAT) and closed, or closed outright; otherwise what went wrong.
    func refusal(timeout: Double = 10) -> String? {
        switch receive(timeout: timeout) {
        case .closed:
            return nil
        case let .datagram(bytes):
            guard let (_, error) = try? decode(bytes, as: ErrorReply.self) else { return "unexpected reply: \(bytes.prefix(32))" }
            guard error.result == .badFormat else { return "error reply with \(error.result)" }
            let next = receive(timeout: timeout)
            return next == .closed ? nil : "connection not closed after the error reply: \(next)"
        case let other:
            return "\(other)"
        }
    }

    /// A request and its decoded reply.
    func call<Request: WireMessage, Reply: WireMessage>(_ request: Request, requestID: UInt32, expecting: Reply.Type) -> Reply? {
        guard send(request, requestID: requestID) == 0, case let .datagram(bytes) = receive(),
              let (header, reply) = try? decode(bytes, as: Reply.self), header.requestID == requestID else { return nil }
        return reply
    }
}

/// SCM_RIGHTS control data for `sendmsg`.
private struct CMSGBuffer {
    let fds: [Int32]
    init(_ fds: [Int32]) { self.fds = fds }

    func withMessage<R>(_ msg: inout msghdr, _ body: (UnsafePointer<msghdr>) -> R) -> R {
        guard !fds.isEmpty else { return body(&msg) }
        let headerSize = MemoryLayout<cmsghdr>.size
        let dataSize = fds.count * MemoryLayout<Int32>.size
        let space = headerSize + (dataSize + 7) & ~7
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: space, alignment: 8)
        defer { buffer.deallocate() }
        buffer.initializeMemory(as: UInt8.self, repeating: 0, count: space)
        let header = buffer.bindMemory(to: cmsghdr.self, capacity: 1)
        header.pointee.cmsg_len = headerSize + dataSize
        header.pointee.cmsg_level = SOL_SOCKET
        header.pointee.cmsg_type = Int32(SCM_RIGHTS)
        fds.withUnsafeBytes { (buffer + headerSize).copyMemory(from: $0.baseAddress!, byteCount: dataSize) }
        msg.msg_control = buffer
        msg.msg_controllen = space
        return body(&msg)
    }
}

/// `decodeDatagram` over an array.
func decode<M: WireMessage>(_ bytes: [UInt8], as type: M.Type) throws -> (WireHeader, M) {
    try bytes.withUnsafeBytes { raw in try decodeDatagram(raw, as: M.self) }
}
