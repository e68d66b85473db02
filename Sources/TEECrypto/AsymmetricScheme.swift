/// What an asymmetric-cipher, signature or key-derivation algorithm id means: the scheme,
/// its hash, the key types it takes and OP-TEE's rules on its maximum key size
/// (`lib/libutee/tee_api_operations.c`, TEE_AllocateOperation).
enum AsymmetricScheme: Sendable {
    case rsaesPkcs1V1_5
    case rsaesOaep(HashFunction)
    case rsaNopad
    /// nil: OP-TEE's TEE_ALG_RSASSA_PKCS1_V1_5, which signs its input without a DigestInfo.
    case rsassaPkcs1V1_5(HashFunction?)
    case rsassaPss(HashFunction)
    case dsa(HashFunction)
    /// OP-TEE binds each ECDSA id to one curve: TEE_ALG_ECDSA_SHA256 is GP 1.1's ECDSA_P256.
    case ecdsa(HashFunction, ECCurve)
    case ed25519
    /// SM2 signatures over an SM3 digest the TA computed (e = SM3(Z || M)).
    case sm2Dsa
    /// SM2 encryption, ciphertext C1 || C3 || C2.
    case sm2Pke
    case dh
    /// nil: TEE_ALG_ECDH_DERIVE_SHARED_SECRET, any curve; else a legacy per-curve id.
    case ecdh(ECCurve?)
    case x25519
    /// nil: GP 1.3.1's TEE_ALG_HKDF (hash from TEE_ATTR_HKDF_HASH_ALGORITHM); else
    /// OP-TEE's TEE_ALG_HKDF_<hash>_DERIVE_KEY.
    case hkdf(HashFunction?)
    case concatKDF(HashFunction)
    case pbkdf2(HashFunction)

    init?(_ algorithm: GPAlgorithm) {
        guard let scheme = Self.table[algorithm.rawValue] else { return nil }
        self = scheme
    }

