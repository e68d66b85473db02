import CryptoTestVectors
import Testing
import TEEClient

/// Published vectors through the GP C API in a real TA (Tests/Fixtures/c/crypto_test_ta),
/// fed whole and in pieces.
extension Integration {
    @Suite("GP cryptography from a C TA")
    struct CryptoTATests {
        static let algSHA256: UInt32 = 0x5000_0004, algSHA3_256: UInt32 = 0x5000_0009, algSHAKE128: UInt32 = 0x5000_0101
        static let modeDigest: UInt32 = 5

        @Test("digests: known answers whole and in 1, 7 and 64-byte pieces; SHAKE extracts any length")
        func digests() throws {
            try withCryptoTA { ta in
                let abc = Array("abc".utf8)
                let million = [UInt8](repeating: 0x61, count: 1000)
                for chunk in [0, 1, 7, 64] {
                    let sha256 = try ta.run(.digest, algorithm: Self.algSHA256, mode: Self.modeDigest, chunk: chunk, data: abc, capacity: 32)
                    #expect(sha256.hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "chunk \(chunk)")
                    let sha3 = try ta.run(.digest, algorithm: Self.algSHA3_256, mode: Self.modeDigest, chunk: chunk, data: abc, capacity: 32)
                    #expect(sha3.hex == "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532", "chunk \(chunk)")
                    // 1000 × 'a' (sha256sum of the same bytes).
                    let long = try ta.run(.digest, algorithm: Self.algSHA256, mode: Self.modeDigest, chunk: chunk, data: million, capacity: 32)
                    #expect(long.hex == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3", "chunk \(chunk)")
                }
                let shake = try ta.run(.digest, algorithm: Self.algSHAKE128, mode: Self.modeDigest, data: [], capacity: 32)
                #expect(shake.hex == "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26")
                // A short output buffer is SHORT_BUFFER, not a truncated digest.
                let short = teeError { try ta.run(.digest, algorithm: Self.algSHA256, mode: Self.modeDigest, data: abc, capacity: 31) }
                #expect(short?.result == .shortBuffer)
                // Unknown algorithms: NOT_SUPPORTED.
                let unknown = teeError { try ta.run(.digest, algorithm: 0x5000_00FF, mode: Self.modeDigest, data: abc, capacity: 32) }
                #expect(unknown?.result == .notSupported)
            }
        }

        static let aes: UInt32 = 0xA000_0010, hmacSHA256Key: UInt32 = 0xA000_0004, secret: UInt32 = 0xC000_0000
        static let encrypt: UInt32 = 0, decrypt: UInt32 = 1, mac: UInt32 = 4
        static let aes128 = [UInt8](hex: "2b7e151628aed2a6abf7158809cf4f3c")
        static let sp80038a = [UInt8](hex: "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710")

        static func key(_ type: UInt32, _ bytes: [UInt8]) -> CryptoTA.Key {
            CryptoTA.Key(type: type, maxSize: UInt32(bytes.count * 8), attributes: [.bytes(secret, bytes)])
        }

        @Test("ciphers: SP 800-38A CBC and CTR, IEEE 1619 XTS with two keys, both ways, whole and in pieces")
        func ciphers() throws {
            try withCryptoTA { ta in
                let cases: [(UInt32, [CryptoTA.Key], [UInt8], String)] = [
                    (0x1000_0110, [Self.key(Self.aes, Self.aes128)], [UInt8](hex: "000102030405060708090a0b0c0d0e0f"),
                     "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b273bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7"),
                    (0x1000_0210, [Self.key(Self.aes, Self.aes128)], [UInt8](hex: "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"),
                     "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee"),
                ]
                for (algorithm, keys, iv, expected) in cases {
                    for chunk in [0, 7, 16] {
                        let request = CryptoTA.Request(keys: keys, iv: iv)
                        let out = try ta.run(.cipher, algorithm: algorithm, mode: Self.encrypt, chunk: chunk, request: request,
                                             data: Self.sp80038a, capacity: 128)
                        #expect(out.hex == expected, "alg \(algorithm) chunk \(chunk)")
                        let back = try ta.run(.cipher, algorithm: algorithm, mode: Self.decrypt, chunk: chunk, request: request,
                                              data: [UInt8](hex: expected), capacity: 128)
                        #expect(back == Self.sp80038a, "alg \(algorithm) chunk \(chunk) decrypt")
                    }
                }
                let xts = CryptoTA.Request(keys: [Self.key(Self.aes, [UInt8](hex: "11111111111111111111111111111111")),
                                                  Self.key(Self.aes, [UInt8](hex: "22222222222222222222222222222222"))],
                                           iv: [UInt8](hex: "33333333330000000000000000000000"))
                let xtsOut = try ta.run(.cipher, algorithm: 0x1000_0410, mode: Self.encrypt, request: xts,
                                        data: [UInt8](repeating: 0x44, count: 32), capacity: 64)
                #expect(xtsOut.hex == "c454185e6a16936e39334038acef838bfb186fff7480adc4289382ecd6d394f0")
                // NOPAD with a partial block is refused, not padded.
                let partial = teeError {
                    try ta.run(.cipher, algorithm: 0x1000_0110, mode: Self.encrypt,
                               request: CryptoTA.Request(keys: [Self.key(Self.aes, Self.aes128)], iv: [UInt8](repeating: 0, count: 16)),
                               data: [1, 2, 3], capacity: 16)
                }
                #expect(partial?.result == .badParameters)
            }
        }

