import CTEECryptoBackend

/// Symmetric ciphers, MACs and AE: which GP algorithm runs on which engine, with which key.
extension GPEngines {
    enum Symmetric: Sendable {
        case cipher(BlockCipher, CipherEngine.Chain)
        case cbcMAC(BlockCipher, padded: Bool)
        case cmac(BlockCipher)
        case hmac(digest: GPAlgorithm)
        case gcm, ccm

        var keyCipher: BlockCipher? {
            switch self {
            case let .cipher(c, _), let .cbcMAC(c, _), let .cmac(c): c
            case .gcm, .ccm: .aes
            case .hmac: nil
            }
        }
    }

    static let symmetric: [GPAlgorithm: Symmetric] = [
        .aesEcbNopad: .cipher(.aes, .ecb), .aesCbcNopad: .cipher(.aes, .cbc), .aesCtr: .cipher(.aes, .ctr),
        .aesCts: .cipher(.aes, .cts), .aesXts: .cipher(.aes, .xts),
        .desEcbNopad: .cipher(.des, .ecb), .desCbcNopad: .cipher(.des, .cbc),
        .des3EcbNopad: .cipher(.des3, .ecb), .des3CbcNopad: .cipher(.des3, .cbc),
        .sm4EcbNopad: .cipher(.sm4, .ecb), .sm4CbcNopad: .cipher(.sm4, .cbc), .sm4Ctr: .cipher(.sm4, .ctr),
        // OpenSSL 3.0 has no SM4-XTS (3.2 added it): isAvailable says no.
        .sm4Xts: .cipher(.sm4, .xts),

        .aesCbcMacNopad: .cbcMAC(.aes, padded: false), .aesCbcMacPkcs5: .cbcMAC(.aes, padded: true),
        .desCbcMacNopad: .cbcMAC(.des, padded: false), .desCbcMacPkcs5: .cbcMAC(.des, padded: true),
        .des3CbcMacNopad: .cbcMAC(.des3, padded: false), .des3CbcMacPkcs5: .cbcMAC(.des3, padded: true),
        .aesCmac: .cmac(.aes), .des3Cmac: .cmac(.des3),

        .hmacMd5: .hmac(digest: .md5), .hmacSha1: .hmac(digest: .sha1), .hmacSha224: .hmac(digest: .sha224),
        .hmacSha256: .hmac(digest: .sha256), .hmacSha384: .hmac(digest: .sha384), .hmacSha512: .hmac(digest: .sha512),
        .hmacSm3: .hmac(digest: .sm3), .hmacSha3_224: .hmac(digest: .sha3_224), .hmacSha3_256: .hmac(digest: .sha3_256),
        .hmacSha3_384: .hmac(digest: .sha3_384), .hmacSha3_512: .hmac(digest: .sha3_512),

        .aesGcm: .gcm, .aesCcm: .ccm,
    ]

    /// The engine for a symmetric algorithm, or nil if this TEE does not offer it in `mode`
    /// with keys up to `maxKeySize` bits (nil: any size, for TEE_IsAlgorithmSupported).
    static func makeSymmetric(algorithm: GPAlgorithm, class operationClass: GPOperationClass, mode: GPOperationMode,
                              maxKeySize: UInt32?) -> Made? {
        guard let kind = symmetric[algorithm], let keyType = symmetricKeyType(kind) else { return nil }
        let encrypt = mode == .encrypt
        let engine: GPOperationEngine
        switch (kind, operationClass) {
        case let (.cipher(cipher, chain), .cipher):
            guard mode == .encrypt || mode == .decrypt, CipherEngine.isAvailable(cipher, chain) else { return nil }
            engine = CipherEngine(cipher: cipher, chain: chain, encrypt: encrypt)
        case let (.cbcMAC(cipher, padded), .mac):
            guard mode == .mac else { return nil }
            engine = CBCMACEngine(cipher: cipher, padded: padded)
        case let (.cmac(cipher), .mac):
            guard mode == .mac else { return nil }
            engine = KeyedMACEngine(kind: .cmac(cipher), outputLength: cipher.blockSize)
        case let (.hmac(digest), .mac):
            guard mode == .mac, let name = DigestEngine.backendName(digest) else { return nil }
            let size = stee_md_size(name)
            guard size > 0 else { return nil }
            engine = KeyedMACEngine(kind: .hmac(digest: name), outputLength: size)
        case (.gcm, .ae):
            guard mode == .encrypt || mode == .decrypt else { return nil }
            engine = GCMEngine(encrypt: encrypt)
        case (.ccm, .ae):
            guard mode == .encrypt || mode == .decrypt else { return nil }
            engine = CCMEngine(encrypt: encrypt)
        default:
            return nil
        }
        // AES-XTS takes two keys, and maxKeySize is their sum (OP-TEE's reading): each half
        // must be an XTS key size.
        let twoKeys = algorithm == .aesXts
        if let maxKeySize {
            guard let spec = GPObjectTypeSpec.all[keyType] else { return nil }
            if twoKeys {
                guard maxKeySize == 256 || maxKeySize == 512 else { return nil }
                (engine as? CipherEngine)?.xtsKeyLimit = Int(maxKeySize / 2)
            } else {
                guard spec.allows(size: maxKeySize) else { return nil }
            }
        }
        return Made(engine: engine, keyCount: twoKeys ? 2 : 1, maxKeySize: maxKeySize ?? 0)
    }

    /// The key type a symmetric algorithm takes: AES, DES, DES3 or SM4 for the block
    /// ciphers and their MACs and AE, HMAC_<hash> for HMAC_<hash>.
    static func symmetricKeyTypes(for algorithm: GPAlgorithm) -> [GPObjectType]? {
        guard let kind = symmetric[algorithm], let keyType = symmetricKeyType(kind) else { return nil }
        return [keyType]
    }

    private static func symmetricKeyType(_ kind: Symmetric) -> GPObjectType? {
        if let cipher = kind.keyCipher { return cipher.keyType }
        if case let .hmac(digest) = kind { return GPObjectType(rawValue: 0xA000_0000 | digest.mainAlgorithm) }
        return nil
    }
}
