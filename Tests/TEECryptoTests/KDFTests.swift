import Testing
import TEEABI
@testable import TEECrypto

/// GP's TEE_ALG_HKDF and OP-TEE's HKDF, Concat KDF and PBKDF2 extensions through
/// TEE_DeriveKey, against RFC 5869 and RFC 6070 and an independent Concat KDF.
@Suite("key derivation functions")
struct KDFTests {
    static func input(_ type: GPObjectType, _ id: GPAttributeID, _ bytes: [UInt8]) throws -> GPObject {
        try populated(type, maxSize: 4096, [GPAttribute(id, bytes: bytes)])
    }

    @Test("RFC 5869 through OP-TEE's TEE_ALG_HKDF_<hash>_DERIVE_KEY")
    func opteeHKDF() throws {
        for v in KDFVectors.rfc5869 {
            let algorithm: GPAlgorithm = v.hash == .sha1 ? .hkdfSha1DeriveKey : .hkdfSha256DeriveKey
            let key = try Self.input(.hkdfIkm, .hkdfIkm, [UInt8](hex: v.ikm))
            let okm = [UInt8](hex: v.okm)
            var params = [GPAttribute(.hkdfOkmLength, a: UInt32(okm.count), b: 0)]
            if !v.salt.isEmpty { params.append(attribute(.opteeHkdfSalt, v.salt)) }
            if !v.info.isEmpty { params.append(attribute(.opteeHkdfInfo, v.info)) }
            #expect(try operation(algorithm, .derive, key: key).derive(params).hex == okm.hex)
        }
    }

    @Test("RFC 5869 through GP 1.3.1's TEE_ALG_HKDF: hash and size as parameters, SHA-256 and the object's size by default")
    func gpHKDF() throws {
        for v in KDFVectors.rfc5869 {
            let key = try Self.input(.hkdf, .secretValue, [UInt8](hex: v.ikm))
            let okm = [UInt8](hex: v.okm)
            var params = [GPAttribute(.hkdfHashAlgorithm, a: v.hash.rawValue, b: 0),
                          GPAttribute(.kdfKeySize, a: UInt32(okm.count), b: 0)]
            if !v.salt.isEmpty { params.append(attribute(.hkdfSalt, v.salt)) }
            if !v.info.isEmpty { params.append(attribute(.hkdfInfo, v.info)) }
            let op = try operation(.hkdf, .derive, key: key)
            #expect(try op.derive(params).hex == okm.hex)
            if v.hash == .sha256 {
                let salted = params.filter { $0.id != .hkdfHashAlgorithm && $0.id != .kdfKeySize }
                let derived = try GPObject(type: .genericSecret, maxObjectSize: UInt32(okm.count * 8))
                try op.deriveKey(salted, into: derived)
                #expect(try derived.bufferAttribute(.secretValue).hex == okm.hex)
            }
        }
        // A generic secret works as the key too; an unknown hash or more output than the object
        // holds does not.
        let key = try Self.input(.genericSecret, .secretValue, [1, 2, 3])
        let op = try operation(.hkdf, .derive, key: key)
        #expect(try op.derive([GPAttribute(.kdfKeySize, a: 16, b: 0)]).count == 16)
        #expect(faultOf { _ = try op.derive([GPAttribute(.hkdfHashAlgorithm, a: 0x5000_00FF, b: 0)]) } == .result(.badParameters))
        #expect(faultOf { _ = try op.derive([GPAttribute(.kdfKeySize, a: 600, b: 0)]) } == .result(.badParameters))
    }

