import Testing
import TEEABI
@testable import TEECrypto

/// RSA through GP operations: published answers where the scheme is deterministic (PKCS #1
/// v1.5 signatures, decryption of published ciphertexts), round trips where it is not, and
/// GP's / OP-TEE's errors.
@Suite("RSA")
struct RSATests {
    typealias V = RSAVectors

    @Test("PKCS #1 v1.5 signatures (SHA-1) match RSA Labs' vectors, with and without CRT parts")
    func pkcs1SignKnownAnswers() throws {
        for crt in [true, false] {
            let key = try V.pkcs1SignKey.keyPair(crt: crt)
            #expect(key.objectSize == 1024)
            let signer = try operation(.rsassaPkcs1V1_5Sha1, .sign, key: key)
            let verifier = try operation(.rsassaPkcs1V1_5Sha1, .verify, key: try V.pkcs1SignKey.publicKey())
            for (message, signature) in V.pkcs1Sign {
                let hash = try digest(.sha1, [UInt8](hex: message))
                #expect(try signer.sign(hash).hex == [UInt8](hex: signature).hex)
                try verifier.verify(hash, [UInt8](hex: signature))
            }
        }
    }

    @Test("NIST CAVP and Wycheproof PKCS #1 v1.5 SHA-256 signatures: valid ones verify, bad ones are SIGNATURE_INVALID")
    func pkcs1VerifyVectors() throws {
        let cavp = try RSAKeyVector(n: V.cavpSHA256.n, e: V.cavpSHA256.e, d: "", p: "", q: "", dp: "", dq: "", qinv: "")
            .publicKey()
        let op = try operation(.rsassaPkcs1V1_5Sha256, .verify, key: cavp)
        try op.verify(try digest(.sha256, [UInt8](hex: V.cavpSHA256.message)), [UInt8](hex: V.cavpSHA256.signature))

        let key = try populated(.rsaPublicKey, maxSize: 2048, [attribute(.rsaModulus, V.wycheproofModulus),
                                                               attribute(.rsaPublicExponent, "010001")])
        let verifier = try operation(.rsassaPkcs1V1_5Sha256, .verify, key: key)
        let hash = try digest(.sha256, [UInt8](hex: V.wycheproofMessage))
        let valid = [UInt8](hex: V.wycheproofValid)
        try verifier.verify(hash, valid)
        var flipped = valid
        flipped[100] ^= 0x01
        let modulus = [UInt8](hex: V.wycheproofModulus)
        for bad in [[UInt8](hex: V.wycheproofBERPadding), flipped, Array(valid.dropLast()), valid + [0], modulus,
                    [UInt8](repeating: 0, count: 256), []] {
            #expect(faultOf { try verifier.verify(hash, bad) } == .result(.signatureInvalid))
        }
        // The right signature of another digest.
        #expect(faultOf { try verifier.verify(try digest(.sha256, [1]), valid) } == .result(.signatureInvalid))
    }

