import TEEABI

/// TEE_CipherInit / TEE_CipherUpdate / TEE_CipherDoFinal.
extension GPOperation {
    private var cipher: CipherEngine {
        get throws(GPFault) {
            guard operationClass == .cipher, case let .cipher(engine) = kind else { throw .panic("not a cipher operation") }
            return engine
        }
    }

    /// Starts a message under `iv` (empty for ECB). An operation already in use is reset
    /// first, as OP-TEE does; a missing key or a wrong IV panics.
    public func cipherInit(iv: UnsafeRawBufferPointer) throws(GPFault) {
        let engine = try cipher
        guard keys.count == keyCount else { throw .panic("TEE_CipherInit without a key") }
        if state != .initial { try reset() }
        try engine.start(iv: iv)
        state = .active
        initialized = true
    }

    /// Processes `input`, writing what is ready (see `cipherUpdateSize`). SHORT_BUFFER
    /// consumes nothing.
    public func cipherUpdate(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws(GPFault) -> Int {
        let engine = try cipher
        try require(.active)
        guard out.count >= engine.updateSize(input.count) else { throw .result(.shortBuffer) }
        return try engine.update(input, into: out)
    }

    /// Ends the message. BAD_PARAMETERS if a NOPAD mode is left with a partial block (or
    /// CTS/XTS with less than one block); SHORT_BUFFER consumes nothing. Success returns
    /// the operation to INITIAL with its key; the next message needs TEE_CipherInit.
    public func cipherDoFinal(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws(GPFault) -> Int {
        let engine = try cipher
        try require(.active)
        guard engine.canFinish(adding: input.count) else { throw .result(.badParameters) }
        guard out.count >= engine.finalSize(input.count) else { throw .result(.shortBuffer) }
        let written = try engine.finish(input, into: out)
        state = .initial
        initialized = false
        return written
    }

    /// The output TEE_CipherUpdate needs for `inputLength` more bytes.
    public func cipherUpdateSize(_ inputLength: Int) throws(GPFault) -> Int {
        try cipher.updateSize(inputLength)
    }

    /// The output TEE_CipherDoFinal needs for `inputLength` more bytes.
    public func cipherFinalSize(_ inputLength: Int) throws(GPFault) -> Int {
        try cipher.finalSize(inputLength)
    }
}
