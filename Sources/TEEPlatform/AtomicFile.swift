#if canImport(Glibc)
import Glibc
#endif

/// Small files replaced all at once: the new contents go to a temporary file that is
/// synced and renamed over the old one, and the directory is synced, so a crash leaves
/// either the old file or the new one.
public enum AtomicFile {
    public static func write(_ path: String, contents: [UInt8], mode: mode_t = 0o600) throws(PlatformError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw PlatformError("open \(temporary)", errno: errno) }
        let file = FileDescriptor(fd)
        var done = 0
        while done < contents.count {
            let n = contents.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, contents.count - done) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                file.close()
                unlink(temporary)
                throw PlatformError("write \(temporary)", errno: errno)
            }
            done += n
        }
        guard fsync(fd) == 0 else {
            let code = errno
            file.close()
            unlink(temporary)
            throw PlatformError("fsync \(temporary)", errno: code)
        }
        file.close()
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw PlatformError("rename \(path)", errno: code)
        }
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let dirFD = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 {
            fsync(dirFD)
            close(dirFD)
        }
    }
}
