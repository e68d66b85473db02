import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// `StorageBackend` on a POSIX directory. The directory (created 0700) is opened once and every
/// file is reached relative to it (`openat`), never following a symbolic link; files are
/// created 0600, exclusively (a leftover of the same name is unlinked first, so a planted
/// hard link is never written through), and synced before a call returns.
public final class FileSystemBackend: StorageBackend {
    public let path: String
    private let directory: FileDescriptor
    /// Larger files are not ours (an object's data is at most 4 GiB).
    static let readLimit = Int(UInt32.max) + (1 << 20)

    /// Opens `path`, creating it (and its parents) 0700 if missing; an existing directory
    /// keeps its mode (the anchor's backend is teed's state directory).
    public init(directory path: String) throws(StorageError) {
        self.path = path
        do throws(PlatformError) {
            try TEEPaths.makeDirectory(path)
        } catch {
            throw .unavailable("storage directory \(path): \(error)")
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw Self.failure("open", path, errno) }
        directory = FileDescriptor(fd)
    }

    public func read(_ name: String) throws(StorageError) -> [UInt8] {
        let fd = openat(directory.rawValue, try Self.checked(name), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT { throw .notFound }
            throw Self.failure("open", name, errno)
        }
        do throws(PlatformError) {
            return try RegularFile.read(FileDescriptor(fd), limit: Self.readLimit, name: name)
        } catch {
            throw .unavailable(error.description)
        }
    }

    public func create(_ name: String, _ bytes: [UInt8]) throws(StorageError) {
        let name = try Self.checked(name)
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW
        var fd = openat(directory.rawValue, name, flags, 0o600)
        if fd < 0 && errno == EEXIST {
            unlinkat(directory.rawValue, name, 0)
            fd = openat(directory.rawValue, name, flags, 0o600)
        }
        guard fd >= 0 else { throw Self.failure("create", name, errno) }
        let file = FileDescriptor(fd)
        do throws(StorageError) {
            try Self.write(fd, bytes, at: 0, name: name)
            guard fsync(fd) == 0 else { throw Self.failure("fsync", name, errno) }
        } catch {
            file.close()
            unlinkat(directory.rawValue, name, 0)
            throw error
        }
    }

    public func overwrite(_ name: String, at offset: Int, _ bytes: [UInt8]) throws(StorageError) {
        let name = try Self.checked(name)
        let fd = openat(directory.rawValue, name, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw fdFailure("open", name) }
        let file = FileDescriptor(fd)
        try Self.write(file.rawValue, bytes, at: offset, name: name)
        guard fdatasync(fd) == 0 else { throw Self.failure("fdatasync", name, errno) }
    }

    public func rename(_ from: String, to: String) throws(StorageError) {
        guard renameat(directory.rawValue, try Self.checked(from), directory.rawValue, try Self.checked(to)) == 0 else {
            throw Self.failure("rename", from, errno)
        }
    }

    public func remove(_ name: String) throws(StorageError) {
        guard unlinkat(directory.rawValue, try Self.checked(name), 0) == 0 else { throw fdFailure("unlink", name) }
    }

    public func syncDirectory() throws(StorageError) {
        guard fsync(directory.rawValue) == 0 else { throw Self.failure("fsync", path, errno) }
    }

    public func list() throws(StorageError) -> [String] {
        let fd = openat(directory.rawValue, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0, let stream = fdopendir(fd) else {
            if fd >= 0 { close(fd) }
            throw Self.failure("opendir", path, errno)
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    private func fdFailure(_ call: String, _ name: String) -> StorageError {
        errno == ENOENT ? .notFound : Self.failure(call, name, errno)
    }

    private static func write(_ fd: Int32, _ bytes: [UInt8], at offset: Int, name: String) throws(StorageError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw failure("write", name, n < 0 ? errno : EIO) }
            done += n
        }
    }

    /// A name the backend accepts: one path component.
    private static func checked(_ name: String) throws(StorageError) -> String {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), name.utf8.count <= 255 else {
            throw .unavailable("invalid storage file name")
        }
        return name
    }

    static func failure(_ call: String, _ name: String, _ code: Int32) -> StorageError {
        switch code {
        case ENOSPC, EDQUOT: .noSpace
        default: .unavailable("\(call) \(name): \(String(cString: strerror(code)))")
        }
    }
}
