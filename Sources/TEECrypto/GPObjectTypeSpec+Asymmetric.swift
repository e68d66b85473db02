extension GPObjectTypeSpec {
    /// Asymmetric key types and KDF inputs. Sizes follow OP-TEE (`tee_svc_cryp.c`, see
    /// gp-optee-facts 4.5) except where noted; attributes are big-endian byte strings, and a
    /// populate is checked by building the backend key (an EC point must be on its curve, a
    /// key pair's halves must match), so a key that populates is one the engines can use.
    static let asymmetricSpecs: [GPObjectType: GPObjectTypeSpec] = {
        typealias M = AsymmetricKeyMaterial
        let rsaCRT: [GPAttributeID] = [.rsaPrime1, .rsaPrime2, .rsaExponent1, .rsaExponent2, .rsaCoefficient]
        let eccPublic: [GPAttributeID] = [.eccPublicValueX, .eccPublicValueY, .eccCurve]
        let eccPair: [GPAttributeID] = [.eccPrivateValue] + eccPublic
        var specs: [GPObjectType: GPObjectTypeSpec] = [:]
        // Object size: the modulus' bits.
        specs[.rsaPublicKey] = key(.rsaPublicKey, 256, 4096, required: [.rsaModulus, .rsaPublicExponent],
                                   sizeOf: { bits($0[.rsaModulus]) })
        specs[.rsaKeypair] = key(.rsaKeypair, 256, 4096,
                                 required: [.rsaModulus, .rsaPublicExponent, .rsaPrivateExponent],
                                 optional: rsaCRT, allOrNone: [rsaCRT], generate: M.generateRSA,
                                 sizeOf: { bits($0[.rsaModulus]) })
        // Object size: the prime's bits, as GP sizes DSA keys (OP-TEE sizes them by the
        // subprime, which its own 512..3072 range then contradicts).
        specs[.dsaPublicKey] = key(.dsaPublicKey, 512, 3072, step: 64,
                                   required: [.dsaPrime, .dsaSubprime, .dsaBase, .dsaPublicValue],
                                   sizeOf: { bits($0[.dsaPrime]) })
        specs[.dsaKeypair] = key(.dsaKeypair, 512, 3072, step: 64,
                                 required: [.dsaPrime, .dsaSubprime, .dsaBase, .dsaPublicValue, .dsaPrivateValue],
                                 generate: M.generateDSA, sizeOf: { bits($0[.dsaPrime]) })
        // OP-TEE allows 256-bit primes; OpenSSL 3.0 computes no DH secret below 512 bits
        // (DH_MIN_MODULUS_BITS), so smaller groups are NOT_SUPPORTED here.
        specs[.dhKeypair] = key(.dhKeypair, 512, 2048, required: [.dhPrime, .dhBase, .dhPublicValue, .dhPrivateValue],
                                optional: [.dhSubprime], generate: M.generateDH, sizeOf: { bits($0[.dhPrime]) })
        // Object size: the curve's (TEE_ATTR_ECC_CURVE decides, as in OP-TEE). SM2 keys (SM2
        // signatures and encryption; OpenSSL 3.0 has no SM2 key exchange) are on SM2's curve.
        for (publicType, pairType) in [(GPObjectType.ecdsaPublicKey, GPObjectType.ecdsaKeypair), (.ecdhPublicKey, .ecdhKeypair),
                                       (.sm2DsaPublicKey, .sm2DsaKeypair), (.sm2PkePublicKey, .sm2PkeKeypair)] {
            let (min, max): (UInt32, UInt32) = ECCurve.isSM2(pairType) ? (256, 256) : (192, 521)
            specs[publicType] = key(publicType, min, max, required: eccPublic, sizeOf: curveBits(publicType))
            specs[pairType] = key(pairType, min, max, required: eccPair,
                                  generate: { size, p throws(GPFault) in try M.generateEC(pairType, size: size, p) },
                                  sizeOf: curveBits(pairType))
        }
        specs[.ed25519PublicKey] = key(.ed25519PublicKey, 256, 256, required: [.ed25519PublicValue], sizeOf: { _ in 256 })
        specs[.ed25519Keypair] = key(.ed25519Keypair, 256, 256, required: [.ed25519PublicValue, .ed25519PrivateValue],
                                     generate: { _, p throws(GPFault) in
                                         try M.generateRaw("ED25519", public: .ed25519PublicValue,
                                                           private: .ed25519PrivateValue, p)
                                     }, sizeOf: { _ in 256 })
        specs[.x25519PublicKey] = key(.x25519PublicKey, 256, 256, required: [.x25519PublicValue], sizeOf: { _ in 256 })
        specs[.x25519Keypair] = key(.x25519Keypair, 256, 256, required: [.x25519PublicValue, .x25519PrivateValue],
                                    generate: { _, p throws(GPFault) in
                                        try M.generateRaw("X25519", public: .x25519PublicValue,
                                                          private: .x25519PrivateValue, p)
                                    }, sizeOf: { _ in 256 })
        // KDF inputs: a secret of any length up to 4096 bits, in its own attribute.
        specs[.hkdfIkm] = kdfInput(.hkdfIkm)
        specs[.concatKdfZ] = kdfInput(.concatKdfZ)
        specs[.pbkdf2Password] = kdfInput(.pbkdf2Password)
        // GP 1.3.1's HKDF key: a secret in TEE_ATTR_SECRET_VALUE.
        specs[.hkdf] = secret(0, 4096, step: 8)
        return specs
    }()

    /// An asymmetric key type whose populate is valid when `sizeOf` gives a size and the
    /// backend accepts the key.
    private static func key(_ type: GPObjectType, _ min: UInt32, _ max: UInt32, step: UInt32 = 0,
                            required: [GPAttributeID], optional: [GPAttributeID] = [],
                            allOrNone: [[GPAttributeID]] = [],
                            generate: (@Sendable (UInt32, [GPAttribute]) throws(GPFault) -> [GPAttribute])? = nil,
                            sizeOf: @escaping @Sendable ([GPAttributeID: GPAttributeValue]) -> UInt32?) -> GPObjectTypeSpec {
        GPObjectTypeSpec(
            minSize: min, maxSize: max, step: step, required: required, optional: optional, allOrNone: allOrNone,
            sizeOf: { attributes in
                guard let size = sizeOf(attributes), size > 0,
                      let backend = AsymmetricKeyMaterial.backendKey(type, attributes) else { return nil }
                // EC points must be on the curve; for pairs (ECC, Ed25519, X25519) the
                // private value must give the public one. RSA, DSA and DH pairs are not
                // checked (a full check costs primality tests).
                switch type {
                case .ecdsaPublicKey, .ecdhPublicKey, .sm2DsaPublicKey, .sm2PkePublicKey:
                    guard backend.isPublicValid else { return nil }
                case .ecdsaKeypair, .ecdhKeypair, .sm2DsaKeypair, .sm2PkeKeypair, .ed25519Keypair, .x25519Keypair:
                    guard backend.isPublicValid, backend.isPairValid else { return nil }
                default: break
                }
                return size
            },
            generate: generate)
    }

    private static func kdfInput(_ type: GPObjectType) -> GPObjectTypeSpec {
        let id: GPAttributeID = switch type {
        case .hkdfIkm: .hkdfIkm
        case .concatKdfZ: .concatKdfZ
        default: .pbkdf2Password
        }
        return GPObjectTypeSpec(
            minSize: 0, maxSize: 4096, step: 8, required: [id],
            sizeOf: { attributes in
                guard case let .bytes(b)? = attributes[id] else { return nil }
                return UInt32(clamping: b.count * 8)
            },
            generate: { size, _ throws(GPFault) in [GPAttribute(id, bytes: try CryptoRandom.bytes(Int(size / 8)))] })
    }

    private static func bits(_ value: GPAttributeValue?) -> UInt32? {
        guard case let .bytes(b)? = value else { return nil }
        return AsymmetricKeyMaterial.bitLength(b)
    }

    private static func curveBits(_ type: GPObjectType) -> @Sendable ([GPAttributeID: GPAttributeValue]) -> UInt32? {
        { attributes in
            guard let (id, _) = AsymmetricKeyMaterial.value(attributes[.eccCurve]) else { return nil }
            return ECCurve.of(id, for: type)?.bits
        }
    }
}
