import TEEABI

/// TEE_MACInit / TEE_MACUpdate / TEE_MACComputeFinal / TEE_MACCompareFinal.
extension GPOperation {
    private var mac: MACEngine {
        get throws(GPFault) {
            guard operationClass == .mac, case let .mac(engine) = kind else { throw .panic("not a MAC operation") }
            return engine
        }
    }

    /// Starts a message (an operation in use is reset first, as OP-TEE does).
    public func macInit(iv: UnsafeRawBufferPointer) throws(GPFault) {
        let engine = try mac
        guard keys.count == keyCount else { throw .panic("TEE_MACInit without a key") }
        if state != .initial { try reset() }
        try engine.start(iv: iv)
        state = .active
        initialized = true
    }

    public func macUpdate(_ chunk: UnsafeRawBufferPointer) throws(GPFault) {
        let engine = try mac
        try require(.active)
        try engine.update(chunk)
    }

    /// Writes the MAC of the message ending with `message`. SHORT_BUFFER (the size needed
    /// is `outputLength`) consumes nothing; BAD_PARAMETERS if a NOPAD CBC-MAC message is not
    /// whole blocks. Success returns the operation to INITIAL.
    public func macComputeFinal(_ message: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws(GPFault) -> Int {
        let engine = try mac
        try require(.active)
        guard engine.canFinish(adding: message.count) else { throw .result(.badParameters) }
        guard out.count >= engine.outputLength else { throw .result(.shortBuffer) }
        try engine.update(message)
        try engine.finish(into: out.baseAddress!)
        state = .initial
        initialized = false
        return engine.outputLength
    }

    /// Compares the MAC of the message ending with `message` with `expected`, in constant
    /// time: MAC_INVALID if they differ (a different length included). Either way the
    /// operation is back in INITIAL.
    public func macCompareFinal(_ message: UnsafeRawBufferPointer, expected: UnsafeRawBufferPointer) throws(GPFault) {
        let engine = try mac
        var computed = [UInt8](repeating: 0, count: engine.outputLength)
        _ = try computed.withMutableBytes { (out) throws(GPFault) in try macComputeFinal(message, into: out) }
        let equal = computed.withUnsafeBytes { constantTimeEqual($0, expected) }
        guard equal else { throw .result(.macInvalid) }
    }
}
