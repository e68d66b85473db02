import Testing
import TEEABI
@testable import TEECrypto

/// Ed25519 (RFC 8032) signatures and X25519 (RFC 7748) key agreement.
@Suite("Ed25519 and X25519")
struct Curve25519Tests {
    @Test("RFC 8032 7.1: Ed25519 signatures are the published ones and verify; altered ones do not")
    func ed25519KnownAnswers() throws {
        for v in Curve25519Vectors.rfc8032 {
            let pair = try populated(.ed25519Keypair, maxSize: 256, [attribute(.ed25519PublicValue, v.public),
                                                                      attribute(.ed25519PrivateValue, v.secret)])
            let publicKey = try populated(.ed25519PublicKey, maxSize: 256, [attribute(.ed25519PublicValue, v.public)])
            let message = [UInt8](hex: v.message)
            let signature = try operation(.ed25519, .sign, key: pair).sign(message)
            #expect(signature.hex == v.signature)
            let verifier = try operation(.ed25519, .verify, key: publicKey)
            try verifier.verify(message, signature)
            var bad = signature
            bad[0] ^= 0x01
            #expect(faultOf { try verifier.verify(message, bad) } == .result(.signatureInvalid))
            #expect(faultOf { try verifier.verify(message + [0], signature) } == .result(.signatureInvalid))
            #expect(faultOf { try verifier.verify(message, Array(signature.dropLast())) } == .result(.signatureInvalid))
        }
    }

    @Test("Ed25519 generation, populate checks, and Ed25519ctx / Ed25519ph (not in OpenSSL 3.0) are NOT_SUPPORTED")
    func ed25519Generation() throws {
        let pair = try GPObject(type: .ed25519Keypair, maxObjectSize: 256)
        try pair.generateKey(size: 256, parameters: [])
        #expect(try pair.bufferAttribute(.ed25519PublicValue).count == 32)
        let signer = try operation(.ed25519, .sign, key: pair)
        let message = Array("hello".utf8)
        let signature = try signer.sign(message)
        let again = try signer.sign(message)
        #expect(signature.count == 64 && signature == again)
        try operation(.ed25519, .verify, key: pair).verify(message, signature)
        // An empty context is pure Ed25519; a real one, or pre-hashing, is not available.
        _ = try signer.sign(message, [GPAttribute(.eddsaCtx, bytes: [])])
        #expect(faultOf { _ = try signer.sign(message, [GPAttribute(.eddsaCtx, bytes: [1])]) } == .result(.notSupported))
        #expect(faultOf { _ = try signer.sign(message, [GPAttribute(.eddsaPrehash, a: 1, b: 0)]) } == .result(.notSupported))
        // A public value that does not belong to the private one, or of the wrong size.
        let other = try GPObject(type: .ed25519Keypair, maxObjectSize: 256)
        try other.generateKey(size: 256, parameters: [])
        #expect(faultOf {
            _ = try populated(.ed25519Keypair, maxSize: 256, [
                GPAttribute(.ed25519PublicValue, bytes: try other.bufferAttribute(.ed25519PublicValue)),
                GPAttribute(.ed25519PrivateValue, bytes: try pair.bufferAttribute(.ed25519PrivateValue)),
            ])
        } == .result(.badParameters))
        #expect(faultOf { _ = try populated(.ed25519PublicKey, maxSize: 256, [GPAttribute(.ed25519PublicValue, bytes: [1, 2])]) }
            == .result(.badParameters))
        #expect(faultOf { _ = try GPOperation(algorithm: .ed25519, mode: .sign, maxKeySize: 255) } == .result(.notSupported))
        #expect(GPEngines.isSupported(algorithm: .ed25519, element: GPCurve._25519.rawValue))
        #expect(!GPEngines.isSupported(algorithm: .ed448, element: 0))
    }

    @Test("RFC 7748 5.2: X25519 of the published scalars and u-coordinates")
    func x25519KnownAnswers() throws {
        for v in Curve25519Vectors.rfc7748 {
            let pair = try populated(.x25519Keypair, maxSize: 256, [attribute(.x25519PublicValue, v.ourPublic),
                                                                     attribute(.x25519PrivateValue, v.scalar)])
            let op = try operation(.x25519, .derive, key: pair)
            #expect(try op.derive([attribute(.x25519PublicValue, v.peer)]).hex == v.shared)
        }
    }

    @Test("X25519: generated pairs agree; a low-order peer (all-zero result) and a malformed one are rejected")
    func x25519Agreement() throws {
        func generated() throws -> GPObject {
            let k = try GPObject(type: .x25519Keypair, maxObjectSize: 256)
            try k.generateKey(size: 256, parameters: [])
            return k
        }
        let (a, b) = (try generated(), try generated())
        let ab = try operation(.x25519, .derive, key: a).derive([GPAttribute(.x25519PublicValue, bytes: try b.bufferAttribute(.x25519PublicValue))])
        let ba = try operation(.x25519, .derive, key: b).derive([GPAttribute(.x25519PublicValue, bytes: try a.bufferAttribute(.x25519PublicValue))])
        #expect(ab == ba && ab.count == 32)
        let op = try operation(.x25519, .derive, key: a)
        #expect(faultOf { _ = try op.derive([GPAttribute(.x25519PublicValue, bytes: [UInt8](repeating: 0, count: 32))]) }
            == .result(.badParameters))
        #expect(faultOf { _ = try op.derive([GPAttribute(.x25519PublicValue, bytes: [9])]) } == .result(.badParameters))
        #expect(faultOf { _ = try op.derive([]) } == .result(.badParameters))
        // The operation takes X25519 key pairs only.
        let x = try GPOperation(algorithm: .x25519, mode: .derive, maxKeySize: 256)
        let ed = try GPObject(type: .ed25519Keypair, maxObjectSize: 256)
        try ed.generateKey(size: 256, parameters: [])
        #expect(isPanic(faultOf { try x.setKeys([ed]) }))
    }
}
