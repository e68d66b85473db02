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
