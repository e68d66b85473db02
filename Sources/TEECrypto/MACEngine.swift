/// What TEE_MACInit/Update/ComputeFinal need from a MAC, whatever computes it.
protocol MACEngine: GPOperationEngine {
    /// TEE_MACInit: a new message (CBC-MAC takes an IV; HMAC and CMAC ignore it).
    func start(iv: UnsafeRawBufferPointer) throws(GPFault)
    func update(_ data: UnsafeRawBufferPointer) throws(GPFault)
    /// Whether the message may end after `inputLength` more bytes (CBC-MAC NOPAD needs
    /// whole blocks).
    func canFinish(adding inputLength: Int) -> Bool
    /// Writes the MAC (`outputLength` bytes); the engine is ready for a new `start`.
    func finish(into out: UnsafeMutableRawPointer) throws(GPFault)
}

/// HMAC (every digest the backend has) and CMAC (AES, 3DES) over OpenSSL's EVP_MAC.
final class KeyedMACEngine: MACEngine {
    enum Kind: Sendable {
        case hmac(digest: String)
        case cmac(BlockCipher)
    }

    let kind: Kind
    let outputLength: Int
    private var mac: BackendMAC?

    init(kind: Kind, outputLength: Int) {
        self.kind = kind
        self.outputLength = outputLength
    }

    func copy() throws(GPFault) -> GPOperationEngine {
        let copy = KeyedMACEngine(kind: kind, outputLength: outputLength)
        copy.mac = try mac?.copy()
        return copy
    }

    func reset() { try? mac?.restart() }

    func setKeys(_ keys: [GPObject]) throws(GPFault) {
        mac = nil
        guard let key = keys.first else { return }
        switch kind {
        case let .hmac(digest):
            mac = BackendMAC(algorithm: "HMAC", underlying: digest, key: try key.secretValue)
        case let .cmac(cipher):
            mac = BackendMAC(algorithm: "CMAC", underlying: cipher.backendName("CBC", keyBits: Int(key.objectSize)),
                             key: cipher.backendKey(try key.secretValue))
        }
        guard let mac, mac.size == outputLength else { throw .panic("the backend refused the key") }
    }

    func start(iv: UnsafeRawBufferPointer) throws(GPFault) {
        guard let mac else { throw .panic("MAC operation without a key") }
        try mac.restart()
    }

    func update(_ data: UnsafeRawBufferPointer) throws(GPFault) { try mac!.update(data) }

    func canFinish(adding inputLength: Int) -> Bool { true }

    func finish(into out: UnsafeMutableRawPointer) throws(GPFault) { try mac!.finish(into: out) }
}

/// CBC-MAC (AES, DES, 3DES): the last block of a CBC encryption of the message, which is
/// whole blocks (NOPAD) or padded as PKCS#5 pads (PKCS5). The IV is TEE_MACInit's (all zero
/// when none is given).
final class CBCMACEngine: MACEngine {
    let cipher: BlockCipher
    let padded: Bool
    var outputLength: Int { cipher.blockSize }
    private var chain: CBCChain?

    init(cipher: BlockCipher, padded: Bool) {
        self.cipher = cipher
        self.padded = padded
    }

    func copy() throws(GPFault) -> GPOperationEngine {
        let copy = CBCMACEngine(cipher: cipher, padded: padded)
        copy.chain = try chain?.copy()
        return copy
    }

    func reset() {}

    func setKeys(_ keys: [GPObject]) throws(GPFault) {
        chain = nil
        guard let key = keys.first else { return }
        guard let cbc = BackendCipher(name: cipher.backendName("CBC", keyBits: Int(key.objectSize)), encrypt: true,
                                      key: cipher.backendKey(try key.secretValue)) else {
            throw .panic("the backend refused the key")
        }
        chain = CBCChain(cbc: cbc, blockSize: cipher.blockSize)
    }

    func start(iv: UnsafeRawBufferPointer) throws(GPFault) {
        guard let chain else { throw .panic("MAC operation without a key") }
        let block = cipher.blockSize
        guard iv.count == 0 || iv.count == block else { throw .panic("CBC-MAC IV of \(iv.count) bytes; it takes \(block)") }
        try chain.restart(iv: iv.count == 0 ? [UInt8](repeating: 0, count: block) : Array(iv))
    }

    func update(_ data: UnsafeRawBufferPointer) throws(GPFault) { try chain!.absorb(data) }

    func canFinish(adding inputLength: Int) -> Bool {
        padded || ((chain?.pending.count ?? 0) + inputLength) % cipher.blockSize == 0
    }

    func finish(into out: UnsafeMutableRawPointer) throws(GPFault) {
        let chain = chain!
        if padded {
            let pad = cipher.blockSize - chain.pending.count
            try chain.absorb([UInt8](repeating: UInt8(pad), count: pad))
        }
        chain.last.withUnsafeBytes { out.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    }
}