    private static let table: [UInt32: AsymmetricScheme] = {
        var t: [UInt32: AsymmetricScheme] = [
            GPAlgorithm.rsaesPkcs1V1_5.rawValue: .rsaesPkcs1V1_5,
            GPAlgorithm.rsaNopad.rawValue: .rsaNopad,
            GPAlgorithm.rsassaPkcs1V1_5.rawValue: .rsassaPkcs1V1_5(nil),
            GPAlgorithm.ed25519.rawValue: .ed25519,
            GPAlgorithm.sm2DsaSm3.rawValue: .sm2Dsa,
            GPAlgorithm.sm2Pke.rawValue: .sm2Pke,
            GPAlgorithm.dhDeriveSharedSecret.rawValue: .dh,
            GPAlgorithm.ecdhDeriveSharedSecret.rawValue: .ecdh(nil),
            GPAlgorithm.x25519.rawValue: .x25519,
            GPAlgorithm.hkdf.rawValue: .hkdf(nil),
        ]
        let oaep: [(GPAlgorithm, HashFunction)] = [
            (.rsaesPkcs1OaepMgf1Md5, .md5), (.rsaesPkcs1OaepMgf1Sha1, .sha1), (.rsaesPkcs1OaepMgf1Sha224, .sha224),
            (.rsaesPkcs1OaepMgf1Sha256, .sha256), (.rsaesPkcs1OaepMgf1Sha384, .sha384),
            (.rsaesPkcs1OaepMgf1Sha512, .sha512), (.rsaesPkcs1OaepMgf1Sha3_224, .sha3_224),
            (.rsaesPkcs1OaepMgf1Sha3_256, .sha3_256), (.rsaesPkcs1OaepMgf1Sha3_384, .sha3_384),
            (.rsaesPkcs1OaepMgf1Sha3_512, .sha3_512),
        ]
        let pkcs1: [(GPAlgorithm, HashFunction)] = [
            (.rsassaPkcs1V1_5Md5, .md5), (.rsassaPkcs1V1_5Sha1, .sha1), (.rsassaPkcs1V1_5Sha224, .sha224),
            (.rsassaPkcs1V1_5Sha256, .sha256), (.rsassaPkcs1V1_5Sha384, .sha384), (.rsassaPkcs1V1_5Sha512, .sha512),
            (.rsassaPkcs1V1_5Md5sha1, .md5sha1), (.rsassaPkcs1V1_5Sha3_224, .sha3_224),
            (.rsassaPkcs1V1_5Sha3_256, .sha3_256), (.rsassaPkcs1V1_5Sha3_384, .sha3_384),
            (.rsassaPkcs1V1_5Sha3_512, .sha3_512),
        ]
        let pss: [(GPAlgorithm, HashFunction)] = [
            (.rsassaPkcs1PssMgf1Md5, .md5), (.rsassaPkcs1PssMgf1Sha1, .sha1), (.rsassaPkcs1PssMgf1Sha224, .sha224),
            (.rsassaPkcs1PssMgf1Sha256, .sha256), (.rsassaPkcs1PssMgf1Sha384, .sha384),
            (.rsassaPkcs1PssMgf1Sha512, .sha512), (.rsassaPkcs1PssMgf1Sha3_224, .sha3_224),
            (.rsassaPkcs1PssMgf1Sha3_256, .sha3_256), (.rsassaPkcs1PssMgf1Sha3_384, .sha3_384),
            (.rsassaPkcs1PssMgf1Sha3_512, .sha3_512),
        ]
        let ecdsa: [(GPAlgorithm, GPAlgorithm, HashFunction, ECCurve)] = [
            (.ecdsaSha1, .opteeEcdsaP192, .sha1, .p192), (.ecdsaSha224, .opteeEcdsaP224, .sha224, .p224),
            (.ecdsaSha256, .opteeEcdsaP256, .sha256, .p256), (.ecdsaSha384, .opteeEcdsaP384, .sha384, .p384),
            (.ecdsaSha512, .opteeEcdsaP521, .sha512, .p521),
        ]
        let ecdh: [(GPAlgorithm, ECCurve)] = [
            (.opteeEcdhP192, .p192), (.opteeEcdhP224, .p224), (.opteeEcdhP256, .p256),
            (.opteeEcdhP384, .p384), (.opteeEcdhP521, .p521),
        ]
        let hkdf: [(GPAlgorithm, HashFunction)] = [
            (.hkdfMd5DeriveKey, .md5), (.hkdfSha1DeriveKey, .sha1), (.hkdfSha224DeriveKey, .sha224),
            (.hkdfSha256DeriveKey, .sha256), (.hkdfSha384DeriveKey, .sha384), (.hkdfSha512DeriveKey, .sha512),
        ]
        let concat: [(GPAlgorithm, HashFunction)] = [
            (.concatKdfSha1DeriveKey, .sha1), (.concatKdfSha224DeriveKey, .sha224),
            (.concatKdfSha256DeriveKey, .sha256), (.concatKdfSha384DeriveKey, .sha384),
            (.concatKdfSha512DeriveKey, .sha512),
        ]
        let pbkdf2: [(GPAlgorithm, HashFunction)] = [
            (.pbkdf2HmacSha1DeriveKey, .sha1), (.pbkdf2HmacSha224DeriveKey, .sha224),
            (.pbkdf2HmacSha256DeriveKey, .sha256), (.pbkdf2HmacSha384DeriveKey, .sha384),
            (.pbkdf2HmacSha512DeriveKey, .sha512), (.pbkdf2HmacSm3DeriveKey, .sm3),
        ]
        for (a, h) in oaep { t[a.rawValue] = .rsaesOaep(h) }
        for (a, h) in pkcs1 { t[a.rawValue] = .rsassaPkcs1V1_5(h) }
        for (a, h) in pss { t[a.rawValue] = .rsassaPss(h) }
        for (a, h) in [(GPAlgorithm.dsaSha1, HashFunction.sha1), (.dsaSha224, .sha224), (.dsaSha256, .sha256)] {
            t[a.rawValue] = .dsa(h)
        }
        for (a, legacy, h, c) in ecdsa {
            t[a.rawValue] = .ecdsa(h, c)
            t[legacy.rawValue] = .ecdsa(h, c)
        }
        for (a, c) in ecdh { t[a.rawValue] = .ecdh(c) }
        for (a, h) in hkdf { t[a.rawValue] = .hkdf(h) }
        for (a, h) in concat { t[a.rawValue] = .concatKDF(h) }
        for (a, h) in pbkdf2 { t[a.rawValue] = .pbkdf2(h) }
        return t
    }()

    var isSM2Pke: Bool {
        if case .sm2Pke = self { true } else { false }
    }

