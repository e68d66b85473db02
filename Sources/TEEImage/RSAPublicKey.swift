import CTEECrypto

/// An RSA public key that can verify TA image signatures; immutable once loaded.
public final class RSAPublicKey: @unchecked Sendable, CustomStringConvertible {
    let key: OpaquePointer
    public let bits: Int
    /// SHA-256 of the DER SubjectPublicKeyInfo.
    public let fingerprint: [UInt8]

    /// From a SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----").
    public convenience init(pem: [UInt8]) throws(TAImageError) {
        var key: OpaquePointer?
        let rc = pem.withUnsafeBytes { stee_pkey_load_public($0.baseAddress, $0.count, &key) }
        guard rc == 0, let key else { throw .unusableKey(RSAPrivateKey.loadFailure(rc, what: "a public key PEM (BEGIN PUBLIC KEY)")) }
        try self.init(owning: key)
    }

    /// Takes ownership of a loaded key.
    init(owning key: OpaquePointer) throws(TAImageError) {
        self.key = key
        bits = Int(stee_pkey_bits(key))
        var digest = [UInt8](repeating: 0, count: 32)
        let rc = digest.withUnsafeMutableBufferPointer { stee_pkey_fingerprint(key, $0.baseAddress) }
        fingerprint = digest
        guard bits > 0, rc == 0 else { throw .crypto("reading the key", code: rc < 0 ? rc : -22) }
    }

    deinit { stee_pkey_free(key) }

    /// Signature bytes this key makes and verifies: its modulus size.
    public var modulusBytes: Int { (bits + 7) / 8 }

    /// The first 8 bytes of the fingerprint in hex: enough to tell keys apart in a log.
    public var shortFingerprint: String { fingerprint.prefix(8).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }

    public var description: String { "RSA-\(bits) \(shortFingerprint)" }

    public func verifies(_ signature: ArraySlice<UInt8>, over digest: [UInt8], algorithm: TASignatureAlgorithm) -> Bool {
        guard digest.count == SHA256.size, signature.count == modulusBytes else { return false }
        return digest.withUnsafeBufferPointer { d in
            signature.withUnsafeBufferPointer { s in
                stee_rsa_verify_digest(key, algorithm.scheme, d.baseAddress, s.baseAddress, s.count) == 0
            }
        }
    }
}
