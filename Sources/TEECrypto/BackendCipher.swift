import CTEECryptoBackend

/// One keyed OpenSSL cipher context (`stee_cipher`): the engines' building block. The key
/// schedule lives inside OpenSSL, which wipes it when the context is freed.
final class BackendCipher {
    private let context: OpaquePointer

    /// nil if OpenSSL lacks `name` or refuses the key (AES-XTS with two equal halves).
    init?(name: String, encrypt: Bool, key: SecureBytes, ctsMode: String? = nil) {
        let made = key.withUnsafeBytes { k in
            stee_cipher_new(name, encrypt, k.baseAddress?.assumingMemoryBound(to: UInt8.self), k.count, ctsMode)
        }
        guard let made else { return nil }
        context = made
    }

    private init(context: OpaquePointer) { self.context = context }

    deinit { stee_cipher_free(context) }

    func copy() throws(GPFault) -> BackendCipher {
        guard let dup = stee_cipher_dup(context) else { throw .result(.outOfMemory) }
        return BackendCipher(context: dup)
    }

    /// A new message under `iv` (nil: none, as for ECB).
    func restart(iv: UnsafeRawBufferPointer?) throws(GPFault) {
        let rc = stee_cipher_restart(context, iv?.baseAddress?.assumingMemoryBound(to: UInt8.self), iv?.count ?? 0)
        guard rc == 0 else { throw .panic("cipher restart failed (\(rc))") }
    }

    func restart(iv: [UInt8]) throws(GPFault) {
        try iv.withBytes { (b) throws(GPFault) in try restart(iv: b) }
    }

    /// Processes `input` into `out` (which must have room); returns the bytes written.
    @discardableResult
    func update(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?) throws(GPFault) -> Int {
        guard input.count > 0 else { return 0 }
        var written = 0
        let rc = stee_cipher_update(context, input.baseAddress!.assumingMemoryBound(to: UInt8.self), input.count,
                                    out?.assumingMemoryBound(to: UInt8.self), &written)
        guard rc == 0 else { throw .panic("cipher update failed (\(rc))") }
        return written
    }

    /// One block (or a few) through the cipher, as bytes.
    func process(_ input: [UInt8]) throws(GPFault) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: input.count + 32)
        let n = try input.withBytes { (i) throws(GPFault) in
            try out.withMutableBytes { (o) throws(GPFault) in try update(i, into: o.baseAddress) }
        }
        return Array(out.prefix(n))
    }

    static func isAvailable(_ name: String) -> Bool { stee_cipher_available(name) }
}

/// A keyed OpenSSL MAC (`stee_mac`): HMAC or CMAC.
final class BackendMAC {
    private let context: OpaquePointer
    let size: Int

    init?(algorithm: String, underlying: String, key: SecureBytes) {
        let made = key.withUnsafeBytes { k in
            stee_mac_new(algorithm, underlying, k.baseAddress?.assumingMemoryBound(to: UInt8.self), k.count)
        }
        guard let made else { return nil }
        context = made
        size = stee_mac_size(made)
    }

    private init(context: OpaquePointer, size: Int) {
        self.context = context
        self.size = size
    }

    deinit { stee_mac_free(context) }

    func copy() throws(GPFault) -> BackendMAC {
        guard let dup = stee_mac_dup(context) else { throw .result(.outOfMemory) }
        return BackendMAC(context: dup, size: size)
    }

    func restart() throws(GPFault) {
        guard stee_mac_restart(context) == 0 else { throw .result(.outOfMemory) }
    }

    func update(_ data: UnsafeRawBufferPointer) throws(GPFault) {
        guard stee_mac_update(context, data.baseAddress, data.count) == 0 else { throw .panic("MAC update failed") }
    }

    /// Writes `size` bytes to `out` and starts a new message.
    func finish(into out: UnsafeMutableRawPointer) throws(GPFault) {
        var written = 0
        guard stee_mac_final(context, out.assumingMemoryBound(to: UInt8.self), size, &written) == 0, written == size else {
            throw .panic("MAC final failed")
        }
    }
}

/// Equality of secrets in constant time.
func constantTimeEqual(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    a.count == b.count && stee_equal_consttime(a.baseAddress, b.baseAddress, a.count)
}
