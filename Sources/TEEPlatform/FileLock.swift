#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock held for the life of the process: the proof that only one
/// teed serves a socket. The kernel drops it when the holder dies, however it dies.
public final class FileLock {
    private let fd: FileDescriptor

    /// Returns nil when another process holds the lock.
    public init?(path: String) throws(PlatformError) {
        let raw = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard raw >= 0 else { throw PlatformError("open \(path)", errno: errno) }
        fd = FileDescriptor(raw)
        if flock(raw, LOCK_EX | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK { return nil }
            throw PlatformError("flock \(path)", errno: errno)
        }
    }
}
