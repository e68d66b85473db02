import CTEECryptoBackend

/// AES-GCM over OpenSSL, with GP's tag lengths (OP-TEE's libutee: 96…128 bits in steps of
/// 8; anything else is NOT_SUPPORTED).
final class GCMEngine: AEEngine {
    let encrypt: Bool
    private(set) var tagLength = 0
    private var context: OpaquePointer?

    init(encrypt: Bool) { self.encrypt = encrypt }

    deinit { stee_gcm_free(context) }

    static let tagBits: Set<Int> = [96, 104, 112, 120, 128]
    /// OpenSSL's limit on the nonce.
    static let maxNonce = 128

    func copy() throws(GPFault) -> GPOperationEngine {
        let copy = GCMEngine(encrypt: encrypt)
        copy.tagLength = tagLength
        if let context {
            guard let dup = stee_gcm_dup(context) else { throw .result(.outOfMemory) }
            copy.context = dup
        }
        return copy
    }

    func reset() { tagLength = 0 }

    func setKeys(_ keys: [GPObject]) throws(GPFault) {
        stee_gcm_free(context)
        context = nil
        reset()
        guard let key = keys.first else { return }
        context = try key.secretValue.withUnsafeBytes { (k) throws(GPFault) in
            guard let made = stee_gcm_new("AES-\(key.objectSize)-GCM", encrypt, k.baseAddress?.assumingMemoryBound(to: UInt8.self), k.count) else {
                throw .panic("the backend refused the key")
            }
            return made
        }
    }

    func start(nonce: UnsafeRawBufferPointer, tagBits: Int, aadLength: Int, payloadLength: Int) throws(GPFault) {
        guard let context else { throw .panic("AE operation without a key") }
        guard Self.tagBits.contains(tagBits) else { throw .result(.notSupported) }
        guard nonce.count > 0 else { throw .panic("AES-GCM needs a nonce") }
        guard nonce.count <= Self.maxNonce else { throw .result(.notSupported) }
        guard stee_gcm_start(context, nonce.baseAddress!.assumingMemoryBound(to: UInt8.self), nonce.count) == 0 else {
            throw .panic("AES-GCM start failed")
        }
        tagLength = tagBits / 8
    }

    func updateAAD(_ aad: UnsafeRawBufferPointer) throws(GPFault) {
        guard aad.count > 0 else { return }
        guard stee_gcm_aad(context, aad.baseAddress!.assumingMemoryBound(to: UInt8.self), aad.count) == 0 else {
            throw .panic("AES-GCM AAD failed")
        }
    }

    func update(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?) throws(GPFault) {
        guard input.count > 0 else { return }
        guard stee_gcm_update(context, input.baseAddress!.assumingMemoryBound(to: UInt8.self), input.count,
                              out!.assumingMemoryBound(to: UInt8.self)) == 0 else { throw .panic("AES-GCM update failed") }
    }

    func finishEncrypt(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?, tag: UnsafeMutableRawPointer) throws(GPFault) {
        try update(input, into: out)
        guard stee_gcm_encrypt_final(context, tag.assumingMemoryBound(to: UInt8.self), tagLength) == 0 else {
            throw .panic("AES-GCM final failed")
        }
    }

    func finishDecrypt(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?, tag: UnsafeRawBufferPointer) throws(GPFault) {
        try withheldUntilVerified(input.count, into: out) { (scratch) throws(GPFault) in
            try update(input, into: scratch)
            let rc = stee_gcm_decrypt_final(context, tag.baseAddress?.assumingMemoryBound(to: UInt8.self), tag.count)
            guard rc == 0 else { throw .result(.macInvalid) }
        }
    }
}
