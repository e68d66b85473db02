import CTEEShims
#if canImport(Glibc)
import Glibc
#endif

/// AF_UNIX SOCK_SEQPACKET sockets: datagrams with boundaries, in order, with fd passing.
public enum UnixSocket {
    /// Connects to `path`.
    public static func connect(path: String) throws(PlatformError) -> FileDescriptor {
        let fd = socket(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw PlatformError("socket", errno: errno) }
        let owned = FileDescriptor(fd)
        var addr = try address(path)
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard rc == 0 else { throw PlatformError("connect \(path)", errno: errno) }
        return owned
    }

    /// Binds and listens on `path`. The caller decides what to do with a stale file first.
    public static func listen(path: String, backlog: Int32 = 128) throws(PlatformError) -> FileDescriptor {
        let fd = socket(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { throw PlatformError("socket", errno: errno) }
        let owned = FileDescriptor(fd)
        var addr = try address(path)
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard rc == 0 else { throw PlatformError("bind \(path)", errno: errno) }
        guard Glibc.listen(fd, backlog) == 0 else { throw PlatformError("listen", errno: errno) }
        return owned
    }

    /// Accepts one pending connection, or nil when none is waiting.
    public static func accept(_ listener: Int32) throws(PlatformError) -> FileDescriptor? {
        let fd = stee_accept(listener)
        if fd < 0 {
            if -fd == EAGAIN || -fd == EINTR || -fd == ECONNABORTED { return nil }
            throw PlatformError("accept", errno: -fd)
        }
        return FileDescriptor(fd)
    }

    /// A connected pair, both ends close-on-exec.
    public static func pair() throws(PlatformError) -> (FileDescriptor, FileDescriptor) {
        var fds: [Int32] = [-1, -1]
        _ = try PlatformError.check("socketpair", stee_socketpair_seqpacket(&fds))
        return (FileDescriptor(fds[0]), FileDescriptor(fds[1]))
    }

    private static func address(_ path: String) throws(PlatformError) -> sockaddr_un {
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: addr.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity else { throw PlatformError("socket path too long", errno: ENAMETOOLONG) }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return addr
    }
}
