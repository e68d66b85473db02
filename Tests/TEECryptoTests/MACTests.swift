import Testing
import TEEABI
@testable import TEECrypto
import CryptoTestVectors

/// MACs through GP operations: published answers whole and in pieces, compare-final,
/// CBC-MAC padding and IV rules, key types and states.
@Suite("MACs")
struct MACTests {
    static func operation(_ v: MACVector) throws -> GPOperation {
        try keyedOperation(v.algorithm, .mac, [try secretKey(v.keyType, v.key)])
    }

    @Test("known answers, whole, in random pieces, and through TEE_MACCompareFinal", arguments: MACVectors.all)
    func knownAnswers(_ v: MACVector) throws {
        var rng = SeededGenerator(seed: 0x3AC)
        let op = try Self.operation(v)
        let (message, iv, expected) = ([UInt8](hex: v.message), [UInt8](hex: v.iv), [UInt8](hex: v.mac))
        #expect(op.outputLength == expected.count)
        #expect(try op.mac(iv: iv, pieces: [], last: message).hex == v.mac)
        #expect(op.state == .initial)
        for _ in 0..<4 {
            let split = Int.random(in: 0...message.count, using: &rng)
            #expect(try op.mac(iv: iv, pieces: rng.pieces(Array(message[..<split])), last: Array(message[split...])).hex == v.mac)
        }
        try op.initMAC(iv)
        try op.compareMAC(message, expected)
        #expect(op.state == .initial)
    }

    @Test("TEE_MACCompareFinal: a different or differently long MAC is MAC_INVALID; the operation ends either way")
    func compare() throws {
        for v in MACVectors.modified {
            let op = try Self.operation(v)
            try op.initMAC()
            #expect(faultOf { try op.compareMAC([UInt8](hex: v.message), [UInt8](hex: v.mac)) } == .result(.macInvalid))
            #expect(op.state == .initial)
            #expect(isPanic(faultOf { try op.macUpdate([1]) }))
        }
        let v = MACVectors.hmac[8]
        let op = try Self.operation(v)
        let mac = [UInt8](hex: v.mac)
        for wrong in [Array(mac.dropLast()), mac + [0], [], Array(mac[..<16])] {
            try op.initMAC()
            #expect(faultOf { try op.compareMAC([UInt8](hex: v.message), wrong) } == .result(.macInvalid))
        }
        try op.initMAC()
        try op.compareMAC([UInt8](hex: v.message), mac)
    }

    @Test("SHORT_BUFFER (the size is the MAC length) consumes nothing")
    func shortBuffer() throws {
        let v = MACVectors.cmac[3]
        let op = try Self.operation(v)
        try op.initMAC()
        let message = [UInt8](hex: v.message)
        try op.macUpdate(Array(message[..<30]))
        #expect(faultOf { _ = try op.computeMAC(Array(message[30...]), capacity: 15) } == .result(.shortBuffer))
        #expect(op.state == .active)
        #expect(try op.computeMAC(Array(message[30...]), capacity: 16).hex == v.mac)
    }

