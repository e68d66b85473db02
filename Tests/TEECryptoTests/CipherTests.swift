import Testing
import TEEABI
@testable import TEECrypto
import CryptoTestVectors

/// Symmetric ciphers through GP operations: published answers whole and in pieces, GP's
/// buffering, IV, key and state rules.
@Suite("symmetric ciphers")
struct CipherTests {
    static func keys(_ v: CipherVector, usage: GPUsage? = nil) throws -> [GPObject] {
        try [secretKey(v.keyType, v.key, usage: usage)] + (v.key2.map { [try secretKey(v.keyType, $0, usage: usage)] } ?? [])
    }

    @Test("known answers, encrypt and decrypt, whole and in random pieces", arguments: CipherVectors.all)
    func knownAnswers(_ v: CipherVector) throws {
        var rng = SeededGenerator(seed: 0x5EED)
        let (plain, cipher, iv) = ([UInt8](hex: v.plaintext), [UInt8](hex: v.ciphertext), [UInt8](hex: v.iv))
        for (mode, input, expected) in [(GPOperationMode.encrypt, plain, cipher), (.decrypt, cipher, plain)] {
            let op = try keyedOperation(v.algorithm, mode, try Self.keys(v))
            #expect(try op.cipher(iv: iv, pieces: [], last: input).hex == expected.hex)
            #expect(op.state == .initial)
            for _ in 0..<4 {
                let split = Int.random(in: 0...input.count, using: &rng)
                let got = try op.cipher(iv: iv, pieces: rng.pieces(Array(input[..<split])), last: Array(input[split...]))
                #expect(got.hex == expected.hex)
            }
        }
    }

    /// Every cipher this TEE offers: random messages in random pieces give the one-shot
    /// result, and decrypting gives the message back.
    static let streamed: [(GPAlgorithm, GPObjectType, Int, Int)] = [
        (.aesEcbNopad, .aes, 16, 16), (.aesCbcNopad, .aes, 24, 16), (.aesCtr, .aes, 32, 1), (.aesCts, .aes, 16, 1),
        (.aesXts, .aes, 32, 1), (.desEcbNopad, .des, 8, 8), (.desCbcNopad, .des, 8, 8), (.des3EcbNopad, .des3, 16, 8),
        (.des3CbcNopad, .des3, 24, 8), (.sm4EcbNopad, .sm4, 16, 16), (.sm4CbcNopad, .sm4, 16, 16), (.sm4Ctr, .sm4, 16, 1),
    ]

    @Test("streaming equivalence: seeded random pieces give the one-shot result", arguments: streamed.indices)
    func streaming(_ index: Int) throws {
        let (algorithm, type, keyBytes, unit) = Self.streamed[index]
        var rng = SeededGenerator(seed: UInt64(index) &+ 0xC1F3)
        let keyCount = algorithm == .aesXts ? 2 : 1
        let keys = try (0..<keyCount).map { _ in try secretKey(type, rng.bytes(keyBytes)) }
        let ivLength = algorithm.chainMode == 0 ? 0 : (type == .aes || type == .sm4 ? 16 : 8)
        let block = type == .aes || type == .sm4 ? 16 : 8
        let encrypt = try keyedOperation(algorithm, .encrypt, keys)
        let decrypt = try keyedOperation(algorithm, .decrypt, keys)
        for _ in 0..<24 {
            let length = unit == 1 ? Int.random(in: block...300, using: &rng) : unit * Int.random(in: 0...20, using: &rng)
            let (message, iv) = (rng.bytes(length), rng.bytes(ivLength))
            let whole = try encrypt.cipher(iv: iv, pieces: [], last: message)
            let split = Int.random(in: 0...length, using: &rng)
            // Pieces may leave a partial block for DoFinal to complete (NOPAD included).
            let pieces = rng.pieces(Array(message[..<split]))
            #expect(try encrypt.cipher(iv: iv, pieces: pieces, last: Array(message[split...])) == whole)
            #expect(try decrypt.cipher(iv: iv, pieces: rng.pieces(whole), last: []) == message)
        }
    }

