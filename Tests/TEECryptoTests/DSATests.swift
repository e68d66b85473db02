import Testing
import TEEABI
@testable import TEECrypto

/// DSA through GP operations: NIST CAVP verification vectors, generation from domain
/// parameters, OP-TEE's key-size and digest-length rules.
@Suite("DSA")
struct DSATests {
    static func domain(_ v: DSAVectors) -> [GPAttribute] {
        [attribute(.dsaPrime, v.p), attribute(.dsaSubprime, v.q), attribute(.dsaBase, v.g)]
    }

    @Test("NIST CAVP SigVer: L=1024/N=160 with SHA-1 and L=2048/N=256 with SHA-256")
    func cavpVerify() throws {
        for (v, algorithm, hash, bits) in [(DSAVectors.l1024SHA1, GPAlgorithm.dsaSha1, GPAlgorithm.sha1, UInt32(1024)),
                                           (DSAVectors.l2048SHA256, .dsaSha256, .sha256, 2048)] {
            #expect(v.cases.contains { $0.valid } && v.cases.contains { !$0.valid })
            for c in v.cases {
                let publicKey = try populated(.dsaPublicKey, maxSize: bits, Self.domain(v) + [attribute(.dsaPublicValue, c.y)])
                #expect(publicKey.objectSize == bits)
                let op = try operation(algorithm, .verify, key: publicKey)
                let fault = faultOf { try op.verify(try digest(hash, [UInt8](hex: c.message)), [UInt8](hex: c.r + c.s)) }
                #expect(fault == (c.valid ? nil : .result(.signatureInvalid)))
                // The key pair of a valid vector signs what its public key verifies.
                guard c.valid else { continue }
                let pair = try populated(.dsaKeypair, maxSize: bits, Self.domain(v) + [attribute(.dsaPublicValue, c.y),
                                                                                         attribute(.dsaPrivateValue, c.x)])
                let h = try digest(hash, [UInt8](hex: c.message))
                let signature = try operation(algorithm, .sign, key: pair).sign(h)
                #expect(signature.count == 2 * [UInt8](hex: v.q).count)
                try op.verify(h, signature)
            }
        }
    }

    @Test("generation needs the domain parameters and a size that is the prime's; the pair signs and verifies")
    func generation() throws {
        let v = DSAVectors.l2048SHA256
        let key = try GPObject(type: .dsaKeypair, maxObjectSize: 2048)
        #expect(faultOf { try key.generateKey(size: 2048, parameters: []) } == .result(.badParameters))
        #expect(faultOf { try key.generateKey(size: 1024, parameters: Self.domain(v)) } == .result(.badParameters))
        try key.generateKey(size: 2048, parameters: Self.domain(v))
        #expect(try key.bufferAttribute(.dsaSubprime).hex == v.q)
        let h = try digest(.sha256, [1, 2, 3])
        let signature = try operation(.dsaSha256, .sign, key: key).sign(h)
        let publicKey = try GPObject(type: .dsaPublicKey, maxObjectSize: 2048)
        try publicKey.copyAttributes(from: key)
        try operation(.dsaSha256, .verify, key: publicKey).verify(h, signature)
    }

    @Test("OP-TEE's maxKeySize rules per hash; the digest is the hash's size or the subprime's")
    func rules() throws {
        for size in [UInt32(512), 768, 1024] { _ = try GPOperation(algorithm: .dsaSha1, mode: .sign, maxKeySize: size) }
        for (algorithm, size) in [(GPAlgorithm.dsaSha1, UInt32(2048)), (.dsaSha1, 1000), (.dsaSha224, 3072),
                                  (.dsaSha256, 1024), (.dsaSha3_256, 2048)] {
            #expect(faultOf { _ = try GPOperation(algorithm: algorithm, mode: .verify, maxKeySize: size) } == .result(.notSupported))
        }
        let v = DSAVectors.l1024SHA1
        let c = v.cases[0]
        let pair = try populated(.dsaKeypair, maxSize: 1024, Self.domain(v) + [attribute(.dsaPublicValue, c.y),
                                                                               attribute(.dsaPrivateValue, c.x)])
        let signer = try operation(.dsaSha1, .sign, key: pair)
        #expect(faultOf { _ = try signer.sign([UInt8](repeating: 1, count: 32)) } == .result(.badParameters))
        #expect(try signer.sign([UInt8](repeating: 1, count: 20)).count == 40)
    }
}
