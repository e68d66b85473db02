import TEEABI

/// TEE_AEInit / TEE_AEUpdateAAD / TEE_AEUpdate / TEE_AEEncryptFinal / TEE_AEDecryptFinal.
extension GPOperation {
    private var ae: AEEngine {
        get throws(GPFault) {
            guard operationClass == .ae, case let .ae(engine) = kind else { throw .panic("not an AE operation") }
            return engine
        }
    }

    /// Starts a message: NOT_SUPPORTED for a tag length the algorithm does not offer (GCM:
    /// 96…128 bits in steps of 8; CCM: 32…128 in steps of 16). The operation must be in
    /// INITIAL (TEE_ResetOperation first to abandon a message).
    public func aeInit(nonce: UnsafeRawBufferPointer, tagBits: Int, aadLength: Int, payloadLength: Int) throws(GPFault) {
        let engine = try ae
        guard keys.count == keyCount else { throw .panic("TEE_AEInit without a key") }
        guard state == .initial else { throw .panic("TEE_AEInit on an active operation") }
        try engine.start(nonce: nonce, tagBits: tagBits, aadLength: aadLength, payloadLength: payloadLength)
        initialized = true
    }

    /// More AAD; only before any payload (the operation is still INITIAL), else panics.
    public func aeUpdateAAD(_ aad: UnsafeRawBufferPointer) throws(GPFault) {
        let engine = try ae
        try require(.initial)
        try engine.updateAAD(aad)
    }

    /// Payload in, as much out (`aeUpdateSize`); SHORT_BUFFER consumes nothing.
    public func aeUpdate(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws(GPFault) -> Int {
        let engine = try ae
        try require(.initial, .active)
        guard out.count >= input.count else { throw .result(.shortBuffer) }
        try engine.update(input, into: out.baseAddress)
        if input.count > 0 { state = .active }
        return input.count
    }

    /// Ends an encryption: the rest of the payload to `out`, the tag to `tag`. SHORT_BUFFER
    /// if either is too small (`aeFinalSize`, `aeTagLength`), consuming nothing.
    public func aeEncryptFinal(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer,
                               tag: UnsafeMutableRawBufferPointer) throws(GPFault) -> (written: Int, tagLength: Int) {
        let engine = try ae
        guard mode == .encrypt else { throw .panic("TEE_AEEncryptFinal on a decryption") }
        try require(.initial, .active)
        guard out.count >= input.count, tag.count >= engine.tagLength else { throw .result(.shortBuffer) }
        try engine.finishEncrypt(input, into: out.baseAddress, tag: tag.baseAddress!)
        let tagLength = engine.tagLength
        finishAE()
        return (input.count, tagLength)
    }

    /// Ends a decryption. MAC_INVALID if `tag` is not the tag (of the length TEE_AEInit
    /// chose), and then nothing of this call's plaintext is written. SHORT_BUFFER consumes
    /// nothing; otherwise the operation is back in INITIAL, tag good or bad.
    public func aeDecryptFinal(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer,
                               tag: UnsafeRawBufferPointer) throws(GPFault) -> Int {
        let engine = try ae
        guard mode == .decrypt else { throw .panic("TEE_AEDecryptFinal on an encryption") }
        try require(.initial, .active)
        guard out.count >= input.count else { throw .result(.shortBuffer) }
        defer { finishAE() }
        guard tag.count == engine.tagLength else { throw .result(.macInvalid) }
        try engine.finishDecrypt(input, into: out.baseAddress, tag: tag)
        return input.count
    }

    /// The output TEE_AEUpdate and the final calls need for `inputLength` more bytes.
    public func aeOutputSize(_ inputLength: Int) -> Int { inputLength }

    /// The tag length in bytes TEE_AEInit chose.
    public var aeTagLength: Int { (engine as? AEEngine)?.tagLength ?? 0 }

    private func finishAE() {
        state = .initial
        initialized = false
    }
}
