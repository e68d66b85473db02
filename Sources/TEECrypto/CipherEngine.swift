/// Symmetric ciphers (AES ECB/CBC/CTR/CTS/XTS, DES and 3DES ECB/CBC, SM4 ECB/CBC/CTR) with
/// GP's buffering, as OP-TEE's libutee does it (`tee_api_operations.c`): ECB and CBC pass on
/// whole blocks only; CTR streams; CTS and XTS hold back the last two blocks, which
/// TEE_CipherDoFinal ends with ciphertext stealing.
final class CipherEngine: GPOperationEngine {
    enum Chain: Sendable {
        case ecb, cbc, ctr, cts, xts
    }

    let cipher: BlockCipher
    let chain: Chain
    let encrypt: Bool
    /// AES-XTS: the largest key (bits) each of the two may be (half the operation's maximum).
    var xtsKeyLimit = Int.max
    var outputLength: Int { 0 }
    private var block: Int { cipher.blockSize }

    /// ECB/CBC/CTR: the whole message. CTS: CBC over all but the last two blocks. XTS: the
    /// XTS cipher, restarted for each run of blocks with the tweak carried over.
    private var body: BackendCipher?
    /// CTS: CBC-CS3 (GP's CTS, RFC 3962) for the last one or two blocks.
    private var tail: BackendCipher?
    /// XTS: key 2 in ECB, both ways (see `runXTS`).
    private var tweakEncrypt: BackendCipher?
    private var tweakDecrypt: BackendCipher?
    /// Input held back (less than a block for ECB/CBC, at most two blocks for CTS/XTS).
    private var pending: [UInt8] = []
    /// CTS: the CBC chaining value (the IV, then the last ciphertext block).
    /// XTS: the tweak of the next block, E(K2, IV)·α^j.
    private var carry: [UInt8] = []

    init(cipher: BlockCipher, chain: Chain, encrypt: Bool) {
        self.cipher = cipher
        self.chain = chain
        self.encrypt = encrypt
    }

    /// OpenSSL offers what this engine needs for `cipher` in `chain`.
    static func isAvailable(_ cipher: BlockCipher, _ chain: Chain) -> Bool {
        switch (cipher, chain) {
        case (.aes, _): true
        case (.des, .ecb), (.des, .cbc), (.des3, .ecb), (.des3, .cbc): true
        case (.sm4, .ecb), (.sm4, .cbc), (.sm4, .ctr): BackendCipher.isAvailable(cipher.backendName(modeName(chain), keyBits: 128))
        default: false
        }
    }

    private static func modeName(_ chain: Chain) -> String {
        switch chain {
        case .ecb: "ECB"
        case .cbc, .cts: "CBC"
        case .ctr: "CTR"
        case .xts: "XTS"
        }
    }

    func copy() throws(GPFault) -> GPOperationEngine {
        let copy = CipherEngine(cipher: cipher, chain: chain, encrypt: encrypt)
        copy.xtsKeyLimit = xtsKeyLimit
        copy.body = try body?.copy()
        copy.tail = try tail?.copy()
        copy.tweakEncrypt = try tweakEncrypt?.copy()
        copy.tweakDecrypt = try tweakDecrypt?.copy()
        copy.pending = pending
        copy.carry = carry
        return copy
    }

    func reset() {
        if !pending.isEmpty { pending = [] }
        if !carry.isEmpty { carry = [] }
    }

    /// Builds the contexts for `keys` (none: clears them). A refused key leaves the engine
    /// as it was.
    func setKeys(_ keys: [GPObject]) throws(GPFault) {
        guard let first = keys.first else {
            (body, tail, tweakEncrypt, tweakDecrypt) = (nil, nil, nil, nil)
            reset()
            return
        }
        let made = chain == .xts ? try xtsContexts(keys) : try contexts(first)
        guard made.body != nil else { throw .panic("the backend refused the key") }
        (body, tail, tweakEncrypt, tweakDecrypt) = made
        reset()
    }

    private typealias Contexts = (body: BackendCipher?, tail: BackendCipher?, tweakEncrypt: BackendCipher?, tweakDecrypt: BackendCipher?)

