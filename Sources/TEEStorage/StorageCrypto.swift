import CTEECryptoBackend

/// The primitives trusted storage needs, over libcrypto (CTEECryptoBackend): HMAC-SHA256
/// for the key ladder and the anchor, SHA-256 for pinning object headers, AES-256-GCM for
/// everything on disk, the kernel CSPRNG for keys, nonces and file names.
enum StorageCrypto {
    static let tagLength = 16
    static let nonceLength = 12

    static func random(_ count: Int) throws(StorageError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        let rc = out.withUnsafeMutableBytes { stee_crypto_random($0.baseAddress, $0.count) }
        guard rc == 0 else { throw .unavailable("random number generator failed") }
        return out
    }

    static func sha256(_ bytes: UnsafeRawBufferPointer) throws(StorageError) -> [UInt8] {
        guard let md = stee_md_new("SHA256") else { throw .unavailable("SHA-256 unavailable") }
        defer { stee_md_free(md) }
        var out = [UInt8](repeating: 0, count: 32)
        let rc = out.withUnsafeMutableBytes { digest in
            stee_md_update(md, bytes.baseAddress, bytes.count) == 0
                ? stee_md_final(md, digest.baseAddress!.assumingMemoryBound(to: UInt8.self)) : -1
        }
        guard rc == 0 else { throw .unavailable("SHA-256 failed") }
        return out
    }

    /// HMAC-SHA256(key, parts…) as a new key.
    static func hmac(key: StorageKey, _ parts: [UInt8]...) throws(StorageError) -> StorageKey {
        let mac = key.withUnsafeBytes { stee_mac_new("HMAC", "SHA256", $0.baseAddress!.assumingMemoryBound(to: UInt8.self), $0.count) }
        guard let mac else { throw .unavailable("HMAC-SHA256 unavailable") }
        defer { stee_mac_free(mac) }
        for part in parts {
            let rc = part.withUnsafeBytes { stee_mac_update(mac, $0.baseAddress, $0.count) }
            guard rc == 0 else { throw .unavailable("HMAC-SHA256 failed") }
        }
        return try StorageKey { (out: UnsafeMutableRawBufferPointer) throws(StorageError) in
            var written = 0
            let rc = stee_mac_final(mac, out.baseAddress!.assumingMemoryBound(to: UInt8.self), out.count, &written)
            guard rc == 0, written == StorageKey.byteCount else { throw .unavailable("HMAC-SHA256 failed") }
        }
    }

    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.count == b.count && a.withUnsafeBytes { x in b.withUnsafeBytes { y in stee_equal_consttime(x.baseAddress, y.baseAddress, x.count) } }
    }
}

/// AES-256-GCM under one key, for many messages (one libcrypto context, restarted per
/// message). `seal` writes ciphertext and tag; `open` writes plaintext and reports whether
/// the tag matched. A failed open leaves `out` holding bytes the caller must discard.
final class GCMKey {
    private let context: OpaquePointer

    init(_ key: StorageKey, encrypt: Bool) throws(StorageError) {
        let context = key.withUnsafeBytes {
            stee_gcm_new("AES-256-GCM", encrypt, $0.baseAddress!.assumingMemoryBound(to: UInt8.self), $0.count)
        }
        guard let context else { throw .unavailable("AES-256-GCM unavailable") }
        self.context = context
    }

    deinit { stee_gcm_free(context) }

    func seal(nonce: UnsafeRawBufferPointer, aad: UnsafeRawBufferPointer, _ plaintext: UnsafeRawBufferPointer,
              into out: UnsafeMutableRawBufferPointer, tag: UnsafeMutableRawBufferPointer) throws(StorageError) {
        precondition(out.count == plaintext.count && tag.count == StorageCrypto.tagLength)
        guard start(nonce, aad),
              plaintext.isEmpty || stee_gcm_update(context, bytes(plaintext), plaintext.count, mutableBytes(out)) == 0,
              stee_gcm_encrypt_final(context, mutableBytes(tag), tag.count) == 0
        else { throw .unavailable("AES-256-GCM encryption failed") }
    }

    func open(nonce: UnsafeRawBufferPointer, aad: UnsafeRawBufferPointer, _ ciphertext: UnsafeRawBufferPointer,
              tag: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) -> Bool {
        precondition(out.count == ciphertext.count)
        guard tag.count == StorageCrypto.tagLength, start(nonce, aad),
              ciphertext.isEmpty || stee_gcm_update(context, bytes(ciphertext), ciphertext.count, mutableBytes(out)) == 0
        else { return false }
        return stee_gcm_decrypt_final(context, bytes(tag), tag.count) == 0
    }

    private func start(_ nonce: UnsafeRawBufferPointer, _ aad: UnsafeRawBufferPointer) -> Bool {
        stee_gcm_start(context, bytes(nonce), nonce.count) == 0
            && (aad.isEmpty || stee_gcm_aad(context, bytes(aad), aad.count) == 0)
    }

    private func bytes(_ buffer: UnsafeRawBufferPointer) -> UnsafePointer<UInt8> {
        buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
    }

    private func mutableBytes(_ buffer: UnsafeMutableRawBufferPointer) -> UnsafeMutablePointer<UInt8> {
        buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
    }
}
