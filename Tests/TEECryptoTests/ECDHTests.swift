import Testing
import TEEABI
@testable import TEECrypto

/// ECDH through TEE_DeriveKey: NIST CAVP shared secrets, peers off the curve (NIST and
/// Wycheproof) rejected, what lands in the derived object.
@Suite("ECDH")
struct ECDHTests {
    static func keyPair(_ v: ECDHVector) throws -> GPObject {
        try populated(.ecdhKeypair, maxSize: 521, [attribute(.eccPrivateValue, v.d), attribute(.eccPublicValueX, v.x),
                                                    attribute(.eccPublicValueY, v.y), GPAttribute(.eccCurve, a: v.curve.rawValue, b: 0)])
    }

    static func peer(_ x: String, _ y: String) -> [GPAttribute] {
        [attribute(.eccPublicValueX, x), attribute(.eccPublicValueY, y)]
    }

    @Test("NIST CAVP KAS (P-256, P-521): the shared secret is Z, in a GENERIC_SECRET of Z's size")
    func cavp() throws {
        for v in ECVectors.kas {
            let op = try operation(.ecdhDeriveSharedSecret, .derive, key: try Self.keyPair(v), maxKeySize: 521)
            let derived = try GPObject(type: .genericSecret, maxObjectSize: 1024)
            try op.deriveKey(Self.peer(v.peerX, v.peerY), into: derived)
            #expect(try derived.bufferAttribute(.secretValue).hex == [UInt8](hex: v.z).hex)
            #expect(derived.type == .genericSecret && derived.objectSize == UInt32([UInt8](hex: v.z).count * 8))
        }
    }

    @Test("peers whose point is not on the curve are rejected (NIST PKV failures, Wycheproof tcId 332-347)")
    func invalidPoints() throws {
        for v in ECVectors.kasInvalidPeers {
            let op = try operation(.ecdhDeriveSharedSecret, .derive, key: try Self.keyPair(v), maxKeySize: 256)
            #expect(faultOf { _ = try op.derive(Self.peer(v.peerX, v.peerY)) } == .result(.badParameters))
        }
        let w = ECVectors.wycheproofECDHKey
        let key = try Self.keyPair(ECDHVector(curve: .nistP256, d: w.d, x: w.x, y: w.y, peerX: "", peerY: "", z: ""))
        let op = try operation(.ecdhDeriveSharedSecret, .derive, key: key, maxKeySize: 256)
        for (x, y) in ECVectors.wycheproofOffCurve {
            #expect(faultOf { _ = try op.derive(Self.peer(x, y)) } == .result(.badParameters), "\(x) \(y)")
        }
        // Coordinates too long for the curve, or missing.
        #expect(faultOf { _ = try op.derive(Self.peer("01" + w.x, w.y)) } == .result(.badParameters))
        #expect(faultOf { _ = try op.derive([attribute(.eccPublicValueX, w.x)]) } == .result(.badParameters))
        // A point off the curve cannot be populated either.
        let (x, y) = ECVectors.wycheproofOffCurve[5]
        #expect(faultOf {
            _ = try populated(.ecdhPublicKey, maxSize: 256, [attribute(.eccPublicValueX, x), attribute(.eccPublicValueY, y),
                                                              GPAttribute(.eccCurve, a: GPCurve.nistP256.rawValue, b: 0)])
        } == .result(.badParameters))
    }

    @Test("two generated key pairs agree on every curve; legacy per-curve ids insist on their curve",
          arguments: zip(ECCurve.all, [GPAlgorithm.opteeEcdhP192, .opteeEcdhP224, .opteeEcdhP256, .opteeEcdhP384,
                                       .opteeEcdhP521]))
    func agreement(curve: ECCurve, legacy: GPAlgorithm) throws {
        let a = try ECDSATests.generated(curve, type: .ecdhKeypair)
        let b = try ECDSATests.generated(curve, type: .ecdhKeypair)
        func publicOf(_ k: GPObject) throws -> [GPAttribute] {
            [GPAttribute(.eccPublicValueX, bytes: try k.bufferAttribute(.eccPublicValueX)),
             GPAttribute(.eccPublicValueY, bytes: try k.bufferAttribute(.eccPublicValueY))]
        }
        let ab = try operation(.ecdhDeriveSharedSecret, .derive, key: a, maxKeySize: 521).derive(try publicOf(b))
        let ba = try operation(legacy, .derive, key: b).derive(try publicOf(a))
        #expect(ab == ba && ab.count == curve.bytes)
        // A legacy id of another curve.
        if curve != .p521 {
            let other = try GPOperation(algorithm: .opteeEcdhP521, mode: .derive, maxKeySize: 521)
            try other.setKeys([a])
            #expect(faultOf { _ = try other.derive(try publicOf(b)) } == .result(.badParameters))
        }
    }

    @Test("the derived object: uninitialized and holding a secret value, large enough; else panic / BAD_PARAMETERS")
    func derivedObject() throws {
        let v = ECVectors.kas[0]
        let op = try operation(.ecdhDeriveSharedSecret, .derive, key: try Self.keyPair(v), maxKeySize: 256)
        let params = Self.peer(v.peerX, v.peerY)
        let full = try GPObject(type: .genericSecret, maxObjectSize: 512)
        try op.deriveKey(params, into: full)
        #expect(isPanic(faultOf { try op.deriveKey(params, into: full) }))
        let rsa = try GPObject(type: .rsaKeypair, maxObjectSize: 2048)
        #expect(isPanic(faultOf { try op.deriveKey(params, into: rsa) }))
        let small = try GPObject(type: .genericSecret, maxObjectSize: 128)
        #expect(faultOf { try op.deriveKey(params, into: small) } == .result(.badParameters))
        // An AES-256 key takes the 32-byte secret.
        let aes = try GPObject(type: .aes, maxObjectSize: 256)
        try op.deriveKey(params, into: aes)
        #expect(aes.objectSize == 256)
        // Unknown parameters are BAD_PARAMETERS (OP-TEE), as is the wrong curve.
        #expect(faultOf { _ = try op.derive(params + [GPAttribute(.dhPublicValue, bytes: [1])]) } == .result(.badParameters))
        #expect(faultOf { _ = try op.derive(params + [GPAttribute(.eccCurve, a: GPCurve.nistP384.rawValue, b: 0)]) }
            == .result(.badParameters))
        #expect(isPanic(faultOf { _ = try op.sign([1]) }))
    }
}
