import Testing
import TEEABI
@testable import TEECrypto

/// Asymmetric key objects: GP's populate rules, TEE_GenerateKey parameters, what a key pair
/// gives out and copies to its public type, and what this backend does not offer.
@Suite("asymmetric key objects")
struct AsymmetricKeyTests {
    @Test("RSA: CRT parts all or none; the size is the modulus'; secret parts only from extractable objects")
    func rsaPopulate() throws {
        let v = RSAVectors.pkcs1SignKey
        let base = [attribute(.rsaModulus, v.n), attribute(.rsaPublicExponent, v.e), attribute(.rsaPrivateExponent, v.d)]
        let key = try GPObject(type: .rsaKeypair, maxObjectSize: 2048)
        #expect(faultOf { try key.populate(base + [attribute(.rsaPrime1, v.p)]) } == .result(.badParameters))
        #expect(isPanic(faultOf { try key.populate([attribute(.rsaModulus, v.n), attribute(.rsaPublicExponent, v.e)]) }))
        #expect(isPanic(faultOf { try key.populate(base + [attribute(.dsaPrime, v.p)]) }))
        try key.populate(base)
        #expect(key.objectSize == 1024)
        let small = try GPObject(type: .rsaKeypair, maxObjectSize: 512)
        #expect(faultOf { try small.populate(base) } == .result(.badParameters))
        key.restrictUsage([.sign])
        #expect(try key.bufferAttribute(.rsaModulus).hex == [UInt8](hex: v.n).hex)
        #expect(isPanic(faultOf { _ = try key.bufferAttribute(.rsaPrivateExponent) }))
    }

