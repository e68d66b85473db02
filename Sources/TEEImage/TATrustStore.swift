import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// The public keys TA images may be signed with: every `*.pem` file in a directory holding
/// an RSA SubjectPublicKeyInfo of 2048…8192 bits. Files that are not such keys are skipped
/// and reported, never fatal, so one bad file does not take the others down.
public struct TATrustStore: Sendable {
    public struct Entry: Sendable {
        public var file: String
        public var key: RSAPublicKey
    }

    public var directory: String
    public var entries: [Entry]
    /// Files that looked like keys but were not usable, and why.
    public var skipped: [(file: String, reason: String)]
    /// Configuration problems worth a warning (loose permissions).
    public var warnings: [String]

    public var keys: [RSAPublicKey] { entries.map(\.key) }
    public var verifier: TAImageVerifier { TAImageVerifier(trustedKeys: keys) }

    public func contains(_ fingerprint: [UInt8]) -> Bool { entries.contains { $0.key.fingerprint == fingerprint } }

    /// Reads every key file in `directory` (which must exist).
    public static func load(directory: String) throws(TAKeyError) -> TATrustStore {
        guard let dir = opendir(directory) else {
            throw TAKeyError("trust store \(directory)", PlatformError("opendir", errno: errno))
        }
        var names = [String]()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".pem"), !name.hasPrefix(".") { names.append(name) }
        }
        closedir(dir)
        var store = TATrustStore(directory: directory, entries: [], skipped: [], warnings: [])
        var st = stat()
        if stat(directory, &st) == 0, st.st_mode & 0o022 != 0 {
            store.warnings.append("trust store \(directory) is writable by group or others (mode \(String(st.st_mode & 0o777, radix: 8)))")
        }
        for name in names.sorted() {
            let path = directory + "/" + name
            do throws(TAKeyError) {
                store.entries.append(Entry(file: path, key: try loadKey(path)))
            } catch {
                store.skipped.append((path, error.description))
            }
        }
        return store
    }

    private static func loadKey(_ path: String) throws(TAKeyError) -> RSAPublicKey {
        let pem: [UInt8]
        do throws(PlatformError) {
            pem = try RegularFile.read(path, limit: 64 << 10)
        } catch {
            throw TAKeyError("cannot read", error)
        }
        let key: RSAPublicKey
        do throws(TAImageError) {
            key = try RSAPublicKey(pem: pem)
        } catch {
            throw TAKeyError("\(error)")
        }
        guard TAImageSigner.keyBits.contains(key.bits) else {
            throw TAKeyError("an RSA key of \(key.bits) bits (2048…8192 are trusted)")
        }
        return key
    }
}
