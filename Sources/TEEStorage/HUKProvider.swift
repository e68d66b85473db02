import CTEECryptoBackend
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// Where the hardware-unique key comes from. On a board it would be fused or sealed by a
/// TPM; `source` says which, for teed's honest-configuration report (never the key).
public protocol HUKProvider {
    var source: String { get }
    /// The 32-byte HUK.
    func hardwareUniqueKey() throws(StorageError) -> StorageKey
}

/// The HUK as a 32-byte file readable only by teed's user.
///
/// - `development(stateDirectory:)`: `<state>/keys/huk`, generated from the kernel CSPRNG
///   on first use (0600 in a 0700 directory, written atomically under `keys/.lock`, so
///   processes racing here end up with one key).
/// - `init(suppliedFile:)`: a key the operator provides (for example `head -c 32
///   /dev/urandom > huk; chmod 600 huk`, or a file a TPM unseals at boot); it must exist,
///   hold exactly 32 bytes and be closed to group and others. Never generated.
///
/// Either way the key is only as safe as the file: anyone who can read it as teed's user
/// (or root) can decrypt the store. `source` says so.
public struct FileHUKProvider: HUKProvider, Sendable {
    public let path: String
    public let generatesOnFirstUse: Bool

    public static func keyPath(stateDirectory: String) -> String { stateDirectory + "/keys/huk" }

    public static func development(stateDirectory: String) -> FileHUKProvider {
        FileHUKProvider(path: keyPath(stateDirectory: stateDirectory), generatesOnFirstUse: true)
    }

    public init(suppliedFile path: String) {
        self.init(path: path, generatesOnFirstUse: false)
    }

    private init(path: String, generatesOnFirstUse: Bool) {
        self.path = path
        self.generatesOnFirstUse = generatesOnFirstUse
    }

    public var source: String {
        generatesOnFirstUse
            ? "file \(path) (development key generated on first use; protected only by file permissions)"
            : "file \(path) (supplied; protected only by file permissions)"
    }

    public func hardwareUniqueKey() throws(StorageError) -> StorageKey {
        do throws(PlatformError) {
            if generatesOnFirstUse { try generateIfMissing() }
            return try load()
        } catch {
            throw .unavailable("HUK \(path): \(error)")
        }
    }

    private func load() throws(PlatformError) -> StorageKey {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { throw PlatformError("open", errno: errno) }
        let file = FileDescriptor(fd)
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw PlatformError("fstat", errno: errno) }
        guard st.st_mode & 0o077 == 0 else { throw PlatformError("group or others may access the key file", errno: EPERM) }
        var bytes = try RegularFile.read(file, limit: StorageKey.byteCount + 1, name: path)
        guard let key = StorageKey(consuming: &bytes) else {
            bytes.withUnsafeMutableBytes { stee_cleanse($0.baseAddress, $0.count) }
            throw PlatformError("the key file must hold exactly \(StorageKey.byteCount) bytes", errno: EINVAL)
        }
        return key
    }

    private func generateIfMissing() throws(PlatformError) {
        guard access(path, F_OK) != 0 else { return }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        try TEEPaths.makeDirectory(directory)
        guard chmod(directory, 0o700) == 0 else { throw PlatformError("chmod \(directory)", errno: errno) }
        let lock = try FileLock(waitingFor: directory + "/.lock")
        defer { withExtendedLifetime(lock) {} }
        guard access(path, F_OK) != 0 else { return }
        var key = [UInt8](repeating: 0, count: StorageKey.byteCount)
        defer { key.withUnsafeMutableBytes { stee_cleanse($0.baseAddress, $0.count) } }
        let rc = key.withUnsafeMutableBytes { stee_crypto_random($0.baseAddress, $0.count) }
        guard rc == 0 else { throw PlatformError("getrandom", errno: EIO) }
        try AtomicFile.write(path, contents: key, mode: 0o600)
    }
}
