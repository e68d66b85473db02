import Testing
import TEEABI
@testable import TEECrypto

/// SM2 signatures (over the SM3 digest e the TA computes) and SM2 encryption in GP's
/// C1 || C3 || C2 layout, as OpenSSL 3.0 offers them; round trips and rejections.
@Suite("SM2")
struct SM2Tests {
    static func generated(_ type: GPObjectType) throws -> GPObject {
        let key = try GPObject(type: type, maxObjectSize: 256)
        try key.generateKey(size: 256, parameters: [GPAttribute(.eccCurve, a: GPCurve.sm2.rawValue, b: 0)])
        return key
    }

    static func publicPart(_ pair: GPObject, _ type: GPObjectType) throws -> GPObject {
        let key = try GPObject(type: type, maxObjectSize: 256)
        try key.copyAttributes(from: pair)
        return key
    }

    @Test("SM2 signatures: r || s of 64 bytes that verify; altered ones, other digests and lengths do not")
    func signatures() throws {
        let pair = try Self.generated(.sm2DsaKeypair)
        let e = try digest(.sm3, Array("message".utf8))
        let signer = try operation(.sm2DsaSm3, .sign, key: pair)
        let signature = try signer.sign(e)
        #expect(signature.count == 64)
        let verifier = try operation(.sm2DsaSm3, .verify, key: try Self.publicPart(pair, .sm2DsaPublicKey))
        try verifier.verify(e, signature)
        var bad = signature
        bad[40] ^= 0x10
        #expect(faultOf { try verifier.verify(e, bad) } == .result(.signatureInvalid))
        #expect(faultOf { try verifier.verify(try digest(.sm3, [1]), signature) } == .result(.signatureInvalid))
        #expect(faultOf { _ = try signer.sign(Array(e.prefix(20))) } == .result(.badParameters))
        // SM2 keys live on SM2's curve, and are not ECDSA keys.
        let key = try GPObject(type: .sm2DsaKeypair, maxObjectSize: 256)
        #expect(faultOf { try key.generateKey(size: 256, parameters: [GPAttribute(.eccCurve, a: GPCurve.nistP256.rawValue, b: 0)]) }
            == .result(.badParameters))
        let ecdsa = try GPOperation(algorithm: .ecdsaSha256, mode: .sign, maxKeySize: 256)
        #expect(isPanic(faultOf { try ecdsa.setKeys([pair]) }))
        #expect(faultOf { _ = try GPOperation(algorithm: .sm2DsaSm3, mode: .sign, maxKeySize: 512) } == .result(.notSupported))
    }

    @Test("SM2 encryption: C1 || C3 || C2 (97 bytes more than the message) that decrypts; any alteration is BAD_PARAMETERS")
    func encryption() throws {
        let pair = try Self.generated(.sm2PkeKeypair)
        let message = Array("encryption standard".utf8)
        let encryptor = try operation(.sm2Pke, .encrypt, key: try Self.publicPart(pair, .sm2PkePublicKey))
        let c = try encryptor.encrypt(message)
        #expect(c.count == 97 + message.count && c[0] == 4)
        #expect(c != (try encryptor.encrypt(message)))
        let decryptor = try operation(.sm2Pke, .decrypt, key: pair)
        #expect(try decryptor.decrypt(c) == message)
        for index in [2, 70, 100] {  // C1 (off the curve), C3 (hash), C2
            var bad = c
            bad[index] ^= 0x01
            #expect(faultOf { _ = try decryptor.decrypt(bad) } == .result(.badParameters), "byte \(index)")
        }
        #expect(faultOf { _ = try decryptor.decrypt(Array(c.prefix(97))) } == .result(.badParameters))
        #expect(faultOf { _ = try decryptor.decrypt([5] + c.dropFirst()) } == .result(.badParameters))
        // Sizes: SHORT_BUFFER says what is needed.
        var size = 0
        var small = [UInt8](repeating: 0, count: 10)
        #expect(faultOf {
            try small.withUnsafeMutableBytes { o in try message.withUnsafeBytes { try encryptor.asymmetricEncrypt([], $0, into: o, size: &size) } }
        } == .result(.shortBuffer) && size == c.count)
        #expect(faultOf {
            try small.withUnsafeMutableBytes { o in try c.withUnsafeBytes { try decryptor.asymmetricDecrypt([], $0, into: o, size: &size) } }
        } == .result(.shortBuffer) && size == message.count)
    }
}
