import Testing
import TEEABI
@testable import TEECrypto
import CryptoTestVectors

/// Authenticated encryption through GP operations: published answers and forgeries, tag
/// and nonce rules, AAD ordering, SHORT_BUFFER, states, streaming.
@Suite("authenticated encryption")
struct AETests {
    static func operation(_ v: AEVector, _ mode: GPOperationMode) throws -> GPOperation {
        try keyedOperation(v.algorithm, mode, [try secretKey(.aes, v.key)])
    }

    @Test("known answers and forgeries, whole and in random pieces", arguments: AEVectors.all)
    func knownAnswers(_ v: AEVector) throws {
        var rng = SeededGenerator(seed: 0xAE)
        let (nonce, aad, plain, cipher, tag) = ([UInt8](hex: v.nonce), [UInt8](hex: v.aad), [UInt8](hex: v.plaintext),
                                                [UInt8](hex: v.ciphertext), [UInt8](hex: v.tag))
        let decrypt = try Self.operation(v, .decrypt)
        guard v.valid else {
            try decrypt.initAE(nonce, tagBits: tag.count * 8, aadLength: aad.count, payloadLength: cipher.count)
            try decrypt.aad(aad)
            var out = [UInt8](repeating: 0xEE, count: cipher.count)
            #expect(faultOf { _ = try decrypt.decryptFinal(cipher, tag: tag, out: &out) } == .result(.macInvalid))
            #expect(out.allSatisfy { $0 == 0xEE }, "plaintext released with a bad tag")
            #expect(decrypt.state == .initial)
            return
        }
        let encrypt = try Self.operation(v, .encrypt)
        let sealed = try encrypt.seal(nonce: nonce, tagBits: tag.count * 8, aad: [aad], pieces: [], last: plain)
        #expect(sealed.out.hex == v.ciphertext && sealed.tag.hex == v.tag)
        #expect(encrypt.outputLength == tag.count && encrypt.state == .initial)
        #expect(try decrypt.open(nonce: nonce, tag: tag, aad: [aad], pieces: [], last: cipher).hex == v.plaintext)
        for _ in 0..<4 {
            let split = Int.random(in: 0...plain.count, using: &rng)
            let again = try encrypt.seal(nonce: nonce, tagBits: tag.count * 8, aad: rng.pieces(aad),
                                         pieces: rng.pieces(Array(plain[..<split])), last: Array(plain[split...]))
            #expect(again.out == sealed.out && again.tag == sealed.tag)
            #expect(try decrypt.open(nonce: nonce, tag: tag, aad: rng.pieces(aad), pieces: rng.pieces(Array(cipher[..<split])),
                                     last: Array(cipher[split...])) == plain)
        }
        // One bit off anywhere is MAC_INVALID, nothing of the final call's plaintext out.
        var badTag = tag
        badTag[badTag.count - 1] ^= 1
        #expect(faultOf { _ = try decrypt.open(nonce: nonce, tag: badTag, aad: [aad], pieces: [], last: cipher) } == .result(.macInvalid))
        if !aad.isEmpty {
            var badAAD = aad
            badAAD[0] ^= 0x80
            #expect(faultOf { _ = try decrypt.open(nonce: nonce, tag: tag, aad: [badAAD], pieces: [], last: cipher) } == .result(.macInvalid))
        }
    }

    @Test("tag lengths: GCM 96…128 in steps of 8, CCM 32…128 in steps of 16; others NOT_SUPPORTED")
    func tagLengths() throws {
        let gcm = try keyedOperation(.aesGcm, .encrypt, [try secretKey(.aes, CipherVectors.aes128)])
        for bits in [0, 32, 64, 88, 100, 136, 256] {
            #expect(faultOf { try gcm.initAE([UInt8](repeating: 0, count: 12), tagBits: bits) } == .result(.notSupported))
            #expect(!gcm.handleFlags.contains(.initialized))
        }
        for bits in [96, 104, 112, 120, 128] {
            try gcm.initAE([UInt8](repeating: 0, count: 12), tagBits: bits)
            #expect(try gcm.encryptFinal([]).tag.count == bits / 8)
        }
        let ccm = try keyedOperation(.aesCcm, .encrypt, [try secretKey(.aes, CipherVectors.aes128)])
        for bits in [0, 16, 40, 24, 120, 144] {
            #expect(faultOf { try ccm.initAE([UInt8](repeating: 0, count: 13), tagBits: bits) } == .result(.notSupported))
        }
        for bits in stride(from: 32, through: 128, by: 16) {
            try ccm.initAE([UInt8](repeating: 0, count: 13), tagBits: bits)
            #expect(try ccm.encryptFinal([]).tag.count == bits / 8)
        }
    }

    @Test("nonces: CCM takes 7…13 bytes, GCM at least one; else panic. CCM holds to the announced lengths")
    func noncesAndLengths() throws {
        let key = try secretKey(.aes, CipherVectors.aes128)
        let ccm = try keyedOperation(.aesCcm, .encrypt, [key])
        for length in [0, 6, 14, 16] {
            #expect(isPanic(faultOf { try ccm.initAE([UInt8](repeating: 1, count: length), tagBits: 128) }))
        }
        // A 13-byte nonce leaves two bytes for the payload length.
        #expect(isPanic(faultOf { try ccm.initAE([UInt8](repeating: 1, count: 13), tagBits: 128, payloadLength: 65536) }))
        let gcm = try keyedOperation(.aesGcm, .encrypt, [key])
        #expect(isPanic(faultOf { try gcm.initAE([], tagBits: 128) }))

        try ccm.initAE([UInt8](repeating: 1, count: 12), tagBits: 64, aadLength: 4, payloadLength: 8)
        #expect(isPanic(faultOf { try ccm.aad([1, 2, 3, 4, 5]) }))
        try ccm.reset()
        try ccm.initAE([UInt8](repeating: 1, count: 12), tagBits: 64, aadLength: 4, payloadLength: 8)
        try ccm.aad([1, 2])
        #expect(isPanic(faultOf { _ = try ccm.aeUpdate([1]) }), "payload before all the AAD")
        try ccm.reset()
        try ccm.initAE([UInt8](repeating: 1, count: 12), tagBits: 64, aadLength: 0, payloadLength: 8)
        _ = try ccm.aeUpdate([UInt8](repeating: 0, count: 5))
        #expect(isPanic(faultOf { _ = try ccm.aeUpdate([UInt8](repeating: 0, count: 4)) }))
        try ccm.reset()
        try ccm.initAE([UInt8](repeating: 1, count: 12), tagBits: 64, aadLength: 0, payloadLength: 8)
        #expect(isPanic(faultOf { _ = try ccm.encryptFinal([1, 2, 3]) }), "less payload than announced")
    }

    @Test("AAD only before the payload; update, final or AAD before init panic; init on a used operation panics")
    func states() throws {
        let key = try secretKey(.aes, CipherVectors.aes128)
        let op = try keyedOperation(.aesGcm, .encrypt, [key])
        #expect(isPanic(faultOf { try op.aad([1]) }))
        #expect(isPanic(faultOf { _ = try op.aeUpdate([1]) }))
        #expect(isPanic(faultOf { _ = try op.encryptFinal([]) }))
        try op.initAE([UInt8](repeating: 0, count: 12), tagBits: 128)
        try op.aad([1, 2])
        _ = try op.aeUpdate([])
        try op.aad([3])
        _ = try op.aeUpdate([4])
        #expect(op.state == .active)
        #expect(isPanic(faultOf { try op.aad([5]) }))
        #expect(isPanic(faultOf { try op.initAE([UInt8](repeating: 0, count: 12), tagBits: 128) }))
        #expect(isPanic(faultOf { var out = [UInt8](); _ = try op.decryptFinal([], tag: [], out: &out) }), "decrypt final on an encryption")
        _ = try op.encryptFinal([])
        #expect(op.state == .initial && !op.handleFlags.contains(.initialized))
        #expect(isPanic(faultOf { _ = try op.aeUpdate([1]) }))
        let unkeyed = try GPOperation(algorithm: .aesCcm, mode: .decrypt, maxKeySize: 256)
        #expect(isPanic(faultOf { try unkeyed.initAE([UInt8](repeating: 0, count: 12), tagBits: 128) }))
        #expect(isPanic(faultOf { try unkeyed.setKeys([try secretKey(.des3, [UInt8](repeating: 3, count: 24))]) }))
    }

    @Test("SHORT_BUFFER for the data or the tag consumes nothing; a wrong tag length is MAC_INVALID")
    func shortBuffers() throws {
        let v = AEVectors.gcm[9]
        let (nonce, aad, plain, tag) = ([UInt8](hex: v.nonce), [UInt8](hex: v.aad), [UInt8](hex: v.plaintext), [UInt8](hex: v.tag))
        let op = try Self.operation(v, .encrypt)
        try op.initAE(nonce, tagBits: 128)
        try op.aad(aad)
        #expect(faultOf { _ = try op.aeUpdate(Array(plain[..<20]), capacity: 19) } == .result(.shortBuffer))
        let head = try op.aeUpdate(Array(plain[..<20]))
        #expect(faultOf { _ = try op.encryptFinal(Array(plain[20...]), capacity: 39) } == .result(.shortBuffer))
        #expect(faultOf { _ = try op.encryptFinal(Array(plain[20...]), tagCapacity: 15) } == .result(.shortBuffer))
        #expect(op.aeTagLength == 16)
        let (rest, got) = try op.encryptFinal(Array(plain[20...]))
        #expect((head + rest).hex == v.ciphertext && got == tag)

        let decrypt = try Self.operation(v, .decrypt)
        let cipher = [UInt8](hex: v.ciphertext)
        try decrypt.initAE(nonce, tagBits: 128)
        try decrypt.aad(aad)
        var small = [UInt8](repeating: 0, count: cipher.count - 1)
        #expect(faultOf { _ = try decrypt.decryptFinal(cipher, tag: tag, out: &small) } == .result(.shortBuffer))
        var out = [UInt8](repeating: 0xEE, count: cipher.count)
        #expect(faultOf { _ = try decrypt.decryptFinal(cipher, tag: Array(tag.prefix(12)), out: &out) } == .result(.macInvalid))
        #expect(out.allSatisfy { $0 == 0xEE } && decrypt.state == .initial)
    }

    @Test("streaming equivalence: random AAD and payload pieces, both modes", arguments: [GPAlgorithm.aesGcm, .aesCcm])
    func streaming(_ algorithm: GPAlgorithm) throws {
        var rng = SeededGenerator(seed: UInt64(algorithm.rawValue))
        for keyBytes in [16, 24, 32] {
            let key = try secretKey(.aes, rng.bytes(keyBytes))
            let encrypt = try keyedOperation(algorithm, .encrypt, [key]), decrypt = try keyedOperation(algorithm, .decrypt, [key])
            for _ in 0..<12 {
                let nonce = rng.bytes(algorithm == .aesGcm ? Int.random(in: 1...64, using: &rng) : Int.random(in: 7...13, using: &rng))
                let aad = rng.bytes(Int.random(in: 0...200, using: &rng)), message = rng.bytes(Int.random(in: 0...300, using: &rng))
                let whole = try encrypt.seal(nonce: nonce, tagBits: 128, aad: [aad], pieces: [], last: message)
                let split = Int.random(in: 0...message.count, using: &rng)
                let pieces = try encrypt.seal(nonce: nonce, tagBits: 128, aad: rng.pieces(aad),
                                              pieces: rng.pieces(Array(message[..<split])), last: Array(message[split...]))
                #expect(pieces.out == whole.out && pieces.tag == whole.tag)
                #expect(try decrypt.open(nonce: nonce, tag: whole.tag, aad: rng.pieces(aad), pieces: rng.pieces(whole.out), last: []) == message)
            }
        }
        #expect(GPEngines.isSupported(algorithm: algorithm, element: 0))
    }

    @Test("CCM's AAD length encoding past 0xFF00 bytes round-trips; copies of an AE operation carry on independently")
    func longAADAndCopy() throws {
        var rng = SeededGenerator(seed: 0xFF00)
        let key = try secretKey(.aes, rng.bytes(16))
        let encrypt = try keyedOperation(.aesCcm, .encrypt, [key]), decrypt = try keyedOperation(.aesCcm, .decrypt, [key])
        let aad = rng.bytes(0xFF00 + 5), message = rng.bytes(33), nonce = rng.bytes(12)
        let sealed = try encrypt.seal(nonce: nonce, tagBits: 96, aad: rng.pieces(aad, maxPiece: 5000), pieces: [], last: message)
        #expect(try decrypt.open(nonce: nonce, tag: sealed.tag, aad: [aad], pieces: [], last: sealed.out) == message)

        try encrypt.initAE(nonce, tagBits: 96, aadLength: aad.count, payloadLength: message.count)
        try encrypt.aad(aad)
        let head = try encrypt.aeUpdate(Array(message[..<10]))
        let copy = try GPOperation(algorithm: .aesCcm, mode: .encrypt, maxKeySize: 128)
        try copy.copy(from: encrypt)
        let a = try encrypt.encryptFinal(Array(message[10...])), b = try copy.encryptFinal(Array(message[10...]))
        #expect(head + a.out == sealed.out && a.tag == sealed.tag && b.out == a.out && b.tag == a.tag)
    }

    @Test("AE modes: encrypt and decrypt only; AES keys only")
    func support() throws {
        for mode in [GPOperationMode.mac, .digest, .sign] {
            #expect(faultOf { _ = try GPOperation(algorithm: .aesGcm, mode: mode, maxKeySize: 128) } == .result(.notSupported))
        }
        #expect(faultOf { _ = try GPOperation(algorithm: .aesCcm, mode: .encrypt, maxKeySize: 64) } == .result(.notSupported))
        let op = try GPOperation(algorithm: .aesGcm, mode: .encrypt, maxKeySize: 256)
        #expect(op.outputLength == 0)
        #expect(isPanic(faultOf { try op.setKeys([try secretKey(.des, "0123456789abcdef")]) }))
    }
}
