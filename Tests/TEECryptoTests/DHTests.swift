import Testing
import TEEABI
@testable import TEECrypto

/// Diffie-Hellman through TEE_DeriveKey: a published shared secret, generation with
/// TEE_ATTR_DH_X_BITS, invalid peer values.
@Suite("DH")
struct DHTests {
    static let v = KDFVectors.botan

    static func pair() throws -> GPObject {
        try populated(.dhKeypair, maxSize: 2048, [attribute(.dhPrime, v.p), attribute(.dhBase, v.g),
                                                  attribute(.dhPublicValue, v.ourPublic), attribute(.dhPrivateValue, v.x)])
    }

    @Test("Botan's DH vector: the shared secret of a 512-bit group")
    func knownAnswer() throws {
        let key = try Self.pair()
        #expect(key.objectSize == 512)
        let op = try operation(.dhDeriveSharedSecret, .derive, key: key)
        #expect(try op.derive([attribute(.dhPublicValue, Self.v.peer)]).hex == [UInt8](hex: Self.v.shared).hex)
    }

    @Test("peer values outside [2, p-2] are rejected; so are missing or unknown parameters")
    func invalidPeers() throws {
        let op = try operation(.dhDeriveSharedSecret, .derive, key: try Self.pair())
        var pMinus1 = [UInt8](hex: Self.v.p)
        pMinus1[pMinus1.count - 1] -= 1
        for bad in [[UInt8]([0]), [1], pMinus1, [UInt8](hex: Self.v.p), [UInt8](hex: Self.v.p) + [0]] {
            #expect(faultOf { _ = try op.derive([GPAttribute(.dhPublicValue, bytes: bad)]) } == .result(.badParameters))
        }
        #expect(faultOf { _ = try op.derive([]) } == .result(.badParameters))
        #expect(faultOf { _ = try op.derive([attribute(.dhPublicValue, Self.v.peer), attribute(.dhPrime, Self.v.p)]) }
            == .result(.badParameters))
    }

    @Test("generation: prime and base required; X_BITS bounds the private value; two parties agree")
    func generation() throws {
        let domain = [attribute(.dhPrime, Self.v.p), attribute(.dhBase, Self.v.g)]
        let a = try GPObject(type: .dhKeypair, maxObjectSize: 512)
        #expect(faultOf { try a.generateKey(size: 512, parameters: [attribute(.dhPrime, Self.v.p)]) } == .result(.badParameters))
        try a.generateKey(size: 512, parameters: domain + [GPAttribute(.dhXBits, a: 160, b: 0)])
        #expect(AsymmetricKeyMaterial.bitLength(try a.bufferAttribute(.dhPrivateValue)) <= 160)
        let b = try GPObject(type: .dhKeypair, maxObjectSize: 512)
        try b.generateKey(size: 512, parameters: domain)
        let ab = try operation(.dhDeriveSharedSecret, .derive, key: a)
            .derive([GPAttribute(.dhPublicValue, bytes: try b.bufferAttribute(.dhPublicValue))])
        let ba = try operation(.dhDeriveSharedSecret, .derive, key: b)
            .derive([GPAttribute(.dhPublicValue, bytes: try a.bufferAttribute(.dhPublicValue))])
        #expect(ab == ba && !ab.isEmpty)
        // OpenSSL 3.0 computes no secret below 512 bits, so such groups are not offered.
        #expect(faultOf { _ = try GPObject(type: .dhKeypair, maxObjectSize: 256) } == .result(.notSupported))
    }
}
