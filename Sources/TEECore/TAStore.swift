import Logging
import TEEABI
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// The TA directory: `<uuid>.ta` files. An image is read once into a sealed in-memory
/// copy, which is what TA hosts load; the copy is reused until the file changes.
final class TAStore {
    static let maxImageSize = 64 << 20

    let directory: String
    private let logger: Logger
    private var cache: [TEEUUID: (key: FileKey, image: FileDescriptor)] = [:]

    private struct FileKey: Equatable {
        var device: UInt64, inode: UInt64, size: Int64, mtime: Int, mtimeNanos: Int
    }

    init(directory: String, logger: Logger) {
        self.directory = directory
        self.logger = logger
    }

    func path(for uuid: TEEUUID) -> String { "\(directory)/\(uuid).ta" }

    /// The verified in-memory image for `uuid`: ITEM_NOT_FOUND if no such TA is installed,
    /// BAD_FORMAT / SECURITY if its file is unusable.
    func image(for uuid: TEEUUID) throws(TEEError) -> FileDescriptor {
        // O_NONBLOCK: a FIFO planted in the TA directory must not block teed.
        let fd = open(path(for: uuid), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { throw errno == ENOENT ? .tee(.itemNotFound) : .tee(.accessDenied) }
        let file = FileDescriptor(fd)
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { throw .tee(.badFormat) }
        let key = FileKey(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
                          mtime: st.st_mtim.tv_sec, mtimeNanos: st.st_mtim.tv_nsec)
        if let cached = cache[uuid], cached.key == key { return cached.image }
        guard st.st_size > 0, st.st_size <= Self.maxImageSize else { throw .tee(.badFormat) }
        let contents = try read(file, size: Int(st.st_size))
        // Signed images (OP-TEE's shdr format) are verified here, on this copy, before any
        // host sees them; until then only plain ELF shared objects are accepted.
        guard contents.starts(with: [0x7F, 0x45, 0x4C, 0x46]) else { throw .tee(.badFormat) }
        logger.notice("TA image is an unsigned ELF object: loaded without signature verification (development mode)",
                      metadata: ["ta": "\(uuid)", "bytes": "\(contents.count)"])
        guard let image = contents.withUnsafeBytes({ try? MemoryFile.sealedCopy(name: "ta-\(uuid)", contents: $0) }) else {
            throw .tee(.outOfMemory)
        }
        cache[uuid] = (key, image)
        return image
    }

    /// UUIDs of every installed TA, sorted.
    func installed() -> [TEEUUID] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var found = [TEEUUID]()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name.hasSuffix(".ta"), let uuid = TEEUUID(String(name.dropLast(3))) else { continue }
            found.append(uuid)
        }
        return found.sorted()
    }

    private func read(_ file: FileDescriptor, size: Int) throws(TEEError) -> [UInt8] {
        var contents = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = contents.withUnsafeMutableBytes { Glibc.read(file.rawValue, $0.baseAddress! + done, size - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw .tee(.badFormat) }
            done += n
        }
        return contents
    }
}