    @Test("RFC 6070 through OP-TEE's TEE_ALG_PBKDF2_HMAC_SHA1_DERIVE_KEY")
    func pbkdf2() throws {
        for v in KDFVectors.rfc6070 {
            let key = try Self.input(.pbkdf2Password, .pbkdf2Password, Array(v.password.utf8))
            let expected = [UInt8](hex: v.key)
            let params = [GPAttribute(.pbkdf2Salt, bytes: Array(v.salt.utf8)),
                          GPAttribute(.pbkdf2IterationCount, a: v.iterations, b: 0),
                          GPAttribute(.pbkdf2DkmLength, a: UInt32(expected.count), b: 0)]
            #expect(try operation(.pbkdf2HmacSha1DeriveKey, .derive, key: key).derive(params).hex == expected.hex)
        }
        let key = try Self.input(.pbkdf2Password, .pbkdf2Password, Array("pw".utf8))
        let op = try operation(.pbkdf2HmacSha256DeriveKey, .derive, key: key)
        #expect(faultOf { _ = try op.derive([GPAttribute(.pbkdf2IterationCount, a: 0, b: 0), GPAttribute(.pbkdf2DkmLength, a: 16, b: 0)]) }
            == .result(.badParameters))
        #expect(faultOf { _ = try op.derive([GPAttribute(.pbkdf2IterationCount, a: 1, b: 0)]) } == .result(.badParameters))
        #expect(try op.derive([GPAttribute(.pbkdf2IterationCount, a: 2, b: 0), GPAttribute(.pbkdf2DkmLength, a: 40, b: 0)]).count == 40)
    }

    @Test("OP-TEE's Concat KDF equals SHA-x(counter || Z || OtherInfo) computed with the digest API",
          arguments: [(GPAlgorithm.concatKdfSha1DeriveKey, GPAlgorithm.sha1), (.concatKdfSha256DeriveKey, .sha256),
                      (.concatKdfSha512DeriveKey, .sha512)])
    func concatKDF(algorithm: GPAlgorithm, hash: GPAlgorithm) throws {
        let z = [UInt8](hex: "52169af5c485dcc2321eb8d26d5efa21fb9b93c98e38412ee2484cf14f0d0d23")
        let otherInfo = Array("other info".utf8)
        let length = 150
        var expected: [UInt8] = []
        var counter: UInt32 = 1
        while expected.count < length {
            let c = withUnsafeBytes(of: counter.bigEndian) { Array($0) }
            expected += try digest(hash, c + z + otherInfo)
            counter += 1
        }
        let key = try Self.input(.concatKdfZ, .concatKdfZ, z)
        let op = try operation(algorithm, .derive, key: key)
        let params = [GPAttribute(.concatKdfOtherInfo, bytes: otherInfo),
                      GPAttribute(.concatKdfDkmLength, a: UInt32(length), b: 0)]
        #expect(try op.derive(params) == Array(expected.prefix(length)))
        #expect(faultOf { _ = try op.derive([GPAttribute(.concatKdfOtherInfo, bytes: otherInfo)]) } == .result(.badParameters))
    }

    @Test("KDF operations take their own input types; HKDF salt ids are per family")
    func keyTypes() throws {
        let secret = try Self.input(.genericSecret, .secretValue, [1, 2, 3])
        let hkdf = try GPOperation(algorithm: .hkdfSha256DeriveKey, mode: .derive, maxKeySize: 4096)
        #expect(isPanic(faultOf { try hkdf.setKeys([secret]) }))
        let ikm = try Self.input(.hkdfIkm, .hkdfIkm, [1, 2, 3])
        try hkdf.setKeys([ikm])
        // GP's salt id with OP-TEE's algorithm is an unknown parameter.
        #expect(faultOf { _ = try hkdf.derive([GPAttribute(.hkdfOkmLength, a: 16, b: 0), GPAttribute(.hkdfSalt, bytes: [1])]) }
            == .result(.badParameters))
        #expect(faultOf { _ = try GPOperation(algorithm: .hkdfSha256DeriveKey, mode: .encrypt, maxKeySize: 256) }
            == .result(.notSupported))
        // The inputs are secrets: not readable from a non-extractable object.
        ikm.restrictUsage([.derive])
        #expect(isPanic(faultOf { _ = try ikm.bufferAttribute(.hkdfIkm) }))
    }
}