    @Test("RSA generation: the size asked for, exponent 65537 unless given, all eight parts; bad exponents are BAD_PARAMETERS")
    func rsaGenerate() throws {
        let key = SharedKeys.rsa2048
        #expect(key.objectSize == 2048)
        #expect(try key.bufferAttribute(.rsaPublicExponent).hex == "010001")
        for id in [GPAttributeID.rsaModulus, .rsaPrivateExponent, .rsaPrime1, .rsaPrime2, .rsaExponent1, .rsaExponent2,
                   .rsaCoefficient] {
            #expect(try key.bufferAttribute(id).count > 0)
        }
        #expect(AsymmetricKeyMaterial.bitLength(try key.bufferAttribute(.rsaModulus)) == 2048)
        let e3 = try GPObject(type: .rsaKeypair, maxObjectSize: 1024)
        try e3.generateKey(size: 1024, parameters: [GPAttribute(.rsaPublicExponent, bytes: [3])])
        #expect(try e3.bufferAttribute(.rsaPublicExponent).hex == "03")
        let h = try digest(.sha256, [9])
        try operation(.rsassaPkcs1V1_5Sha256, .verify, key: e3).verify(h, try operation(.rsassaPkcs1V1_5Sha256, .sign, key: e3).sign(h))
        let even = try GPObject(type: .rsaKeypair, maxObjectSize: 1024)
        #expect(faultOf { try even.generateKey(size: 1024, parameters: [GPAttribute(.rsaPublicExponent, bytes: [4])]) }
            == .result(.badParameters))
        #expect(faultOf { try even.generateKey(size: 1024, parameters: [GPAttribute(.eccCurve, a: 3, b: 0)]) }
            == .result(.badParameters))
        // Below OpenSSL's 512-bit floor generation is not offered (such keys still populate).
        let tiny = try GPObject(type: .rsaKeypair, maxObjectSize: 256)
        #expect(faultOf { try tiny.generateKey(size: 256, parameters: []) } == .result(.notSupported))
        // Public key types are populated, not generated.
        let pub = try GPObject(type: .rsaPublicKey, maxObjectSize: 1024)
        #expect(faultOf { try pub.generateKey(size: 1024, parameters: []) } == .result(.notSupported))
    }

    @Test("ECC generation: the curve attribute is required and must match the size; attributes are big-endian")
    func eccGenerate() throws {
        let key = try GPObject(type: .ecdhKeypair, maxObjectSize: 521)
        #expect(faultOf { try key.generateKey(size: 256, parameters: []) } == .result(.badParameters))
        #expect(faultOf { try key.generateKey(size: 256, parameters: [GPAttribute(.eccCurve, a: GPCurve.nistP384.rawValue, b: 0)]) }
            == .result(.badParameters))
        #expect(faultOf { try key.generateKey(size: 256, parameters: [GPAttribute(.eccCurve, a: GPCurve._25519.rawValue, b: 0)]) }
            == .result(.badParameters))
        try key.generateKey(size: 521, parameters: [GPAttribute(.eccCurve, a: GPCurve.nistP521.rawValue, b: 0)])
        #expect(try key.valueAttribute(.eccCurve) == (GPCurve.nistP521.rawValue, 0))
        #expect(try key.bufferAttribute(.eccPublicValueX).count <= 66)
        // A copy to the public type keeps the curve and the point, not the private value.
        let pub = try GPObject(type: .ecdhPublicKey, maxObjectSize: 521)
        try pub.copyAttributes(from: key)
        #expect(pub.objectSize == 521)
        #expect(faultOf { _ = try pub.bufferAttribute(.eccPrivateValue) } == .result(.itemNotFound))
        // A private value that does not give the public point.
        let other = try ECDSATests.generated(.p521, type: .ecdhKeypair)
        #expect(faultOf {
            _ = try populated(.ecdhKeypair, maxSize: 521, [
                GPAttribute(.eccPrivateValue, bytes: try other.bufferAttribute(.eccPrivateValue)),
                GPAttribute(.eccPublicValueX, bytes: try key.bufferAttribute(.eccPublicValueX)),
                GPAttribute(.eccPublicValueY, bytes: try key.bufferAttribute(.eccPublicValueY)),
                GPAttribute(.eccCurve, a: GPCurve.nistP521.rawValue, b: 0),
            ])
        } == .result(.badParameters))
    }

    @Test("KDF input objects generate random secrets of the size asked for")
    func kdfInputs() throws {
        for (type, id) in [(GPObjectType.hkdfIkm, GPAttributeID.hkdfIkm), (.concatKdfZ, .concatKdfZ),
                           (.pbkdf2Password, .pbkdf2Password), (.hkdf, .secretValue)] {
            let a = try GPObject(type: type, maxObjectSize: 4096)
            let b = try GPObject(type: type, maxObjectSize: 4096)
            try a.generateKey(size: 256, parameters: [])
            try b.generateKey(size: 256, parameters: [])
            #expect(try a.bufferAttribute(id).count == 32 && a.bufferAttribute(id).bytes != b.bufferAttribute(id).bytes)
        }
    }

    @Test("not offered: SM2 key exchange (not in OpenSSL 3.0), Ed448 / X448; TEE_IsAlgorithmSupported agrees")
    func notSupported() throws {
        for type in [GPObjectType.sm2KepKeypair, .sm2KepPublicKey, .ed448Keypair, .x448Keypair] {
            #expect(faultOf { _ = try GPObject(type: type, maxObjectSize: 256) } == .result(.notSupported))
        }
        for algorithm in [GPAlgorithm.sm2Kep, .ed448, .x448] {
            #expect(!GPEngines.isSupported(algorithm: algorithm, element: GPCurve.sm2.rawValue))
            #expect(!GPEngines.isSupported(algorithm: algorithm, element: 0))
        }
        for (algorithm, mode, size) in [(GPAlgorithm.sm2Kep, GPOperationMode.derive, UInt32(512)), (.x448, .derive, 448),
                                        (.ed448, .sign, 456)] {
            #expect(faultOf { _ = try GPOperation(algorithm: algorithm, mode: mode, maxKeySize: size) } == .result(.notSupported))
        }
        #expect(GPEngines.isSupported(algorithm: .sm2DsaSm3, element: GPCurve.sm2.rawValue))
        #expect(!GPEngines.isSupported(algorithm: .sm2Pke, element: GPCurve.nistP256.rawValue))
        #expect(GPEngines.isSupported(algorithm: .ecdhDeriveSharedSecret, element: GPCurve.nistP384.rawValue))
        #expect(!GPEngines.isSupported(algorithm: .ecdhDeriveSharedSecret, element: GPCurve._25519.rawValue))
        #expect(GPEngines.isSupported(algorithm: .x25519, element: GPCurve._25519.rawValue))
        #expect(GPEngines.isSupported(algorithm: .pbkdf2HmacSha256DeriveKey, element: 0))
        #expect(GPEngines.isSupported(algorithm: .hkdf, element: 0))
    }
}