    private func contexts(_ first: GPObject) throws(GPFault) -> Contexts {
        let key = cipher.backendKey(try first.secretValue)
        let bits = Int(first.objectSize)
        switch chain {
        case .cts:
            let tail = BackendCipher(name: cipher.backendName("CBC-CTS", keyBits: bits), encrypt: encrypt, key: key, ctsMode: "CS3")
            guard tail != nil else { throw .panic("the backend refused the key") }
            return (BackendCipher(name: cipher.backendName("CBC", keyBits: bits), encrypt: encrypt, key: key), tail, nil, nil)
        default:
            return (BackendCipher(name: cipher.backendName(Self.modeName(chain), keyBits: bits), encrypt: encrypt, key: key), nil, nil, nil)
        }
    }

    private func xtsContexts(_ keys: [GPObject]) throws(GPFault) -> Contexts {
        guard keys.count == 2 else { throw .panic("AES-XTS takes two keys") }
        let (k1, k2) = (try keys[0].secretValue, try keys[1].secretValue)
        guard k1.count == k2.count else { throw .panic("AES-XTS keys of different sizes") }
        // IEEE 1619 defines XTS-AES-128 and -256; OpenSSL has no 192-bit variant.
        guard k1.count == 16 || k1.count == 32 else { throw .panic("AES-XTS needs 128- or 256-bit keys") }
        guard k1.count * 8 <= xtsKeyLimit else { throw .panic("AES-XTS keys larger than half the operation's maximum") }
        // OpenSSL will not encrypt with two equal halves; GP's answer to equal keys is SECURITY.
        let same = k1.withUnsafeBytes { a in k2.withUnsafeBytes { b in constantTimeEqual(a, b) } }
        guard !same else { throw .result(.security) }
        let both = SecureBytes(count: k1.count * 2)
        both.withUnsafeMutableBytes { out in
            k1.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: out[0..<k1.count]).copyMemory(from: $0) }
            k2.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: out[k1.count...]).copyMemory(from: $0) }
        }
        let bits = k1.count * 8
        let tweakEncrypt = BackendCipher(name: "AES-\(bits)-ECB", encrypt: true, key: k2)
        let tweakDecrypt = BackendCipher(name: "AES-\(bits)-ECB", encrypt: false, key: k2)
        guard tweakEncrypt != nil, tweakDecrypt != nil else { throw .panic("the backend refused the key") }
        return (BackendCipher(name: "AES-\(bits)-XTS", encrypt: encrypt, key: both), nil, tweakEncrypt, tweakDecrypt)
    }

    // MARK: GP calls

    /// TEE_CipherInit: ECB takes no IV; the other modes one block of IV. A wrong IV panics.
    func start(iv: UnsafeRawBufferPointer) throws(GPFault) {
        guard let body else { throw .panic("cipher operation without a key") }
        if !pending.isEmpty { pending = [] }
        switch chain {
        case .ecb:
            guard iv.count == 0 else { throw .panic("ECB takes no IV") }
            try body.restart(iv: nil)
            return
        default:
            guard iv.count == block else { throw .panic("IV of \(iv.count) bytes; this mode needs \(block)") }
        }
        switch chain {
        case .cbc, .ctr:
            try body.restart(iv: iv)
        case .cts:
            try body.restart(iv: iv)
            carry = Array(iv)
        case .xts:
            carry = try tweakEncrypt!.process(Array(iv))
        case .ecb:
            break
        }
    }

    /// Bytes out of an update given `inputLength` more bytes.
    func updateSize(_ inputLength: Int) -> Int { passOn(pending.count + inputLength) }

    /// Bytes out of a final given `inputLength` more bytes: everything.
    func finalSize(_ inputLength: Int) -> Int { pending.count + inputLength }

    /// Whether a message can end after `inputLength` more bytes: NOPAD modes need whole
    /// blocks, CTS and XTS at least one block (or nothing at all).
    func canFinish(adding inputLength: Int) -> Bool {
        let total = pending.count + inputLength
        switch chain {
        case .ecb, .cbc: return total % block == 0
        case .ctr: return true
        case .cts, .xts: return total == 0 || total >= block
        }
    }

    /// How many of `total` buffered-plus-new bytes an update processes now.
    private func passOn(_ total: Int) -> Int {
        switch chain {
        case .ctr: total
        case .ecb, .cbc: total - total % block
        case .cts, .xts: total > 2 * block ? Self.roundUp(total - 2 * block, block) : 0
        }
    }

    /// TEE_CipherUpdate; `out` has room for `updateSize(input.count)` bytes.
    func update(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws(GPFault) -> Int {
        let now = passOn(pending.count + input.count)
        guard now > 0 else {
            pending.append(contentsOf: input)
            return 0
        }
        // The first block may straddle what was held back and the new input.
        let fromPending = min(pending.count, now)
        // Output then runs ahead of input: in place (GP allows dest == src), read a copy.
        if fromPending > 0, let i = input.baseAddress, let o = out.baseAddress, i < o + out.count, o < i + input.count {
            return try Array(input).withBytes { (copy) throws(GPFault) in try update(copy, into: out) }
        }
        let first = min(now, Self.roundUp(fromPending, block))
        var used = 0, written = 0
        if first > 0 {
            used = first - fromPending
            let head = Array(pending.prefix(fromPending)) + Array(input.prefix(used))
            written += try head.withBytes { (h) throws(GPFault) in try run(h, into: out.baseAddress!) }
        }
        let bulk = now - first
        if bulk > 0 {
            written += try run(UnsafeRawBufferPointer(rebasing: input[used..<used + bulk]), into: out.baseAddress! + written)
            used += bulk
        }
        pending.removeFirst(fromPending)
        pending.append(contentsOf: input[used...])
        return written
    }

    /// TEE_CipherDoFinal; `canFinish` held and `out` has room for `finalSize(input.count)`.
    func finish(_ input: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) throws(GPFault) -> Int {
        // The common one-shot case (nothing held back, a mode that needs no tail handling):
        // straight to the backend.
        if pending.isEmpty, chain == .ctr || chain == .ecb || chain == .cbc, let base = out.baseAddress {
            let written = input.count > 0 ? try body!.update(input, into: base) : 0
            reset()
            return written
        }
        var written = try update(input, into: out)
        if !pending.isEmpty {
            let destination = out.baseAddress! + written
            switch chain {
            case .cts:
                try tail!.restart(iv: carry)
                written += try pending.withBytes { (p) throws(GPFault) in try tail!.update(p, into: destination) }
            case .xts:
                written += try pending.withBytes { (p) throws(GPFault) in try runXTS(p, into: destination) }
            default:
                throw .panic("input left over at the end of the message")
            }
        }
        reset()
        return written
    }

    /// Whole blocks through the body.
    private func run(_ chunk: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer) throws(GPFault) -> Int {
        switch chain {
        case .ecb, .cbc, .ctr:
            return try body!.update(chunk, into: out)
        case .cts:
            // The next chaining value is the last ciphertext block, whichever side holds it
            // (taken before an in-place decryption overwrites it).
            let lastInput = Array(UnsafeRawBufferPointer(rebasing: chunk[(chunk.count - block)...]))
            let n = try body!.update(chunk, into: out)
            carry = encrypt ? Array(UnsafeRawBufferPointer(start: out + n - block, count: block)) : lastInput
            return n
        case .xts:
            // OpenSSL's XTS starts each call at block 0 of a data unit; long runs are split so
            // each stays well inside its per-call limit.
            var done = 0
            while done < chunk.count {
                let piece = min(chunk.count - done, Self.xtsPiece)
                done += try runXTS(UnsafeRawBufferPointer(rebasing: chunk[done..<done + piece]), into: out + done)
            }
            return done
        }
    }

    private static let xtsPiece = 1 << 20

    /// One XTS call continuing the data unit: OpenSSL derives the first tweak as E(K2, IV), so
    /// the IV that resumes at tweak T is D(K2, T); afterwards T moves on by α per block.
    private func runXTS(_ chunk: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer) throws(GPFault) -> Int {
        try body!.restart(iv: try tweakDecrypt!.process(carry))
        let n = try body!.update(chunk, into: out)
        carry = Self.multiplyByAlpha(carry, times: chunk.count / 16)
        return n
    }

    private static func roundUp(_ value: Int, _ multiple: Int) -> Int {
        (value + multiple - 1) / multiple * multiple
    }

    /// T·α^n in GF(2^128) with IEEE 1619's little-endian byte order.
    static func multiplyByAlpha(_ tweak: [UInt8], times n: Int) -> [UInt8] {
        var low = UInt64(0), high = UInt64(0)
        for i in 0..<8 {
            low |= UInt64(tweak[i]) << (8 * i)
            high |= UInt64(tweak[8 + i]) << (8 * i)
        }
        for _ in 0..<n {
            let carry = high >> 63
            high = high << 1 | low >> 63
            low = low << 1 ^ (carry * 0x87)
        }
        return (0..<16).map { i in UInt8(truncatingIfNeeded: (i < 8 ? low : high) >> (8 * (i % 8))) }
    }
}
