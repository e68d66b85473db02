import CTEEShims
#if canImport(Glibc)
import Glibc
#endif

/// Sealed anonymous memory files: the backing of all shared memory between worlds.
public enum MemoryFile {
    /// A new memfd of `size` bytes whose size nobody can change afterwards.
    public static func create(name: String, size: UInt64) throws(PlatformError) -> FileDescriptor {
        FileDescriptor(try PlatformError.check("memfd_create", stee_memfd_create(name, size)))
    }

    /// The size of a memfd received from a peer, after checking it is sealed against
    /// shrinking (so a mapping of it can never fault under the reader).
    public static func sealedSize(_ fd: Int32) throws(PlatformError) -> UInt64 {
        var size: UInt64 = 0
        _ = try PlatformError.check("memfd seals", stee_memfd_check(fd, &size))
        return size
    }
}

/// A shared mapping of a memory file, unmapped when released.
public final class SharedMapping: @unchecked Sendable {
    public let base: UnsafeMutableRawPointer
    public let size: Int
    private let mappedLength: Int

    /// Maps `size` bytes of `fd` read-write and shared. A zero-size region maps one page
    /// so that `base` is always a valid address.
    public init(fd: Int32, size: Int) throws(PlatformError) {
        let length = max(size, 1)
        let p = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
        guard let p, p != MAP_FAILED else { throw PlatformError("mmap", errno: errno) }
        base = p
        self.size = size
        mappedLength = length
    }

    public var buffer: UnsafeMutableRawBufferPointer { UnsafeMutableRawBufferPointer(start: base, count: size) }

    deinit { munmap(base, mappedLength) }
}

extension MemoryFile {
    /// A read-only, immutable in-memory copy of `contents` (sealed against writes and
    /// resizing): what teed hands a TA host to load, so the host cannot alter the image
    /// other instances will load.
    public static func sealedCopy(name: String, contents: UnsafeRawBufferPointer) throws(PlatformError) -> FileDescriptor {
        let fd = try PlatformError.check("memfd_create", stee_memfd_open(name))
        defer { close(fd) }
        var written = 0
        while written < contents.count {
            let n = write(fd, contents.baseAddress! + written, contents.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                throw PlatformError("write", errno: errno)
            }
            written += n
        }
        _ = try PlatformError.check("F_ADD_SEALS", stee_memfd_seal_immutable(fd))
        // Hand out a read-only descriptor of the same file.
        let readOnly = open("/proc/self/fd/\(fd)", O_RDONLY | O_CLOEXEC)
        guard readOnly >= 0 else { throw PlatformError("reopen memfd", errno: errno) }
        return FileDescriptor(readOnly)
    }
}
