import Logging
import TEEABI
import TEEImage
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// The TA directory: `<uuid>.ta` files, each a signed image (OP-TEE's shdr format). An image
/// is read once into memory and verified there: signature by a trusted key, image type, the
/// UUID it was signed for, its version against the anti-rollback floor. Only then does its
/// ELF payload go into a sealed memfd, which is what TA hosts load; that copy is reused
/// until the file changes. Anything wrong with an image is `SECURITY`, logged with the reason.
final class TAStore {
    static let maxImageSize = SignedTAImage.maxSize

    let directory: String
    /// The trusted keys; teed sets them once it has read its trust store.
    var verifier = TAImageVerifier(trustedKeys: [])
    let floors: TAVersionFloors
    private let logger: Logger
    private var cache: [TEEUUID: (key: FileKey, image: FileDescriptor)] = [:]
    /// Files already refused for what they contain: refused again without another read
    /// (and without another log line), until they change.
    private var refused: [TEEUUID: FileKey] = [:]

    private struct FileKey: Equatable {
        var device: UInt64, inode: UInt64, size: Int64
        var mtime: Int, mtimeNanos: Int, ctime: Int, ctimeNanos: Int
    }

    /// Why an image is not loaded, and whether that stands until its file changes.
    private struct Refusal: Error {
        var reason: String
        var aboutImage = true
        var result = TEEResult.security
    }

    init(directory: String, floors: TAVersionFloors, logger: Logger) {
        self.directory = directory
        self.floors = floors
        self.logger = logger
    }

    func path(for uuid: TEEUUID) -> String { "\(directory)/\(uuid).ta" }

    /// The verified in-memory ELF object for `uuid`: ITEM_NOT_FOUND if no such TA is installed,
    /// SECURITY if its image is not one teed may run.
    func image(for uuid: TEEUUID) throws(TEEError) -> FileDescriptor {
        // O_NONBLOCK: a FIFO planted in the TA directory must not block teed.
        let fd = open(path(for: uuid), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { throw errno == ENOENT ? .tee(.itemNotFound) : .tee(.accessDenied) }
        let file = FileDescriptor(fd)
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .tee(.accessDenied) }
        let key = FileKey(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
                          mtime: st.st_mtim.tv_sec, mtimeNanos: st.st_mtim.tv_nsec,
                          ctime: st.st_ctim.tv_sec, ctimeNanos: st.st_ctim.tv_nsec)
        if let cached = cache[uuid], cached.key == key { return cached.image }
        if refused[uuid] == key {
            logger.debug("TA image refused again (unchanged since its refusal)", metadata: ["ta": "\(uuid)"])
            throw .tee(.security)
        }
        do throws(Refusal) {
            let image = try load(uuid, file: file)
            cache[uuid] = (key, image)
            refused[uuid] = nil
            return image
        } catch {
            logger.warning("TA image refused: \(error.reason)", metadata: ["ta": "\(uuid)", "path": "\(path(for: uuid))"])
            if error.aboutImage { refused[uuid] = key }
            throw .tee(error.result)
        }
    }

    /// Reads, verifies and admits the image, and seals its payload.
    private func load(_ uuid: TEEUUID, file: FileDescriptor) throws(Refusal) -> FileDescriptor {
        let contents: [UInt8]
        do throws(PlatformError) {
            contents = try RegularFile.read(file, limit: Self.maxImageSize, name: path(for: uuid))
        } catch {
            throw Refusal(reason: "unreadable: \(error)")
        }
        let verified: VerifiedTAImage
        do throws(TAImageError) {
            verified = try verifier.verify(contents)
        } catch {
            throw Refusal(reason: error.description)
        }
        guard verified.uuid == uuid else {
            throw Refusal(reason: "the image is signed for TA \(verified.uuid), not for the UUID it is installed under")
        }
        do throws(TAVersionFloors.Refusal) {
            try floors.admit(uuid, version: verified.taVersion)
        } catch {
            throw Refusal(reason: error.description, aboutImage: error.isAboutImage)
        }
        let payload = verified.payloadRange
        let sealed = contents.withUnsafeBytes { raw in
            try? MemoryFile.sealedCopy(name: "ta-\(uuid)", contents: UnsafeRawBufferPointer(rebasing: raw[payload]))
        }
        guard let sealed else { throw Refusal(reason: "cannot copy the verified image into memory", aboutImage: false, result: .outOfMemory) }
        logger.info("TA image verified", metadata: [
            "ta": "\(uuid)", "version": "\(verified.taVersion)", "algorithm": "\(verified.algorithm)",
            "key": "\(verified.signer)", "bytes": "\(payload.count)",
        ])
        return sealed
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
}