        @Test("MACs: RFC 4231 HMAC-SHA256 and SP 800-38B CMAC, compute and compare, whole and in pieces")
        func macs() throws {
            try withCryptoTA { ta in
                let hmacKey = [UInt8](1...25)
                let message = [UInt8](repeating: 0xcd, count: 50)
                for chunk in [0, 3, 64] {
                    let hmac = try ta.run(.mac, algorithm: 0x3000_0004, mode: Self.mac, chunk: chunk,
                                          request: CryptoTA.Request(keys: [CryptoTA.Key(type: Self.hmacSHA256Key, maxSize: 1024,
                                                                                        attributes: [.bytes(Self.secret, hmacKey)])]),
                                          data: message, capacity: 32)
                    #expect(hmac.hex == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b", "chunk \(chunk)")
                    let cmac = try ta.run(.mac, algorithm: 0x3000_0610, mode: Self.mac, chunk: chunk,
                                          request: CryptoTA.Request(keys: [Self.key(Self.aes, Self.aes128)]), data: Self.sp80038a, capacity: 16)
                    #expect(cmac.hex == "51f0bebf7e3b9d92fc49741779363cfe", "chunk \(chunk)")
                }
                var good = CryptoTA.Request(keys: [Self.key(Self.aes, Self.aes128)])
                good.iv = [UInt8](hex: "51f0bebf7e3b9d92fc49741779363cfe")
                _ = try ta.run(.macCompare, algorithm: 0x3000_0610, mode: Self.mac, request: good, data: Self.sp80038a, capacity: 0)
                var bad = good
                bad.iv[0] ^= 1
                let mismatch = teeError { try ta.run(.macCompare, algorithm: 0x3000_0610, mode: Self.mac, request: bad, data: Self.sp80038a, capacity: 0) }
                #expect(mismatch?.result == .macInvalid)
            }
        }

        @Test("AE: CAVP GCM and RFC 3610 CCM seal and open; a forged tag is MAC_INVALID")
        func authenticatedEncryption() throws {
            try withCryptoTA { ta in
                let gcm = CryptoTA.Request(keys: [Self.key(Self.aes, [UInt8](hex: "c939cc13397c1d37de6ae0e1cb7c423c"))],
                                           iv: [UInt8](hex: "b3d8cc017cbb89b39e0f67e2"), aad: [UInt8](hex: "24825602bd12a984e0092d3e448eda5f"),
                                           value: 128)
                let ccm = CryptoTA.Request(keys: [Self.key(Self.aes, [UInt8](hex: "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf"))],
                                           iv: [UInt8](hex: "00000003020100a0a1a2a3a4a5"), aad: [UInt8](hex: "0001020304050607"), value: 64)
                let cases: [(UInt32, CryptoTA.Request, String, String)] = [
                    (0x4000_0810, gcm, "c3b3c41f113a31b73d9a5cd432103069", "93fe7d9e9bfd10348a5606e5cafa7354" + "0032a1dc85f1c9786925a2e71d8272dd"),
                    (0x4000_0710, ccm, "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e", "588c979a61c663d2f066d0c2c0f989806d5f6b61dac384" + "17e8d12cfdf926e0"),
                ]
                for (algorithm, request, plain, sealed) in cases {
                    for chunk in [0, 5] {
                        let out = try ta.run(.aeEncrypt, algorithm: algorithm, mode: Self.encrypt, chunk: chunk, request: request,
                                             data: [UInt8](hex: plain), capacity: 64)
                        #expect(out.hex == sealed, "alg \(algorithm) chunk \(chunk)")
                        let opened = try ta.run(.aeDecrypt, algorithm: algorithm, mode: Self.decrypt, chunk: chunk, request: request,
                                                data: [UInt8](hex: sealed), capacity: 64)
                        #expect(opened.hex == plain, "alg \(algorithm) chunk \(chunk)")
                    }
                    var forged = [UInt8](hex: sealed)
                    forged[forged.count - 1] ^= 0x80
                    let error = teeError { try ta.run(.aeDecrypt, algorithm: algorithm, mode: Self.decrypt, request: request, data: forged, capacity: 64) }
                    #expect(error?.result == .macInvalid, "alg \(algorithm)")
                }
            }
        }

        private func withCryptoTA(_ body: (CryptoTA) throws -> Void) throws {
            let kit = try CDevKit.shared.get()
            let tee = try kit.startTEE(installing: ["crypto_test_ta"])
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: CryptoTA.uuid)
            defer { session.close() }
            try body(CryptoTA(session: session))
        }
    }
}
