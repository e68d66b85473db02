#if canImport(Glibc)
import Glibc
#endif

/// Whole regular files read into memory, size-bounded: FIFOs, devices and directories
/// are refused (a FIFO must never block the reader), and so are files larger than `limit`.
public enum RegularFile {
    /// Fails with ENOENT if missing, ENODEV for anything but a regular file, EFBIG beyond `limit`.
    public static func read(_ path: String, limit: Int, followSymlinks: Bool = true) throws(PlatformError) -> [UInt8] {
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followSymlinks ? 0 : O_NOFOLLOW)
        let fd = open(path, flags)
        guard fd >= 0 else { throw PlatformError("open \(path)", errno: errno) }
        let file = FileDescriptor(fd)
        return try read(file, limit: limit, name: path)
    }

    /// The contents of an open file, read from its start.
    public static func read(_ file: FileDescriptor, limit: Int, name: String) throws(PlatformError) -> [UInt8] {
        var st = stat()
        guard fstat(file.rawValue, &st) == 0 else { throw PlatformError("fstat \(name)", errno: errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw PlatformError("not a regular file: \(name)", errno: ENODEV) }
        guard st.st_size >= 0, st.st_size <= limit else { throw PlatformError("too large: \(name)", errno: EFBIG) }
        let size = Int(st.st_size)
        var contents = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = contents.withUnsafeMutableBytes { pread(file.rawValue, $0.baseAddress! + done, size - done, off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw PlatformError("read \(name)", errno: errno) }
            // A file that shrank while being read is not the file that was measured.
            guard n > 0 else { throw PlatformError("short read: \(name)", errno: EIO) }
            done += n
        }
        return contents
    }
}
