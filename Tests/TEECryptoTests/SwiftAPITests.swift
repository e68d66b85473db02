import Testing
import TEEABI
import TEECrypto

/// The typed API Swift TAs use, over the same GP operations.
@Suite("typed Swift API")
struct SwiftAPITests {
    @Test("Digest.hash and streaming give FIPS 180's answer")
    func digest() throws {
        #expect(try Digest.hash(Array("abc".utf8), using: .sha256).hex
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var d = try Digest(.sha1)
        d.update(Array("a".utf8))
        d.update(Array("bc".utf8))
        #expect(d.finalize().hex == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    @Test("AES-GCM seal/open round trip; altered ciphertext, AAD or tag is MAC_INVALID")
    func gcm() throws {
        let key = try Key.generate(.aes, bits: 256)
        let nonce = [UInt8](repeating: 7, count: 12)
        let sealed = try AuthenticatedEncryption.seal(Array("attack at dawn".utf8), key: key, nonce: nonce, aad: [1, 2, 3])
        #expect(try AuthenticatedEncryption.open(sealed.ciphertext, tag: sealed.tag, key: key, nonce: nonce, aad: [1, 2, 3])
            == Array("attack at dawn".utf8))
        var altered = sealed.ciphertext
        altered[0] ^= 1
        #expect(throws: TEEError(.macInvalid, origin: .tee)) {
            try AuthenticatedEncryption.open(altered, tag: sealed.tag, key: key, nonce: nonce, aad: [1, 2, 3])
        }
        #expect(throws: TEEError(.macInvalid, origin: .tee)) {
            try AuthenticatedEncryption.open(sealed.ciphertext, tag: sealed.tag, key: key, nonce: nonce, aad: [1, 2, 4])
        }
    }

    @Test("CBC from SP 800-38A F.2.1, streamed; HMAC verify; secrets only from extractable keys")
    func cipherMACAndKeys() throws {
        let key = try Key(.aes, secret: [UInt8](hex: "2b7e151628aed2a6abf7158809cf4f3c"))
        let cipher = try Cipher(.aesCBC, encrypting: true, key: key, iv: [UInt8](hex: "000102030405060708090a0b0c0d0e0f"))
        var out = try cipher.update([UInt8](hex: "6bc1bee22e409f96e93d7e117393172a"))
        out += try cipher.finish([UInt8](hex: "ae2d8a571e03ac9c9eb76fac45af8e51"))
        #expect(out.hex == "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2")
        let hmacKey = try Key(.hmac(.sha256), secret: [UInt8](1...25))
        let mac = try MAC(.hmac(.sha256), key: hmacKey)
        let tag = try mac.finalize([UInt8](repeating: 0xcd, count: 50))
        #expect(tag.hex == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
        let check = try MAC(.hmac(.sha256), key: hmacKey)
        try check.verify(tag, last: [UInt8](repeating: 0xcd, count: 50))
        #expect(throws: TEEError(.macInvalid, origin: .tee)) {
            try MAC(.hmac(.sha256), key: hmacKey).verify(tag, last: [0xcd])
        }
        #expect(try hmacKey.secret() == [UInt8](1...25))
        hmacKey.restrict(to: [.mac])
        #expect(throws: TEEError(.accessDenied, origin: .tee)) { try hmacKey.secret() }
    }
}

@Suite("typed Swift API: asymmetric")
struct SwiftAsymmetricAPITests {
    @Test("ids the typed API builds are GP's")
    func ids() {
        #expect(Signature.Algorithm.rsaPSS(.sha256).gpValue == GPAlgorithm.rsassaPkcs1PssMgf1Sha256)
        #expect(Signature.Algorithm.rsaPSS(.sha1).gpValue == GPAlgorithm.rsassaPkcs1PssMgf1Sha1)
        #expect(Signature.Algorithm.rsaPKCS1v15(.sha256).gpValue == GPAlgorithm.rsassaPkcs1V1_5Sha256)
        #expect(Signature.Algorithm.rsaPKCS1v15(.md5sha1).gpValue == GPAlgorithm.rsassaPkcs1V1_5Md5sha1)
    }

    @Test("sign then verify (ECDSA P-256, Ed25519, RSA-PSS 2048); a changed digest is SIGNATURE_INVALID")
    func signatures() throws {
        let digest = try Digest.hash(Array("message".utf8), using: .sha256)
        for (type, algorithm) in [(KeyPairType.ecdsa(.p256), Signature.Algorithm.ecdsa(.p256)), (.ed25519, .ed25519),
                                  (.rsa(bits: 2048), .rsaPSS(.sha256))] {
            let key = try Key.generate(type)
            let signature = try Signature.sign(digest, key: key, using: algorithm)
            try Signature.verify(signature, of: digest, key: key, using: algorithm)
            var other = digest
            other[0] ^= 1
            #expect(throws: TEEError(.signatureInvalid, origin: .tee)) {
                try Signature.verify(signature, of: other, key: key, using: algorithm)
            }
        }
    }

    @Test("ECDH and X25519: both sides get the same secret")
    func agreement() throws {
        let a = try Key.generate(.ecdh(.p256)), b = try Key.generate(.ecdh(.p256))
        let ab = try KeyAgreement.ecdh(a, peerX: b.publicAttribute(.eccPublicValueX), peerY: b.publicAttribute(.eccPublicValueY))
        let ba = try KeyAgreement.ecdh(b, peerX: a.publicAttribute(.eccPublicValueX), peerY: a.publicAttribute(.eccPublicValueY))
        #expect(ab == ba && ab.count == 32)
        let x = try Key.generate(.x25519), y = try Key.generate(.x25519)
        #expect(try KeyAgreement.x25519(x, peer: y.publicAttribute(.x25519PublicValue))
            == KeyAgreement.x25519(y, peer: x.publicAttribute(.x25519PublicValue)))
    }
}
