/// What TEE_AEInit/UpdateAAD/Update/EncryptFinal/DecryptFinal need from an AE mode. Both
/// modes stream: an update writes as many bytes as it reads.
protocol AEEngine: GPOperationEngine {
    /// The tag length in bytes chosen at `start`.
    var tagLength: Int { get }
    /// TEE_AEInit: NOT_SUPPORTED for a tag length the mode does not offer; panics on a
    /// nonce the mode cannot take. CCM needs the AAD and payload lengths up front.
    func start(nonce: UnsafeRawBufferPointer, tagBits: Int, aadLength: Int, payloadLength: Int) throws(GPFault)
    func updateAAD(_ aad: UnsafeRawBufferPointer) throws(GPFault)
    /// Writes `input.count` bytes to `out`.
    func update(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?) throws(GPFault)
    /// Ends an encryption: `input.count` bytes to `out`, `tagLength` bytes to `tag`.
    func finishEncrypt(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?, tag: UnsafeMutableRawPointer) throws(GPFault)
    /// Ends a decryption: MAC_INVALID if `tag` does not match, and then `out` is untouched.
    func finishDecrypt(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?, tag: UnsafeRawBufferPointer) throws(GPFault)
}

extension AEEngine {
    var outputLength: Int { tagLength }
}

/// Decrypts into a scratch buffer, which is only copied out once the tag checks.
func withheldUntilVerified(_ count: Int, into out: UnsafeMutableRawPointer?,
                           _ body: (UnsafeMutableRawPointer?) throws(GPFault) -> Void) throws(GPFault) {
    var scratch = [UInt8](repeating: 0, count: max(count, 1))
    defer { scratch.withUnsafeMutableBytes { _ = $0.initializeMemory(as: UInt8.self, repeating: 0) } }
    try scratch.withMutableBytes { (s) throws(GPFault) in try body(s.baseAddress) }
    if count > 0, let out { scratch.withUnsafeBytes { out.copyMemory(from: $0.baseAddress!, byteCount: count) } }
}