    @Test("CBC-MAC: NOPAD needs whole blocks (BAD_PARAMETERS, nothing consumed); PKCS5 is NOPAD over the padded message")
    func cbcMACPadding() throws {
        var rng = SeededGenerator(seed: 99)
        for (nopad, pkcs5, type, keyBytes, block) in [(GPAlgorithm.aesCbcMacNopad, GPAlgorithm.aesCbcMacPkcs5, GPObjectType.aes, 32, 16),
                                                      (.desCbcMacNopad, .desCbcMacPkcs5, .des, 8, 8),
                                                      (.des3CbcMacNopad, .des3CbcMacPkcs5, .des3, 16, 8)] {
            let key = try secretKey(type, rng.bytes(keyBytes))
            let plain = try keyedOperation(nopad, .mac, [key]), padded = try keyedOperation(pkcs5, .mac, [key])
            for length in [0, 1, block - 1, block, block + 3, 5 * block] {
                let message = rng.bytes(length), iv = rng.bytes(block)
                let pad = block - length % block
                #expect(try padded.mac(iv: iv, pieces: rng.pieces(message)) ==
                        plain.mac(iv: iv, pieces: [message + [UInt8](repeating: UInt8(pad), count: pad)]))
            }
            try plain.initMAC()
            try plain.macUpdate(rng.bytes(block + 1))
            #expect(faultOf { _ = try plain.computeMAC(rng.bytes(block)) } == .result(.badParameters))
            #expect(try plain.computeMAC(rng.bytes(block - 1)).count == block)
        }
    }

    @Test("IV: CBC-MAC takes none (zeros) or one block, else panics; HMAC and CMAC ignore it")
    func ivRules() throws {
        let key = try secretKey(.aes, CipherVectors.aes128)
        let cbcMAC = try keyedOperation(.aesCbcMacNopad, .mac, [key])
        #expect(isPanic(faultOf { try cbcMAC.initMAC([UInt8](repeating: 0, count: 8)) }))
        let zeros = try cbcMAC.mac(iv: [UInt8](repeating: 0, count: 16), pieces: [[UInt8](repeating: 5, count: 32)])
        #expect(try cbcMAC.mac(pieces: [[UInt8](repeating: 5, count: 32)]) == zeros)
        let v = MACVectors.cmac[1]
        #expect(try Self.operation(v).mac(iv: [1, 2, 3], pieces: [[UInt8](hex: v.message)]).hex == v.mac)
        let h = MACVectors.hmac[0]
        #expect(try Self.operation(h).mac(iv: [UInt8](repeating: 7, count: 16), pieces: [[UInt8](hex: h.message)]).hex == h.mac)
    }

    @Test("keys: HMAC_<hash> for HMAC_<hash>, the cipher's type for CMAC/CBC-MAC, MAC usage; else panic")
    func keyRules() throws {
        let sha256 = try GPOperation(algorithm: .hmacSha256, mode: .mac, maxKeySize: 512)
        #expect(isPanic(faultOf { try sha256.setKeys([try secretKey(.hmacSha1, [UInt8](repeating: 1, count: 32))]) }))
        #expect(isPanic(faultOf { try sha256.setKeys([try secretKey(.genericSecret, [UInt8](repeating: 1, count: 32))]) }))
        #expect(isPanic(faultOf { try sha256.setKeys([try secretKey(.aes, CipherVectors.aes256)]) }))
        #expect(isPanic(faultOf { try sha256.setKeys([try secretKey(.hmacSha256, [UInt8](repeating: 1, count: 32), usage: [.sign])]) }))
        try sha256.setKeys([try secretKey(.hmacSha256, [UInt8](repeating: 1, count: 32), usage: [.mac])])
        let cmac = try GPOperation(algorithm: .des3Cmac, mode: .mac, maxKeySize: 192)
        #expect(isPanic(faultOf { try cmac.setKeys([try secretKey(.aes, CipherVectors.aes128)]) }))
        #expect(isPanic(faultOf { try cmac.setKeys([try secretKey(.des, "0123456789abcdef")]) }))
        #expect(cmac.outputLength == 8)
    }

    @Test("state: update or final before init panics; a new init restarts; copies carry on independently")
    func states() throws {
        let v = MACVectors.hmac[11]
        let op = try Self.operation(v)
        #expect(isPanic(faultOf { try op.macUpdate([1]) }))
        #expect(isPanic(faultOf { _ = try op.computeMAC([]) }))
        try op.initMAC()
        try op.macUpdate([9, 9, 9])
        let message = [UInt8](hex: v.message)
        try op.initMAC()
        try op.macUpdate(Array(message[..<5]))
        let copy = try GPOperation(algorithm: v.algorithm, mode: .mac, maxKeySize: 512)
        try copy.copy(from: op)
        #expect(try op.computeMAC(Array(message[5...])).hex == v.mac)
        #expect(try copy.computeMAC(Array(message[5...])).hex == v.mac)
        #expect(isPanic(faultOf { _ = try op.computeMAC([]) }))
    }

    static let everyMAC: [(GPAlgorithm, GPObjectType, Int)] = [
        (.hmacMd5, .hmacMd5, 16), (.hmacSha1, .hmacSha1, 20), (.hmacSha224, .hmacSha224, 28), (.hmacSha256, .hmacSha256, 32),
        (.hmacSha384, .hmacSha384, 48), (.hmacSha512, .hmacSha512, 64), (.hmacSm3, .hmacSm3, 32), (.hmacSha3_224, .hmacSha3_224, 28),
        (.hmacSha3_256, .hmacSha3_256, 32), (.hmacSha3_384, .hmacSha3_384, 48), (.hmacSha3_512, .hmacSha3_512, 64),
        (.aesCmac, .aes, 16), (.des3Cmac, .des3, 24), (.aesCbcMacPkcs5, .aes, 24), (.desCbcMacPkcs5, .des, 8), (.des3CbcMacPkcs5, .des3, 16),
    ]

    @Test("streaming equivalence for every MAC; TEE_IsAlgorithmSupported says yes to each", arguments: everyMAC.indices)
    func streaming(_ index: Int) throws {
        let (algorithm, type, keyBytes) = Self.everyMAC[index]
        #expect(GPEngines.isSupported(algorithm: algorithm, element: 0))
        var rng = SeededGenerator(seed: UInt64(index) &+ 0x4D41)
        let op = try keyedOperation(algorithm, .mac, [try secretKey(type, rng.bytes(keyBytes))])
        for _ in 0..<16 {
            let message = rng.bytes(Int.random(in: 0...400, using: &rng))
            let whole = try op.mac(pieces: [], last: message)
            #expect(whole.count == op.outputLength)
            let split = Int.random(in: 0...message.count, using: &rng)
            #expect(try op.mac(pieces: rng.pieces(Array(message[..<split])), last: Array(message[split...])) == whole)
        }
    }

    @Test("modes other than MAC, and key sizes the type does not allow, are NOT_SUPPORTED")
    func support() throws {
        #expect(faultOf { _ = try GPOperation(algorithm: .hmacSha256, mode: .encrypt, maxKeySize: 256) } == .result(.notSupported))
        #expect(faultOf { _ = try GPOperation(algorithm: .aesCmac, mode: .sign, maxKeySize: 128) } == .result(.notSupported))
        #expect(faultOf { _ = try GPOperation(algorithm: .hmacSha256, mode: .mac, maxKeySize: 128) } == .result(.notSupported))
        #expect(faultOf { _ = try GPOperation(algorithm: .hmacSha1, mode: .mac, maxKeySize: 2048) } == .result(.notSupported))
        #expect(!GPEngines.isSupported(algorithm: .hmacSha256, element: 1))
        #expect(try GPOperation(algorithm: .hmacSha512, mode: .mac, maxKeySize: 1024).outputLength == 64)
    }
}
