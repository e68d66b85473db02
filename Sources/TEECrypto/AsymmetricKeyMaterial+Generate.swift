import CTEECryptoBackend

/// TEE_GenerateKey for asymmetric key pairs, with the parameters GP defines for each type
/// (GP 1.3.1 TEE_GenerateKey table; OP-TEE `tee_svc_cryp.c` GEN_KEY_OPT / GEN_KEY_REQ).
extension AsymmetricKeyMaterial {
    /// The parameters `type` takes; anything else (or a parameter given twice) is
    /// BAD_PARAMETERS, as an attribute GP does not define for the type.
    private static func parameters(_ given: [GPAttribute], allowed: [GPAttributeID]) throws(GPFault) -> Attributes {
        var found: Attributes = [:]
        for attribute in given {
            guard allowed.contains(attribute.id), found[attribute.id] == nil,
                  attribute.id.isValue == (attribute.bytes == nil) else { throw .result(.badParameters) }
            found[attribute.id] = attribute.value
        }
        return found
    }

    private static func export(_ key: BackendKey, _ names: [(GPAttributeID, StaticString)]) throws(GPFault) -> [GPAttribute] {
        var out: [GPAttribute] = []
        for (id, name) in names {
            guard let bytes = key.bignum(name) else { throw .result(.generic) }
            out.append(GPAttribute(id, bytes: bytes))
        }
        return out
    }

    private static func bytes(_ attributes: Attributes, _ id: GPAttributeID) -> SecureBytes? {
        if case let .bytes(b)? = attributes[id] { return b }
        return nil
    }

    /// RSA: an optional TEE_ATTR_RSA_PUBLIC_EXPONENT (65537 if absent); all eight parts out.
    static func generateRSA(size: UInt32, _ given: [GPAttribute]) throws(GPFault) -> [GPAttribute] {
        let found = try parameters(given, allowed: [.rsaPublicExponent])
        // OpenSSL generates no RSA key below 512 bits (RSA_MIN_MODULUS_BITS); such keys can
        // still be populated and used.
        guard size >= 512 else { throw .result(.notSupported) }
        let params = BackendParams()
        params.uint("bits", size)
        params.bignum("e", bytes(found, .rsaPublicExponent) ?? SecureBytes([1, 0, 1]))
        guard let key = BackendKey.generate("RSA", params), key.bits == Int(size) else { throw .result(.badParameters) }
        return try export(key, [
            (.rsaModulus, "n"), (.rsaPublicExponent, "e"), (.rsaPrivateExponent, "d"),
            (.rsaPrime1, "rsa-factor1"), (.rsaPrime2, "rsa-factor2"), (.rsaExponent1, "rsa-exponent1"),
            (.rsaExponent2, "rsa-exponent2"), (.rsaCoefficient, "rsa-coefficient1"),
        ])
    }

    /// DSA: the domain parameters are required and must have `size` bits of prime.
    static func generateDSA(size: UInt32, _ given: [GPAttribute]) throws(GPFault) -> [GPAttribute] {
        let found = try parameters(given, allowed: [.dsaPrime, .dsaSubprime, .dsaBase])
        guard let p = bytes(found, .dsaPrime), let q = bytes(found, .dsaSubprime), let g = bytes(found, .dsaBase),
              bitLength(p) == size else { throw .result(.badParameters) }
        let domain = BackendParams()
        domain.bignum("p", p)
        domain.bignum("q", q)
        domain.bignum("g", g)
        guard let params = BackendKey.from("DSA", STEE_KEY_DOMAIN, domain),
              let key = BackendKey.generate("DSA", domain: params) else { throw .result(.badParameters) }
        return [GPAttribute(.dsaPrime, bytes: p.copy()), GPAttribute(.dsaSubprime, bytes: q.copy()),
                GPAttribute(.dsaBase, bytes: g.copy())]
            + (try export(key, [(.dsaPublicValue, "pub"), (.dsaPrivateValue, "priv")]))
    }

    /// DH: prime and base required, subprime and TEE_ATTR_DH_X_BITS (private value length)
    /// optional.
    static func generateDH(size: UInt32, _ given: [GPAttribute]) throws(GPFault) -> [GPAttribute] {
        let found = try parameters(given, allowed: [.dhPrime, .dhBase, .dhSubprime, .dhXBits])
        guard let p = bytes(found, .dhPrime), let g = bytes(found, .dhBase), bitLength(p) == size else {
            throw .result(.badParameters)
        }
        let q = bytes(found, .dhSubprime)
        let domain = BackendParams()
        domain.bignum("p", p)
        domain.bignum("g", g)
        if let q { domain.bignum("q", q) }
        let generation = BackendParams()
        if let (bits, _) = value(found[.dhXBits]) {
            guard bits > 0, bits < size else { throw .result(.badParameters) }
            generation.uint("priv_len", bits)
        }
        guard let params = BackendKey.from("DH", STEE_KEY_DOMAIN, domain),
              let key = BackendKey.generate("DH", domain: params, generation) else { throw .result(.badParameters) }
        var out = [GPAttribute(.dhPrime, bytes: p.copy()), GPAttribute(.dhBase, bytes: g.copy())]
        if let q { out.append(GPAttribute(.dhSubprime, bytes: q.copy())) }
        return out + (try export(key, [(.dhPublicValue, "pub"), (.dhPrivateValue, "priv")]))
    }

    /// ECDSA / ECDH / SM2: TEE_ATTR_ECC_CURVE is required and must be a curve of `size` bits
    /// that keys of `type` use.
    static func generateEC(_ type: GPObjectType, size: UInt32, _ given: [GPAttribute]) throws(GPFault) -> [GPAttribute] {
        let found = try parameters(given, allowed: [.eccCurve])
        guard let (id, _) = value(found[.eccCurve]), let curve = ECCurve.of(id, for: type), curve.bits == size else {
            throw .result(.badParameters)
        }
        let params = BackendParams()
        params.string("group", curve.group)
        guard let key = BackendKey.generate(ECCurve.isSM2(type) ? "SM2" : "EC", params) else { throw .result(.generic) }
        return try export(key, [(.eccPrivateValue, "priv"), (.eccPublicValueX, "qx"), (.eccPublicValueY, "qy")])
            + [GPAttribute(.eccCurve, a: id, b: 0)]
    }

    /// Ed25519 / X25519: no parameters; 32-byte public and private values.
    static func generateRaw(_ type: StaticString, public pub: GPAttributeID, private priv: GPAttributeID,
                            _ given: [GPAttribute]) throws(GPFault) -> [GPAttribute] {
        _ = try parameters(given, allowed: [])
        guard let key = BackendKey.generate(type), let p = key.octets("pub"), let s = key.octets("priv") else {
            throw .result(.generic)
        }
        return [GPAttribute(pub, bytes: p), GPAttribute(priv, bytes: s)]
    }
}
