import TEEABI

/// TEE_DigestUpdate / TEE_DigestDoFinal / TEE_DigestExtract.
extension GPOperation {
    private var digest: DigestEngine {
        get throws(GPFault) {
            guard operationClass == .digest, case let .digest(engine) = kind else { throw .panic("not a digest operation") }
            return engine
        }
    }


    public func digestUpdate(_ chunk: UnsafeRawBufferPointer) throws(GPFault) {
        let engine = try digest
        guard state != .extracting else { throw .panic("digest update while extracting") }
        try engine.update(chunk)
        state = .active
    }

    /// Hashes `chunk` and writes the digest to `out`. SHORT_BUFFER (with the size needed)
    /// changes nothing; success makes the operation ready for the next message.
    public func digestDoFinal(_ chunk: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws(GPFault) -> Int {
        let engine = try digest
        guard !engine.isXOF else { throw .panic("TEE_DigestDoFinal on an extendable-output function") }
        guard state != .extracting else { throw .panic("digest final while extracting") }
        guard out.count >= engine.length else { throw .result(.shortBuffer) }
        try engine.update(chunk)
        try engine.finish(into: out)
        state = .initial
        return engine.length
    }

    /// SHAKE output, as much as asked for, in as many calls as wanted.
    public func digestExtract(into out: UnsafeMutableRawBufferPointer) throws(GPFault) {
        let engine = try digest
        guard engine.isXOF else { throw .panic("TEE_DigestExtract on a fixed-length digest") }
        try engine.squeeze(into: out)
        state = .extracting
    }
}
