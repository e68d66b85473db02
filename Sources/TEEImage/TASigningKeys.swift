import CTEECrypto
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// The installation's own TA signing key and where keys live in the state directory:
///
///     <state>/keys/                     0700
///     <state>/keys/ta-signing.pem       RSA-3072 private key, PKCS#8 PEM, 0600
///     <state>/keys/trusted/             the default trust store, 0700
///     <state>/keys/trusted/ta-signing.pem   its public key (SubjectPublicKeyInfo PEM)
public enum TASigningKeys {
    public static let installationKeyBits: UInt32 = 3072

    public static func keysDirectory(stateDirectory: String) -> String { stateDirectory + "/keys" }
    public static func installationKeyPath(stateDirectory: String) -> String { keysDirectory(stateDirectory: stateDirectory) + "/ta-signing.pem" }
    public static func defaultTrustStore(stateDirectory: String) -> String { keysDirectory(stateDirectory: stateDirectory) + "/trusted" }
    public static func installationPublicKeyPath(stateDirectory: String) -> String { defaultTrustStore(stateDirectory: stateDirectory) + "/ta-signing.pem" }

    public static func installationKeyExists(stateDirectory: String) -> Bool {
        access(installationKeyPath(stateDirectory: stateDirectory), F_OK) == 0
    }

    /// The installation key, or nil if none has been generated.
    public static func installationKey(stateDirectory: String) throws(TAKeyError) -> RSAPrivateKey? {
        let path = installationKeyPath(stateDirectory: stateDirectory)
        guard access(path, F_OK) == 0 else { return nil }
        do throws(TAImageError) {
            return try RSAPrivateKey(path: path)
        } catch {
            throw TAKeyError("installation key \(path)", error)
        }
    }

    /// Makes sure the installation key pair exists, generating it on first use, and returns
    /// the private key's path. Processes racing here generate one key between them: the
    /// second waits on a lock and finds the first one's key.
    @discardableResult
    public static func ensureInstallationKey(stateDirectory: String) throws(TAKeyError) -> String {
        let keys = keysDirectory(stateDirectory: stateDirectory)
        let privatePath = installationKeyPath(stateDirectory: stateDirectory)
        let publicPath = installationPublicKeyPath(stateDirectory: stateDirectory)
        do throws(PlatformError) {
            try TEEPaths.makeDirectory(keys)
            try TEEPaths.makeDirectory(defaultTrustStore(stateDirectory: stateDirectory))
            guard chmod(keys, 0o700) == 0 else { throw PlatformError("chmod \(keys)", errno: errno) }
            if exists(privatePath), exists(publicPath) { return privatePath }
            let lock = try FileLock(waitingFor: keys + "/.lock")
            defer { withExtendedLifetime(lock) {} }
            if exists(privatePath) {
                // A crash between the two renames of writeKeyPair, or a deleted trust file.
                if !exists(publicPath) { try restorePublicKey(privatePath: privatePath, publicPath: publicPath) }
                return privatePath
            }
            try writeKeyPair(bits: installationKeyBits, privateKeyPath: privatePath, publicKeyPath: publicPath)
            return privatePath
        } catch {
            throw TAKeyError("installation key in \(keys)", error)
        }
    }

    /// Generates an RSA key pair: the private key as PKCS#8 PEM (mode 0600), the public key as
    /// SubjectPublicKeyInfo PEM (0644), each written atomically. For keys of one's own
    /// (`teectl`, tests); the installation key comes from `ensureInstallationKey`.
    public static func generateKeyPair(bits: UInt32 = installationKeyBits, privateKeyPath: String,
                                       publicKeyPath: String) throws(TAKeyError) {
        do throws(PlatformError) {
            try writeKeyPair(bits: bits, privateKeyPath: privateKeyPath, publicKeyPath: publicKeyPath)
        } catch {
            throw TAKeyError("key pair \(privateKeyPath)", error)
        }
    }

    /// The private key is renamed into place first and the public key last, so that whoever
    /// sees both files sees a complete pair.
    private static func writeKeyPair(bits: UInt32, privateKeyPath: String, publicKeyPath: String) throws(PlatformError) {
        try AtomicFile.write(publicKeyPath, mode: 0o644) { publicFD throws(PlatformError) in
            try AtomicFile.write(privateKeyPath, mode: 0o600) { privateFD throws(PlatformError) in
                let rc = stee_rsa_generate(bits, privateFD, publicFD)
                guard rc == 0 else { throw PlatformError("RSA key generation", errno: -rc) }
            }
        }
    }

    private static func restorePublicKey(privatePath: String, publicPath: String) throws(PlatformError) {
        let key: RSAPrivateKey
        do throws(TAImageError) {
            key = try RSAPrivateKey(path: privatePath)
        } catch {
            throw PlatformError("load \(privatePath): \(error)", errno: EINVAL)
        }
        try AtomicFile.write(publicPath, mode: 0o644) { fd throws(PlatformError) in
            do throws(TAImageError) { try key.writePublicKey(to: fd) } catch { throw PlatformError("write public key", errno: EIO) }
        }
    }

    private static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }
}