    var operationClass: GPOperationClass {
        switch self {
        case .rsaesPkcs1V1_5, .rsaesOaep, .rsaNopad, .sm2Pke: .asymmetricCipher
        case .rsassaPkcs1V1_5, .rsassaPss, .dsa, .ecdsa, .ed25519, .sm2Dsa: .asymmetricSignature
        case .dh, .ecdh, .x25519, .hkdf, .concatKDF, .pbkdf2: .keyDerivation
        }
    }

    var modes: [GPOperationMode] {
        switch operationClass {
        case .asymmetricCipher: [.encrypt, .decrypt]
        case .asymmetricSignature: [.sign, .verify]
        default: [.derive]
        }
    }

    /// The hash of a signature scheme: the digest length TEE_OperationInfo reports.
    var signatureHash: HashFunction? {
        switch self {
        case let .rsassaPkcs1V1_5(hash): hash
        case let .rsassaPss(hash), let .dsa(hash), let .ecdsa(hash, _): hash
        case .sm2Dsa: .sm3
        default: nil
        }
    }

    /// The key pair type, and the public key type where there is one.
    private var keyPair: (pair: GPObjectType, public: GPObjectType?) {
        switch self {
        case .rsaesPkcs1V1_5, .rsaesOaep, .rsaNopad, .rsassaPkcs1V1_5, .rsassaPss: (.rsaKeypair, .rsaPublicKey)
        case .dsa: (.dsaKeypair, .dsaPublicKey)
        case .ecdsa: (.ecdsaKeypair, .ecdsaPublicKey)
        case .ed25519: (.ed25519Keypair, .ed25519PublicKey)
        case .sm2Dsa: (.sm2DsaKeypair, .sm2DsaPublicKey)
        case .sm2Pke: (.sm2PkeKeypair, .sm2PkePublicKey)
        case .dh: (.dhKeypair, nil)
        case .ecdh: (.ecdhKeypair, nil)
        case .x25519: (.x25519Keypair, nil)
        case .hkdf(nil): (.hkdf, nil)
        case .hkdf: (.hkdfIkm, nil)
        case .concatKDF: (.concatKdfZ, nil)
        case .pbkdf2: (.pbkdf2Password, nil)
        }
    }

    /// Key types `mode` accepts: the public key type and the key pair for encryption and
    /// verification (OP-TEE copies a pair's public part), the pair for the rest.
    func keyTypes(mode: GPOperationMode) -> [GPObjectType] {
        let (pair, publicType) = keyPair
        switch (mode, self) {
        case (.encrypt, _), (.verify, _): return [publicType, pair].compactMap { $0 }
        case (.derive, .hkdf(nil)): return [.hkdf, .genericSecret]
        default: return [pair]
        }
    }

    /// OP-TEE's TEE_AllocateOperation rules, then what the key type itself allows.
    func allows(maxKeySize size: UInt32) -> Bool {
        let rule: Bool = switch self {
        case .dsa(.sha1): size >= 512 && size <= 1024 && size % 64 == 0
        case .dsa(.sha224): size == 2048
        case .dsa: size == 2048 || size == 3072
        case let .ecdsa(_, curve), let .ecdh(curve?): size == curve.bits
        case .ed25519, .x25519, .sm2Dsa, .sm2Pke: size == 256
        default: true
        }
        guard rule, let spec = GPObjectTypeSpec.all[keyPair.pair] else { return false }
        return spec.allows(size: size)
    }

    /// Whether the backend offers every hash this scheme needs.
    var isAvailable: Bool {
        switch self {
        case let .rsaesOaep(h), let .rsassaPss(h), let .dsa(h), let .ecdsa(h, _), let .concatKDF(h), let .pbkdf2(h),
             let .rsassaPkcs1V1_5(h?), let .hkdf(h?):
            h.isAvailable
        case .sm2Dsa, .sm2Pke:
            HashFunction.sm3.isAvailable
        default: true
        }
    }

    /// TEE_IsAlgorithmSupported's `element`: a curve the algorithm works on, or
    /// TEE_CRYPTO_ELEMENT_NONE (0) for algorithms without curves.
    func supports(element: UInt32) -> Bool {
        switch self {
        case let .ecdsa(_, curve), let .ecdh(curve?): element == curve.id.rawValue
        case .ecdh(nil): ECCurve.of(element) != nil
        case .ed25519, .x25519: element == GPCurve._25519.rawValue
        case .sm2Dsa, .sm2Pke: element == GPCurve.sm2.rawValue
        default: element == 0
        }
    }
}