    @Test("PSS: RSA Labs' SHA-1 vectors verify with the default salt length; another salt length does not")
    func pssVectors() throws {
        let op = try operation(.rsassaPkcs1PssMgf1Sha1, .verify, key: try V.pssKey.publicKey())
        for (message, signature) in V.pss {
            let hash = try digest(.sha1, [UInt8](hex: message))
            try op.verify(hash, [UInt8](hex: signature))
            try op.verify(hash, [UInt8](hex: signature), [GPAttribute(.rsaPssSaltLength, a: 20, b: 0)])
            #expect(faultOf { try op.verify(hash, [UInt8](hex: signature), [GPAttribute(.rsaPssSaltLength, a: 19, b: 0)]) }
                == .result(.signatureInvalid))
        }
    }

    @Test("PSS round trips with every hash and salt lengths; OpenSSL randomizes, so signatures differ",
          arguments: [GPAlgorithm.rsassaPkcs1PssMgf1Md5, .rsassaPkcs1PssMgf1Sha1, .rsassaPkcs1PssMgf1Sha224,
                      .rsassaPkcs1PssMgf1Sha256, .rsassaPkcs1PssMgf1Sha384, .rsassaPkcs1PssMgf1Sha512,
                      .rsassaPkcs1PssMgf1Sha3_256])
    func pssRoundTrip(algorithm: GPAlgorithm) throws {
        let hash = try digest(AsymmetricScheme(algorithm)!.signatureHash!.digest, Array("pss".utf8))
        let signer = try operation(algorithm, .sign, key: SharedKeys.rsa2048)
        let verifier = try operation(algorithm, .verify, key: SharedKeys.rsa2048Public)
        let a = try signer.sign(hash)
        let b = try signer.sign(hash)
        #expect(a.count == 256 && a != b)
        try verifier.verify(hash, a)
        let salt = [GPAttribute(.rsaPssSaltLength, a: 0, b: 0)]
        try verifier.verify(hash, try signer.sign(hash, salt), salt)
        #expect(faultOf { try verifier.verify(hash, a, salt) } == .result(.signatureInvalid))
    }

    @Test("PKCS #1 v1.5 round trips with every hash, MD5SHA1 and OP-TEE's unhashed variant",
          arguments: [GPAlgorithm.rsassaPkcs1V1_5Md5, .rsassaPkcs1V1_5Sha1, .rsassaPkcs1V1_5Sha224,
                      .rsassaPkcs1V1_5Sha256, .rsassaPkcs1V1_5Sha384, .rsassaPkcs1V1_5Sha512,
                      .rsassaPkcs1V1_5Md5sha1, .rsassaPkcs1V1_5Sha3_384, .rsassaPkcs1V1_5])
    func pkcs1RoundTrip(algorithm: GPAlgorithm) throws {
        let input: [UInt8] = if let hash = AsymmetricScheme(algorithm)!.signatureHash {
            try hash == .md5sha1 ? digest(.md5, [7]) + digest(.sha1, [7]) : digest(hash.digest, [7])
        } else {
            Array("any short input".utf8)
        }
        let signature = try operation(algorithm, .sign, key: SharedKeys.rsa2048).sign(input)
        // Deterministic: the same input signs the same.
        #expect(try operation(algorithm, .sign, key: SharedKeys.rsa2048).sign(input) == signature)
        try operation(algorithm, .verify, key: SharedKeys.rsa2048Public).verify(input, signature)
    }

    @Test("a digest of the wrong length is BAD_PARAMETERS; a short signature buffer is SHORT_BUFFER with the size")
    func digestLengthAndShortBuffer() throws {
        let signer = try operation(.rsassaPkcs1V1_5Sha256, .sign, key: SharedKeys.rsa2048)
        let verifier = try operation(.rsassaPkcs1PssMgf1Sha256, .verify, key: SharedKeys.rsa2048Public)
        for wrong in [[UInt8](repeating: 1, count: 31), [UInt8](repeating: 1, count: 33), []] {
            #expect(faultOf { _ = try signer.sign(wrong) } == .result(.badParameters))
            #expect(faultOf { try verifier.verify(wrong, [UInt8](repeating: 0, count: 256)) } == .result(.badParameters))
        }
        // OP-TEE's unhashed PKCS #1 v1.5 takes up to k - 11 bytes.
        let raw = try operation(.rsassaPkcs1V1_5, .sign, key: SharedKeys.rsa2048)
        _ = try raw.sign([UInt8](repeating: 1, count: 245))
        #expect(faultOf { _ = try raw.sign([UInt8](repeating: 1, count: 246)) } == .result(.badParameters))

        var out = [UInt8](repeating: 0, count: 255)
        var size = 0
        let hash = try digest(.sha256, [])
        let fault = faultOf {
            try out.withUnsafeMutableBytes { o in
                try hash.withUnsafeBytes { try signer.asymmetricSignDigest([], $0, into: o, size: &size) }
            }
        }
        #expect(fault == .result(.shortBuffer) && size == 256)
    }

    @Test("RSAES-OAEP (SHA-1) and PKCS #1 v1.5: RSA Labs' ciphertexts decrypt to their messages")
    func decryptKnownAnswers() throws {
        let oaep = try operation(.rsaesPkcs1OaepMgf1Sha1, .decrypt, key: try V.oaepKey.keyPair())
        for (message, ciphertext) in V.oaep {
            #expect(try oaep.decrypt([UInt8](hex: ciphertext)).hex == [UInt8](hex: message).hex)
        }
        let pkcs1 = try operation(.rsaesPkcs1V1_5, .decrypt, key: try V.pkcs1CryptKey.keyPair(crt: false))
        for (message, ciphertext) in V.pkcs1Crypt {
            #expect(try pkcs1.decrypt([UInt8](hex: ciphertext)).hex == [UInt8](hex: message).hex)
        }
    }

    @Test("OAEP with a separate MGF1 hash (OP-TEE's TEE_ATTR_RSA_OAEP_MGF_HASH): SHA-1 / MGF1-SHA-256 vector")
    func oaepSeparateMGF1() throws {
        let op = try operation(.rsaesPkcs1OaepMgf1Sha1, .decrypt, key: try V.oaepSplitKey.keyPair())
        let sha256 = withUnsafeBytes(of: GPAlgorithm.sha256.rawValue) { Array($0) }
        let ciphertext = [UInt8](hex: V.oaepSplit.ciphertext)
        #expect(try op.decrypt(ciphertext, [GPAttribute(.rsaOaepMgfHash, bytes: sha256)]).hex == V.oaepSplit.message)
        // Without the attribute MGF1 uses SHA-1, and the ciphertext does not decrypt.
        #expect(faultOf { _ = try op.decrypt(ciphertext) } == .result(.badParameters))
        // Not a 4-byte digest id.
        #expect(faultOf { _ = try op.decrypt(ciphertext, [GPAttribute(.rsaOaepMgfHash, bytes: [2, 0, 0])]) }
            == .result(.badParameters))
    }

    @Test("OAEP round trips with every hash and a label; the wrong label is the single decryption error",
          arguments: [GPAlgorithm.rsaesPkcs1OaepMgf1Md5, .rsaesPkcs1OaepMgf1Sha1, .rsaesPkcs1OaepMgf1Sha224,
                      .rsaesPkcs1OaepMgf1Sha256, .rsaesPkcs1OaepMgf1Sha384, .rsaesPkcs1OaepMgf1Sha512,
                      .rsaesPkcs1OaepMgf1Sha3_512])
    func oaepRoundTrip(algorithm: GPAlgorithm) throws {
        let label = [GPAttribute(.rsaOaepLabel, bytes: Array("label".utf8))]
        let message = Array("attack at dawn".utf8)
        let encryptor = try operation(algorithm, .encrypt, key: SharedKeys.rsa2048Public)
        let decryptor = try operation(algorithm, .decrypt, key: SharedKeys.rsa2048)
        let a = try encryptor.encrypt(message, label)
        let b = try encryptor.encrypt(message, label)
        #expect(a.count == 256 && a != b)
        #expect(try decryptor.decrypt(a, label) == message)
        #expect(faultOf { _ = try decryptor.decrypt(a) } == .result(.badParameters))
        #expect(faultOf { _ = try decryptor.decrypt(a, [GPAttribute(.rsaOaepLabel, bytes: [1])]) } == .result(.badParameters))
        // Too long for the padding.
        let hashSize = AsymmetricScheme(algorithm).map { if case let .rsaesOaep(h) = $0 { h.size } else { 0 } } ?? 0
        #expect(faultOf { _ = try encryptor.encrypt([UInt8](repeating: 1, count: 256 - 2 * hashSize - 1)) }
            == .result(.badParameters))
    }

    @Test("every malformed ciphertext gives the same BAD_PARAMETERS, whatever its fault")
    func oneDecryptionError() throws {
        let message = Array("secret".utf8)
        let modulus = try SharedKeys.rsa2048.bufferAttribute(.rsaModulus).bytes
        for algorithm in [GPAlgorithm.rsaesPkcs1V1_5, .rsaesPkcs1OaepMgf1Sha256] {
            let good = try operation(algorithm, .encrypt, key: SharedKeys.rsa2048Public).encrypt(message)
            let decryptor = try operation(algorithm, .decrypt, key: SharedKeys.rsa2048)
            #expect(try decryptor.decrypt(good) == message)
            var flippedHigh = good, flippedLow = good
            flippedHigh[1] ^= 0x80
            flippedLow[255] ^= 0x01
            // A ciphertext whose plaintext is a raw block with the wrong padding.
            let rawPlain = [UInt8](repeating: 0x42, count: 256).enumerated().map { $0.offset == 0 ? 0 : $0.element }
            let wrongPadding = try operation(.rsaNopad, .encrypt, key: SharedKeys.rsa2048).encrypt(rawPlain)
            for bad in [flippedHigh, flippedLow, Array(good.dropFirst()), good + [0], modulus,
                        [UInt8](repeating: 0xFF, count: 256), [], wrongPadding] {
                #expect(faultOf { _ = try decryptor.decrypt(bad) } == .result(.badParameters))
            }
        }
    }

    @Test("raw RSA: encryption and decryption invert each other; results lose their leading zeros (OP-TEE)")
    func rawRSA() throws {
        let encryptor = try operation(.rsaNopad, .encrypt, key: SharedKeys.rsa2048Public)
        let decryptor = try operation(.rsaNopad, .decrypt, key: SharedKeys.rsa2048)
        let message: [UInt8] = [0, 0, 0x12, 0x34]
        let c = try encryptor.encrypt(message)
        #expect(try decryptor.decrypt(c) == [0x12, 0x34])
        #expect(try decryptor.decrypt([]) == [0])
        #expect(faultOf { _ = try encryptor.encrypt([UInt8](repeating: 0xFF, count: 256)) } == .result(.badParameters))
        // OP-TEE: raw RSA needs encrypt+verify (decrypt+sign) usage.
        let restricted = try GPObject(type: .rsaKeypair, maxObjectSize: 2048)
        try restricted.copyAttributes(from: SharedKeys.rsa2048)
        restricted.restrictUsage([.decrypt])
        let op = try GPOperation(algorithm: .rsaNopad, mode: .decrypt, maxKeySize: 2048)
        #expect(isPanic(faultOf { try op.setKeys([restricted]) }))
    }

    @Test("encryption into a buffer smaller than the modulus is SHORT_BUFFER with its size; decryption asks for the plaintext's")
    func cipherShortBuffers() throws {
        let encryptor = try operation(.rsaesPkcs1V1_5, .encrypt, key: SharedKeys.rsa2048Public)
        var size = 0
        var small = [UInt8](repeating: 0, count: 10)
        let message: [UInt8] = Array("0123456789abc".utf8)
        #expect(faultOf {
            try small.withUnsafeMutableBytes { o in try message.withUnsafeBytes { try encryptor.asymmetricEncrypt([], $0, into: o, size: &size) } }
        } == .result(.shortBuffer) && size == 256)
        let c = try encryptor.encrypt(message)
        let decryptor = try operation(.rsaesPkcs1V1_5, .decrypt, key: SharedKeys.rsa2048)
        #expect(faultOf {
            try small.withUnsafeMutableBytes { o in try c.withUnsafeBytes { try decryptor.asymmetricDecrypt([], $0, into: o, size: &size) } }
        } == .result(.shortBuffer) && size == 13)
    }

    @Test("wrong key types, modes and sizes panic; unsupported sizes and modes are NOT_SUPPORTED")
    func misuse() throws {
        // A public key cannot sign or decrypt.
        let sign = try GPOperation(algorithm: .rsassaPkcs1V1_5Sha256, mode: .sign, maxKeySize: 2048)
        #expect(isPanic(faultOf { try sign.setKeys([SharedKeys.rsa2048Public]) }))
        let decrypt = try GPOperation(algorithm: .rsaesPkcs1V1_5, mode: .decrypt, maxKeySize: 2048)
        #expect(isPanic(faultOf { try decrypt.setKeys([SharedKeys.rsa2048Public]) }))
        // A key larger than the operation allows, or of another family.
        let small = try GPOperation(algorithm: .rsassaPkcs1V1_5Sha256, mode: .sign, maxKeySize: 1024)
        #expect(isPanic(faultOf { try small.setKeys([SharedKeys.rsa2048]) }))
        let ecc = try GPObject(type: .ecdsaKeypair, maxObjectSize: 256)
        try ecc.generateKey(size: 256, parameters: [GPAttribute(.eccCurve, a: GPCurve.nistP256.rawValue, b: 0)])
        #expect(isPanic(faultOf { try sign.setKeys([ecc]) }))
        // No key, or the call of another mode or class.
        #expect(isPanic(faultOf { _ = try sign.sign([UInt8](repeating: 0, count: 32)) }))
        try sign.setKeys([SharedKeys.rsa2048])
        #expect(isPanic(faultOf { try sign.verify([UInt8](repeating: 0, count: 32), []) }))
        #expect(isPanic(faultOf { _ = try sign.encrypt([1]) }))
        #expect(isPanic(faultOf { _ = try sign.derive([]) }))
        #expect(faultOf { _ = try GPOperation(algorithm: .rsaesPkcs1V1_5, mode: .sign, maxKeySize: 2048) } == .result(.notSupported))
        #expect(faultOf { _ = try GPOperation(algorithm: .rsaesPkcs1V1_5, mode: .encrypt, maxKeySize: 8192) } == .result(.notSupported))
        #expect(GPEngines.isSupported(algorithm: .rsassaPkcs1PssMgf1Sha256, element: 0))
        #expect(!GPEngines.isSupported(algorithm: .rsassaPkcs1PssMgf1Sha256, element: GPCurve.nistP256.rawValue))
    }
}