    @Test("ECB/CBC pass on whole blocks; CTS and XTS hold back the last two blocks; CTR streams")
    func buffering() throws {
        let key = try secretKey(.aes, CipherVectors.aes128)
        let iv = [UInt8](repeating: 0, count: 16)
        let cbc = try keyedOperation(.aesCbcNopad, .encrypt, [key])
        try cbc.initCipher(iv)
        #expect(try cbc.update([UInt8](repeating: 1, count: 5)).count == 0)
        #expect(try cbc.cipherUpdateSize(11) == 16)
        #expect(try cbc.update([UInt8](repeating: 1, count: 27)).count == 32)
        #expect(try cbc.cipherFinalSize(0) == 0)
        let cts = try keyedOperation(.aesCts, .encrypt, [key])
        try cts.initCipher(iv)
        #expect(try cts.update([UInt8](repeating: 1, count: 32)).count == 0)
        #expect(try cts.update([1]).count == 16)
        #expect(try cts.cipherUpdateSize(16) == 16)
        #expect(try cts.cipherFinalSize(3) == 20)
        let ctr = try keyedOperation(.aesCtr, .encrypt, [key])
        try ctr.initCipher(iv)
        #expect(try ctr.update([1, 2, 3]).count == 3)
    }

    @Test("NOPAD with a partial block at the end is BAD_PARAMETERS and consumes nothing; CTS needs a block")
    func partialBlock() throws {
        let v = CipherVectors.sp80038a[3]
        let op = try keyedOperation(.aesCbcNopad, .encrypt, try Self.keys(v))
        try op.initCipher([UInt8](hex: v.iv))
        let plain = [UInt8](hex: v.plaintext)
        _ = try op.update(Array(plain[..<10]))
        #expect(faultOf { _ = try op.final(Array(plain[10..<20])) } == .result(.badParameters))
        #expect(op.state == .active)
        #expect(try op.final(Array(plain[10...])).hex == v.ciphertext)
        let cts = try keyedOperation(.aesCts, .encrypt, [try secretKey(.aes, CipherVectors.ctsKey)])
        try cts.initCipher([UInt8](repeating: 0, count: 16))
        #expect(faultOf { _ = try cts.final([1, 2, 3]) } == .result(.badParameters))
        let des = try keyedOperation(.desEcbNopad, .decrypt, [try secretKey(.des, "0123456789abcdef")])
        try des.initCipher([])
        #expect(faultOf { _ = try des.final([UInt8](repeating: 0, count: 12)) } == .result(.badParameters))
    }

    @Test("SHORT_BUFFER names nothing consumed; the call then succeeds with room")
    func shortBuffer() throws {
        let v = CipherVectors.sp80038a[6]
        let op = try keyedOperation(.aesCtr, .encrypt, try Self.keys(v))
        try op.initCipher([UInt8](hex: v.iv))
        let plain = [UInt8](hex: v.plaintext)
        #expect(faultOf { _ = try op.update(Array(plain[..<20]), capacity: 19) } == .result(.shortBuffer))
        let first = try op.update(Array(plain[..<20]), capacity: 20)
        #expect(faultOf { _ = try op.final(Array(plain[20...]), capacity: 43) } == .result(.shortBuffer))
        #expect(op.state == .active)
        #expect((first + (try op.final(Array(plain[20...]), capacity: 44))).hex == v.ciphertext)
        let cbc = try keyedOperation(.aesCbcNopad, .decrypt, try Self.keys(CipherVectors.sp80038a[3]))
        try cbc.initCipher([UInt8](hex: CipherVectors.cbcIV))
        _ = try cbc.update([UInt8](repeating: 0, count: 7))
        #expect(faultOf { _ = try cbc.update([UInt8](repeating: 0, count: 9), capacity: 15) } == .result(.shortBuffer))
        #expect(try cbc.cipherUpdateSize(9) == 16)
    }

