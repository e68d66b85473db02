import Testing
import TEEABI
@testable import TEECrypto

/// ECDSA through GP operations: NIST CAVP and Wycheproof verification vectors, round trips
/// on every curve (signing is randomized), OP-TEE's algorithm-to-curve binding.
@Suite("ECDSA")
struct ECDSATests {
    static func publicKey(_ curve: GPCurve, x: String, y: String, maxSize: UInt32 = 521) throws -> GPObject {
        try populated(.ecdsaPublicKey, maxSize: maxSize, [attribute(.eccPublicValueX, x), attribute(.eccPublicValueY, y),
                                                          GPAttribute(.eccCurve, a: curve.rawValue, b: 0)])
    }

    static func generated(_ curve: ECCurve, type: GPObjectType = .ecdsaKeypair) throws -> GPObject {
        let key = try GPObject(type: type, maxObjectSize: curve.bits)
        try key.generateKey(size: curve.bits, parameters: [GPAttribute(.eccCurve, a: curve.id.rawValue, b: 0)])
        return key
    }

    @Test("NIST CAVP SigVer: P-256 with SHA-256, and P-384 with a SHA-256 digest (OP-TEE takes any digest length)")
    func cavpVerify() throws {
        for (vectors, curve, algorithm) in [(ECVectors.p256SHA256, GPCurve.nistP256, GPAlgorithm.ecdsaSha256),
                                            (ECVectors.p384SHA256, .nistP384, .ecdsaSha384)] {
            #expect(vectors.contains { $0.valid } && vectors.contains { !$0.valid })
            for v in vectors {
                let key = try Self.publicKey(curve, x: v.qx, y: v.qy)
                let op = try operation(algorithm, .verify, key: key, maxKeySize: key.objectSize)
                let fault = faultOf { try op.verify(try digest(.sha256, [UInt8](hex: v.message)), [UInt8](hex: v.r + v.s)) }
                #expect(fault == (v.valid ? nil : .result(.signatureInvalid)), "\(v.message.prefix(16))")
            }
        }
    }

    @Test("Wycheproof P-256 / SHA-256 (P1363): the valid signature verifies; out-of-range, zero and malformed ones are SIGNATURE_INVALID")
    func wycheproofVerify() throws {
        let key = try Self.publicKey(.nistP256, x: ECVectors.wycheproofKey.x, y: ECVectors.wycheproofKey.y, maxSize: 256)
        let op = try operation(.ecdsaSha256, .verify, key: key)
        let hash = try digest(.sha256, [UInt8](hex: ECVectors.wycheproofMessage))
        for (tcId, signature, valid) in ECVectors.wycheproofSignatures {
            let fault = faultOf { try op.verify(hash, [UInt8](hex: signature)) }
            #expect(fault == (valid ? nil : .result(.signatureInvalid)), "tcId \(tcId)")
        }
    }

    @Test("sign then verify on every curve with its algorithm, and with OP-TEE's legacy ids",
          arguments: zip(ECCurve.all, [(GPAlgorithm.ecdsaSha1, GPAlgorithm.opteeEcdsaP192),
                                       (.ecdsaSha224, .opteeEcdsaP224), (.ecdsaSha256, .opteeEcdsaP256),
                                       (.ecdsaSha384, .opteeEcdsaP384), (.ecdsaSha512, .opteeEcdsaP521)]))
    func roundTrip(curve: ECCurve, algorithms: (GPAlgorithm, GPAlgorithm)) throws {
        let pair = try Self.generated(curve)
        #expect(pair.objectSize == curve.bits)
        let publicKey = try GPObject(type: .ecdsaPublicKey, maxObjectSize: curve.bits)
        try publicKey.copyAttributes(from: pair)
        #expect(throws: GPFault.self) { _ = try publicKey.bufferAttribute(.eccPrivateValue) }
        let hash = try digest(AsymmetricScheme(algorithms.0)!.signatureHash!.digest, Array("message".utf8))
        for algorithm in [algorithms.0, algorithms.1] {
            let signer = try operation(algorithm, .sign, key: pair)
            #expect(signer.outputLength == hash.count)
            let a = try signer.sign(hash)
            let b = try signer.sign(hash)
            #expect(a.count == 2 * curve.bytes && a != b)
            let verifier = try operation(algorithm, .verify, key: publicKey)
            try verifier.verify(hash, a)
            try verifier.verify(hash, b)
            var tampered = a
            tampered[tampered.count - 1] ^= 1
            #expect(faultOf { try verifier.verify(hash, tampered) } == .result(.signatureInvalid))
            // OP-TEE's xtest signs SHA-1 digests on every curve: any length is taken.
            try verifier.verify(try digest(.sha1, [1]), try signer.sign(try digest(.sha1, [1])))
        }
    }

    @Test("OP-TEE binds each ECDSA id to one curve: maxKeySize must be its size, other curves are BAD_PARAMETERS")
    func curveBinding() throws {
        #expect(faultOf { _ = try GPOperation(algorithm: .ecdsaSha256, mode: .sign, maxKeySize: 384) } == .result(.notSupported))
        #expect(faultOf { _ = try GPOperation(algorithm: .ecdsaSha512, mode: .sign, maxKeySize: 512) } == .result(.notSupported))
        #expect(faultOf { _ = try GPOperation(algorithm: .ecdsaSha3_256, mode: .sign, maxKeySize: 256) } == .result(.notSupported))
        let p224 = try Self.generated(.p224)
        let op = try operation(.ecdsaSha256, .sign, key: p224, maxKeySize: 256)
        #expect(faultOf { _ = try op.sign([UInt8](repeating: 1, count: 32)) } == .result(.badParameters))
        // An ECDH key is not an ECDSA key.
        let ecdh = try Self.generated(.p256, type: .ecdhKeypair)
        let signer = try GPOperation(algorithm: .ecdsaSha256, mode: .sign, maxKeySize: 256)
        #expect(isPanic(faultOf { try signer.setKeys([ecdh]) }))
        #expect(GPEngines.isSupported(algorithm: .ecdsaSha256, element: GPCurve.nistP256.rawValue))
        #expect(!GPEngines.isSupported(algorithm: .ecdsaSha256, element: GPCurve.nistP384.rawValue))
        #expect(!GPEngines.isSupported(algorithm: .ecdsaSha256, element: 0))
    }

    @Test("a short signature buffer is SHORT_BUFFER with 2 x the curve's bytes")
    func shortBuffer() throws {
        let op = try operation(.ecdsaSha512, .sign, key: try Self.generated(.p521))
        var out = [UInt8](repeating: 0, count: 131)
        var size = 0
        let hash = [UInt8](repeating: 7, count: 64)
        #expect(faultOf {
            try out.withUnsafeMutableBytes { o in try hash.withUnsafeBytes { try op.asymmetricSignDigest([], $0, into: o, size: &size) } }
        } == .result(.shortBuffer) && size == 132)
    }
}
