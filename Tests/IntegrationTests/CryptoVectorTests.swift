import CryptoTestVectors
import Testing
import TEEClient
import TEECrypto

/// Every published cipher, MAC and AE vector of Tests/CryptoTestVectors, through the GP C
/// API in a real C TA (Tests/Fixtures/c/crypto_test_ta), whole and in 5-byte pieces.
extension Integration {
    @Suite("published vectors through the GP C API in a TA")
    struct CryptoVectorTests {
        static let secret = GPAttributeID.secretValue.rawValue
        static let encrypt = GPOperationMode.encrypt.rawValue, decrypt = GPOperationMode.decrypt.rawValue
        static let mac = GPOperationMode.mac.rawValue

        static func key(_ type: GPObjectType, _ hex: String) -> CryptoTA.Key {
            let bytes = [UInt8](hex: hex)
            return CryptoTA.Key(type: type.rawValue, maxSize: UInt32(bytes.count * 8), attributes: [.bytes(secret, bytes)])
        }

        @Test("ciphers: SP 800-38A, RFC 3686, RFC 3962, IEEE 1619, DES/3DES, SM4")
        func ciphers() throws {
            let vectors = CipherVectors.sp80038a + CipherVectors.rfc3686 + CipherVectors.rfc3962 + CipherVectors.xts
                + CipherVectors.des + CipherVectors.sm4
            try withCryptoTA { ta in
                for v in vectors {
                    var request = CryptoTA.Request(keys: [Self.key(v.keyType, v.key)], iv: [UInt8](hex: v.iv))
                    if let key2 = v.key2 { request.keys.append(Self.key(v.keyType, key2)) }
                    let plain = [UInt8](hex: v.plaintext), cipher = [UInt8](hex: v.ciphertext)
                    for chunk in [0, 5] {
                        let out = try ta.run(.cipher, algorithm: v.algorithm.rawValue, mode: Self.encrypt, chunk: chunk,
                                             request: request, data: plain, capacity: plain.count + 32)
                        #expect(out == cipher, "\(v.name) encrypt, chunk \(chunk)")
                        let back = try ta.run(.cipher, algorithm: v.algorithm.rawValue, mode: Self.decrypt, chunk: chunk,
                                              request: request, data: cipher, capacity: cipher.count + 32)
                        #expect(back == plain, "\(v.name) decrypt, chunk \(chunk)")
                    }
                }
            }
        }

        @Test("MACs: RFC 2202/4231 HMAC, SP 800-38B CMAC, CBC-MAC; altered MACs are MAC_INVALID")
        func macs() throws {
            try withCryptoTA { ta in
                for v in MACVectors.hmac + MACVectors.cmac + MACVectors.cbcMAC {
                    let request = CryptoTA.Request(keys: [Self.key(v.keyType, v.key)], iv: [UInt8](hex: v.iv))
                    let message = [UInt8](hex: v.message), expected = [UInt8](hex: v.mac)
                    for chunk in [0, 5] {
                        let out = try ta.run(.mac, algorithm: v.algorithm.rawValue, mode: Self.mac, chunk: chunk,
                                             request: request, data: message, capacity: 64)
                        #expect(out == expected, "\(v.name), chunk \(chunk)")
                    }
                    // Compare: the request's IV section carries the MAC, its AAD section the CBC-MAC IV.
                    var compare = CryptoTA.Request(keys: request.keys, iv: expected, aad: [UInt8](hex: v.iv))
                    _ = try ta.run(.macCompare, algorithm: v.algorithm.rawValue, mode: Self.mac, request: compare, data: message, capacity: 0)
                    compare.iv[compare.iv.count - 1] ^= 1
                    let bad = teeError { try ta.run(.macCompare, algorithm: v.algorithm.rawValue, mode: Self.mac, request: compare, data: message, capacity: 0) }
                    #expect(bad?.result == .macInvalid, "\(v.name) altered")
                }
            }
        }

        @Test("AE: CAVP GCM and CCM, RFC 3610; forgeries are MAC_INVALID")
        func authenticatedEncryption() throws {
            try withCryptoTA { ta in
                for v in AEVectors.gcm + AEVectors.ccm {
                    let tag = [UInt8](hex: v.tag)
                    let request = CryptoTA.Request(keys: [Self.key(.aes, v.key)], iv: [UInt8](hex: v.nonce), aad: [UInt8](hex: v.aad),
                                                   value: UInt32(tag.count * 8))
                    let plain = [UInt8](hex: v.plaintext), sealed = [UInt8](hex: v.ciphertext) + tag
                    guard v.valid else {
                        let error = teeError { try ta.run(.aeDecrypt, algorithm: v.algorithm.rawValue, mode: Self.decrypt, request: request, data: sealed, capacity: sealed.count) }
                        #expect(error?.result == .macInvalid, "\(v.name) forgery")
                        continue
                    }
                    for chunk in [0, 5] {
                        let out = try ta.run(.aeEncrypt, algorithm: v.algorithm.rawValue, mode: Self.encrypt, chunk: chunk,
                                             request: request, data: plain, capacity: sealed.count + 16)
                        #expect(out == sealed, "\(v.name) seal, chunk \(chunk)")
                        let opened = try ta.run(.aeDecrypt, algorithm: v.algorithm.rawValue, mode: Self.decrypt, chunk: chunk,
                                                request: request, data: sealed, capacity: sealed.count)
                        #expect(opened == plain, "\(v.name) open, chunk \(chunk)")
                    }
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