    @Test("IV rules: ECB takes none, other modes exactly one block; a wrong IV panics")
    func ivRules() throws {
        let aes = try secretKey(.aes, CipherVectors.aes128)
        let ecb = try keyedOperation(.aesEcbNopad, .encrypt, [aes])
        #expect(isPanic(faultOf { try ecb.initCipher([UInt8](repeating: 0, count: 16)) }))
        for algorithm in [GPAlgorithm.aesCbcNopad, .aesCtr, .aesCts] {
            let op = try keyedOperation(algorithm, .encrypt, [aes])
            #expect(isPanic(faultOf { try op.initCipher([UInt8](repeating: 0, count: 8)) }))
            #expect(isPanic(faultOf { try op.initCipher([]) }))
        }
        let des = try keyedOperation(.desCbcNopad, .encrypt, [try secretKey(.des, "0123456789abcdef")])
        #expect(isPanic(faultOf { try des.initCipher([UInt8](repeating: 0, count: 16)) }))
        try des.initCipher([UInt8](repeating: 0, count: 8))
    }

    @Test("state: update before init panics; DoFinal returns to INITIAL with the key; init restarts an active operation")
    func states() throws {
        let v = CipherVectors.sp80038a[3]
        let op = try keyedOperation(.aesCbcNopad, .encrypt, try Self.keys(v))
        #expect(isPanic(faultOf { _ = try op.update([1]) }))
        #expect(isPanic(faultOf { _ = try op.final([]) }))
        #expect(!op.handleFlags.contains(.initialized) && op.handleFlags.contains(.keySet))
        try op.initCipher([UInt8](hex: v.iv))
        #expect(op.state == .active && op.handleFlags.contains(.initialized))
        _ = try op.update([UInt8](repeating: 9, count: 23))
        // A second init drops the half-done message.
        #expect(try op.cipher(iv: [UInt8](hex: v.iv), pieces: [], last: [UInt8](hex: v.plaintext)).hex == v.ciphertext)
        #expect(op.state == .initial && !op.handleFlags.contains(.initialized))
        #expect(isPanic(faultOf { _ = try op.update([1]) }))
        let unkeyed = try GPOperation(algorithm: .aesCbcNopad, mode: .encrypt, maxKeySize: 128)
        #expect(isPanic(faultOf { try unkeyed.initCipher([UInt8](repeating: 0, count: 16)) }))
        // Reset, then the same message again; a copy carries on independently.
        try op.initCipher([UInt8](hex: v.iv))
        let plain = [UInt8](hex: v.plaintext)
        let head = try op.update(Array(plain[..<40]))
        let copy = try GPOperation(algorithm: .aesCbcNopad, mode: .encrypt, maxKeySize: 128)
        try copy.copy(from: op)
        #expect((head + (try op.final(Array(plain[40...])))).hex == v.ciphertext)
        #expect((head + (try copy.final(Array(plain[40...])))).hex == v.ciphertext)
        try op.reset()
        #expect(op.state == .initial)
    }

    @Test("keys: the algorithm's type, the mode's usage, at most maxKeySize, else panic")
    func keyRules() throws {
        let op = try GPOperation(algorithm: .aesCbcNopad, mode: .encrypt, maxKeySize: 128)
        #expect(isPanic(faultOf { try op.setKeys([try secretKey(.des, "0123456789abcdef")]) }))
        #expect(isPanic(faultOf { try op.setKeys([try secretKey(.aes, CipherVectors.aes256)]) }))
        #expect(isPanic(faultOf { try op.setKeys([try secretKey(.aes, CipherVectors.aes128, usage: [.decrypt])]) }))
        try op.setKeys([try secretKey(.aes, CipherVectors.aes128, usage: [.encrypt])])
        let des3 = try GPOperation(algorithm: .des3CbcNopad, mode: .decrypt, maxKeySize: 192)
        #expect(isPanic(faultOf { try des3.setKeys([try secretKey(.des, "0123456789abcdef")]) }))
        #expect(isPanic(faultOf { try des3.setKeys([try secretKey(.aes, CipherVectors.aes128)]) }))
        let hmacKey = try secretKey(.hmacSha256, [UInt8](repeating: 1, count: 32))
        #expect(isPanic(faultOf { try op.setKeys([hmacKey]) }))
    }

