#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock (`flock`), released when the value goes away or the holder
/// dies, however it dies. teed holds one for its life as the proof that only one teed
/// serves a socket; short critical sections (creating a key once) wait for theirs.
public final class FileLock {
    private let fd: FileDescriptor

    /// Returns nil when another process holds the lock.
    public init?(path: String) throws(PlatformError) {
        fd = try Self.open(path)
        if flock(fd.rawValue, LOCK_EX | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK { return nil }
            throw PlatformError("flock \(path)", errno: errno)
        }
    }

    /// Waits until the lock is free and takes it.
    public init(waitingFor path: String) throws(PlatformError) {
        fd = try Self.open(path)
        while flock(fd.rawValue, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw PlatformError("flock \(path)", errno: errno)
        }
    }

    private static func open(_ path: String) throws(PlatformError) -> FileDescriptor {
        let raw = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard raw >= 0 else { throw PlatformError("open \(path)", errno: errno) }
        return FileDescriptor(raw)
    }
}
