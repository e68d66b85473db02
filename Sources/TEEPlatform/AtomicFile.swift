#if canImport(Glibc)
import Glibc
#endif

/// Files replaced as a whole: a crash at any instant leaves either the old or the new
/// contents under the name, never a mix (write a temporary, fsync, rename, fsync the directory).
public enum AtomicFile {
    /// Replaces `path` with `contents`, created with `mode`.
    public static func write(_ path: String, contents: [UInt8], mode: mode_t) throws(PlatformError) {
        try write(path, mode: mode) { fd throws(PlatformError) in try writeAll(fd, contents) }
    }

    /// Replaces `path` with what `fill` writes to the temporary file's descriptor.
    public static func write(_ path: String, mode: mode_t,
                             fill: (Int32) throws(PlatformError) -> Void) throws(PlatformError) {
        let temporary = "\(path).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw PlatformError("create \(temporary)", errno: errno) }
        let file = FileDescriptor(fd)
        do throws(PlatformError) {
            try fill(fd)
            // The mode is what the caller asked for, whatever the umask or an old temporary had.
            guard fchmod(fd, mode) == 0 else { throw PlatformError("fchmod \(temporary)", errno: errno) }
            guard fsync(fd) == 0 else { throw PlatformError("fsync \(temporary)", errno: errno) }
            file.close()
            guard rename(temporary, path) == 0 else { throw PlatformError("rename \(temporary)", errno: errno) }
        } catch {
            file.close()
            unlink(temporary)
            throw error
        }
        try syncDirectory(of: path)
    }

    /// Makes a rename in the directory holding `path` durable.
    public static func syncDirectory(of path: String) throws(PlatformError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw PlatformError("open \(directory)", errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw PlatformError("fsync \(directory)", errno: errno) }
    }

    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(PlatformError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw PlatformError("write", errno: n < 0 ? errno : EIO) }
            done += n
        }
    }
}