    @Test("AES-XTS: two keys of one size, different (else SECURITY), each at most half of maxKeySize")
    func xtsKeys() throws {
        let v = CipherVectors.xts[0]
        let op = try GPOperation(algorithm: .aesXts, mode: .encrypt, maxKeySize: 256)
        #expect(op.keyCount == 2 && op.handleFlags.contains(.expectTwoKeys))
        let (k1, k2) = (try secretKey(.aes, v.key), try secretKey(.aes, v.key2!))
        #expect(isPanic(faultOf { try op.setKeys([k1]) }))
        #expect(faultOf { try op.setKeys([k1, try secretKey(.aes, v.key)]) } == .result(.security))
        #expect(isPanic(faultOf { try op.setKeys([k1, try secretKey(.aes, CipherVectors.aes256)]) }))
        #expect(isPanic(faultOf { try op.setKeys([try secretKey(.aes, [UInt8](repeating: 1, count: 32)), try secretKey(.aes, [UInt8](repeating: 2, count: 32))]) }))
        try op.setKeys([k1, k2])
        #expect(op.keySize == 128)
        // A refused pair leaves the keys that were set.
        #expect(faultOf { try op.setKeys([k2, try secretKey(.aes, v.key2!)]) } == .result(.security))
        #expect(try op.cipher(iv: [UInt8](hex: v.iv), pieces: [], last: [UInt8](hex: v.plaintext)).hex == v.ciphertext)
        #expect(faultOf { _ = try GPOperation(algorithm: .aesXts, mode: .encrypt, maxKeySize: 384) } == .result(.notSupported))
    }

    @Test("what this TEE does not offer is NOT_SUPPORTED, and TEE_IsAlgorithmSupported agrees")
    func support() throws {
        for (algorithm, _, _, _) in Self.streamed {
            #expect(GPEngines.isSupported(algorithm: algorithm, element: 0))
            #expect(!GPEngines.isSupported(algorithm: algorithm, element: 3))
        }
        // OpenSSL 3.0 has no SM4-XTS; GP's SM4 PKCS5 ids are not OP-TEE algorithms either.
        for algorithm in [GPAlgorithm.sm4Xts, .sm4EcbPkcs5, .sm4CbcPkcs5, GPAlgorithm(rawValue: 0x1000_0510)] {
            #expect(!GPEngines.isSupported(algorithm: algorithm, element: 0))
            #expect(faultOf { _ = try GPOperation(algorithm: algorithm, mode: .encrypt, maxKeySize: 256) } == .result(.notSupported))
        }
        for mode in [GPOperationMode.mac, .digest, .sign, .derive] {
            #expect(faultOf { _ = try GPOperation(algorithm: .aesCbcNopad, mode: mode, maxKeySize: 128) } == .result(.notSupported))
        }
        #expect(faultOf { _ = try GPOperation(algorithm: .aesCbcNopad, mode: .encrypt, maxKeySize: 100) } == .result(.notSupported))
        #expect(faultOf { _ = try GPOperation(algorithm: .desCbcNopad, mode: .encrypt, maxKeySize: 128) } == .result(.notSupported))
        #expect(try GPOperation(algorithm: .aesCtr, mode: .decrypt, maxKeySize: 192).outputLength == 0)
    }

    @Test("in place: each call's output over its own input (GP: equal starting positions)")
    func inPlace() throws {
        var rng = SeededGenerator(seed: 7)
        for algorithm in [GPAlgorithm.aesCbcNopad, .aesCts, .aesXts, .aesCtr] {
            let keys = try (0..<(algorithm == .aesXts ? 2 : 1)).map { _ in try secretKey(.aes, rng.bytes(16)) }
            let message = rng.bytes(96), iv = rng.bytes(16)
            for mode in [GPOperationMode.encrypt, .decrypt] {
                let op = try keyedOperation(algorithm, mode, keys)
                let expected = try op.cipher(iv: iv, pieces: [], last: message)
                try op.initCipher(iv)
                var out: [UInt8] = []
                for (start, end) in [(0, 5), (5, 50), (50, 96)] {
                    // The chunk sits at the start of a buffer with room for what comes out.
                    var buffer = Array(message[start..<end]) + [UInt8](repeating: 0, count: 48)
                    let n = try buffer.withUnsafeMutableBytes { b in
                        let input = UnsafeRawBufferPointer(rebasing: b[0..<(end - start)])
                        return end == 96 ? try op.cipherDoFinal(input, into: b) : try op.cipherUpdate(input, into: b)
                    }
                    out += buffer.prefix(n)
                }
                #expect(out == expected, "\(algorithm) \(mode)")
            }
        }
    }
}
