/// AES-CCM (NIST SP 800-38C, RFC 3610) composed from OpenSSL's AES-CTR and AES-CBC: OpenSSL's
/// own CCM takes a whole message in one call, and GP streams it. Tags of 4…16 bytes in
/// steps of 2 (else NOT_SUPPORTED), nonces of 7…13 bytes, the AAD and payload lengths given
/// to TEE_AEInit and held to.
final class CCMEngine: AEEngine {
    let encrypt: Bool
    private(set) var tagLength = 0
    private var ctr: BackendCipher?
    private var mac: CBCChain?
    /// E(K, A0), which masks the tag.
    private var tagMask: [UInt8] = []
    private var aadLength = 0, aadSeen = 0
    private var payloadLength = 0, payloadSeen = 0
    private var inPayload = false

    init(encrypt: Bool) { self.encrypt = encrypt }

    func copy() throws(GPFault) -> GPOperationEngine {
        let copy = CCMEngine(encrypt: encrypt)
        copy.tagLength = tagLength
        copy.ctr = try ctr?.copy()
        copy.mac = try mac?.copy()
        copy.tagMask = tagMask
        (copy.aadLength, copy.aadSeen, copy.payloadLength, copy.payloadSeen) = (aadLength, aadSeen, payloadLength, payloadSeen)
        copy.inPayload = inPayload
        return copy
    }

    func reset() {
        tagLength = 0
        tagMask = []
        (aadLength, aadSeen, payloadLength, payloadSeen) = (0, 0, 0, 0)
        inPayload = false
    }

    func setKeys(_ keys: [GPObject]) throws(GPFault) {
        ctr = nil
        mac = nil
        reset()
        guard let key = keys.first else { return }
        let secret = try key.secretValue
        ctr = BackendCipher(name: "AES-\(key.objectSize)-CTR", encrypt: true, key: secret)
        guard ctr != nil, let cbc = BackendCipher(name: "AES-\(key.objectSize)-CBC", encrypt: true, key: secret) else {
            throw .panic("the backend refused the key")
        }
        mac = CBCChain(cbc: cbc, blockSize: 16)
    }

    func start(nonce: UnsafeRawBufferPointer, tagBits: Int, aadLength: Int, payloadLength: Int) throws(GPFault) {
        guard let ctr, let mac else { throw .panic("AE operation without a key") }
        guard (32...128).contains(tagBits), tagBits % 16 == 0 else { throw .result(.notSupported) }
        guard (7...13).contains(nonce.count) else { throw .panic("AES-CCM nonce of \(nonce.count) bytes; it takes 7 to 13") }
        guard aadLength >= 0, payloadLength >= 0 else { throw .panic("negative AE length") }
        // The payload length must fit the q = 15 - nonce bytes that encode it.
        let q = 15 - nonce.count
        guard q >= 8 || UInt64(payloadLength) >> (8 * q) == 0 else { throw .panic("payload too long for this nonce") }
        reset()
        tagLength = tagBits / 8
        self.aadLength = aadLength
        self.payloadLength = payloadLength

        // B0 = flags | nonce | payload length; then the encoded AAD length, if any AAD.
        let flags = UInt8((aadLength > 0 ? 0x40 : 0) | ((tagLength - 2) / 2) << 3 | (q - 1))
        try mac.restart(iv: [UInt8](repeating: 0, count: 16))
        try mac.absorb([flags] + Array(nonce) + Self.bigEndian(UInt64(payloadLength), bytes: q))
        if aadLength > 0 { try mac.absorb(Self.encodedAADLength(UInt64(aadLength))) }

        // Counter blocks A_i = (q - 1) | nonce | i: A0 masks the tag, A1… the payload.
        try ctr.restart(iv: [UInt8(q - 1)] + Array(nonce) + [UInt8](repeating: 0, count: q))
        tagMask = try ctr.process([UInt8](repeating: 0, count: 16))
    }

    func updateAAD(_ aad: UnsafeRawBufferPointer) throws(GPFault) {
        guard !inPayload, aadSeen + aad.count <= aadLength else { throw .panic("more AAD than TEE_AEInit announced") }
        try mac!.absorb(aad)
        aadSeen += aad.count
    }

    func update(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?) throws(GPFault) {
        if !inPayload {
            guard aadSeen == aadLength else { throw .panic("less AAD than TEE_AEInit announced") }
            try mac!.padWithZeros()
            inPayload = true
        }
        guard input.count > 0 else { return }
        guard payloadSeen + input.count <= payloadLength else { throw .panic("more payload than TEE_AEInit announced") }
        // The MAC covers the plaintext: the input when encrypting, the output when decrypting.
        if encrypt { try mac!.absorb(input) }
        try ctr!.update(input, into: out)
        if !encrypt { try mac!.absorb(UnsafeRawBufferPointer(start: out, count: input.count)) }
        payloadSeen += input.count
    }

    private func tag(after input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?) throws(GPFault) -> [UInt8] {
        try update(input, into: out)
        guard payloadSeen == payloadLength else { throw .panic("less payload than TEE_AEInit announced") }
        try mac!.padWithZeros()
        return (0..<tagLength).map { mac!.last[$0] ^ tagMask[$0] }
    }

    func finishEncrypt(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?, tag: UnsafeMutableRawPointer) throws(GPFault) {
        let computed = try self.tag(after: input, into: out)
        computed.withUnsafeBytes { tag.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    }

    func finishDecrypt(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer?, tag: UnsafeRawBufferPointer) throws(GPFault) {
        try withheldUntilVerified(input.count, into: out) { (scratch) throws(GPFault) in
            let computed = try self.tag(after: input, into: scratch)
            guard computed.withUnsafeBytes({ constantTimeEqual($0, tag) }) else { throw .result(.macInvalid) }
        }
    }

    static func bigEndian(_ value: UInt64, bytes: Int) -> [UInt8] {
        (0..<bytes).map { i in
            let shift = 8 * (bytes - 1 - i)
            return shift >= 64 ? 0 : UInt8(truncatingIfNeeded: value >> shift)
        }
    }

    /// SP 800-38C A.2.2: 2 bytes below 2^16 - 2^8, else 0xFFFE and 4 bytes, else 0xFFFF and 8.
    static func encodedAADLength(_ length: UInt64) -> [UInt8] {
        if length < 0xFF00 { return bigEndian(length, bytes: 2) }
        if length >> 32 == 0 { return [0xFF, 0xFE] + bigEndian(length, bytes: 4) }
        return [0xFF, 0xFF] + bigEndian(length, bytes: 8)
    }
}
