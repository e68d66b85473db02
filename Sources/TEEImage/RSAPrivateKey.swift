import CTEECrypto
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// An RSA private key that signs TA images. Its PEM bytes live in memory only while they are
/// parsed and are zeroed right after.
public final class RSAPrivateKey: @unchecked Sendable {
    let key: OpaquePointer
    public let bits: Int

    /// From an unencrypted private key PEM (PKCS#8 "BEGIN PRIVATE KEY" or PKCS#1).
    public convenience init(pem: UnsafeRawBufferPointer) throws(TAImageError) {
        self.init(owning: try Self.load(pem))
    }

    /// Reads and parses the PEM file at `path` (at most 64 KiB).
    public convenience init(path: String) throws(TAImageError) {
        var pem: [UInt8]
        do throws(PlatformError) {
            pem = try RegularFile.read(path, limit: 64 << 10)
        } catch {
            throw .unusableKey("cannot read \(path): \(error)")
        }
        defer { pem.withUnsafeMutableBytes { if let p = $0.baseAddress { explicit_bzero(p, $0.count) } } }
        let loaded = pem.withUnsafeBytes { raw in Result { () throws(TAImageError) in try Self.load(raw) } }
        self.init(owning: try loaded.get())
    }

    private init(owning key: OpaquePointer) {
        self.key = key
        bits = Int(stee_pkey_bits(key))
    }

    private static func load(_ pem: UnsafeRawBufferPointer) throws(TAImageError) -> OpaquePointer {
        var key: OpaquePointer?
        let rc = stee_pkey_load_private(pem.baseAddress, pem.count, &key)
        guard rc == 0, let key else { throw .unusableKey(loadFailure(rc, what: "an unencrypted private key PEM")) }
        return key
    }

    deinit { stee_pkey_free(key) }

    public var modulusBytes: Int { (bits + 7) / 8 }

    public func publicKey() throws(TAImageError) -> RSAPublicKey {
        var copy: OpaquePointer?
        let rc = stee_pkey_public_copy(key, &copy)
        guard rc == 0, let copy else { throw .crypto("extracting the public key", code: rc) }
        return try RSAPublicKey(owning: copy)
    }

    /// Writes the public half as SubjectPublicKeyInfo PEM to `fd`.
    public func writePublicKey(to fd: Int32) throws(TAImageError) {
        let rc = stee_pkey_write_public(key, fd)
        guard rc == 0 else { throw .crypto("writing the public key", code: rc) }
    }

    /// Signs a SHA-256 digest.
    public func sign(digest: [UInt8], algorithm: TASignatureAlgorithm) throws(TAImageError) -> [UInt8] {
        precondition(digest.count == SHA256.size)
        var signature = [UInt8](repeating: 0, count: modulusBytes)
        var length = 0
        let rc = digest.withUnsafeBufferPointer { d in
            signature.withUnsafeMutableBufferPointer { stee_rsa_sign_digest(key, algorithm.scheme, d.baseAddress, $0.baseAddress, $0.count, &length) }
        }
        guard rc == 0, length == modulusBytes else { throw .crypto("RSA signing", code: rc < 0 ? rc : -5) }
        return signature
    }

    static func loadFailure(_ rc: Int32, what: String) -> String {
        switch rc {
        case -ENOTSUP: "not an RSA key"
        case -EBADMSG: "not \(what) (encrypted keys are not supported)"
        default: "cannot load the key (error \(-rc))"
        }
    }
}
