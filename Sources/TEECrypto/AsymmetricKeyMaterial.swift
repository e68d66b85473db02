import CTEECryptoBackend

/// GP key attributes (big-endian byte strings) <-> backend keys: the one place that knows
/// which attribute is which OpenSSL parameter.
enum AsymmetricKeyMaterial {
    typealias Attributes = [GPAttributeID: GPAttributeValue]

    /// The backend key for attributes of `type`, public part only for public key types;
    /// nil when OpenSSL rejects them (an EC point off its curve, a malformed Ed25519 key).
    static func backendKey(_ type: GPObjectType, _ attributes: Attributes) -> BackendKey? {
        let pair = type.rawValue >> 24 == 0xA1
        let part = pair ? STEE_KEY_PAIR : STEE_KEY_PUBLIC
        let params = BackendParams()
        func bignum(_ name: StaticString, _ id: GPAttributeID) -> Bool {
            guard case let .bytes(b)? = attributes[id] else { return false }
            params.bignum(name, b)
            return true
        }
        switch type {
        case .rsaPublicKey, .rsaKeypair:
            guard bignum("n", .rsaModulus), bignum("e", .rsaPublicExponent) else { return nil }
            if pair {
                guard bignum("d", .rsaPrivateExponent) else { return nil }
                // All or none (checked at populate); OpenSSL uses CRT when they are there.
                _ = bignum("rsa-factor1", .rsaPrime1) && bignum("rsa-factor2", .rsaPrime2)
                    && bignum("rsa-exponent1", .rsaExponent1) && bignum("rsa-exponent2", .rsaExponent2)
                    && bignum("rsa-coefficient1", .rsaCoefficient)
            }
            return BackendKey.from("RSA", part, params)
        case .dsaPublicKey, .dsaKeypair:
            guard bignum("p", .dsaPrime), bignum("q", .dsaSubprime), bignum("g", .dsaBase),
                  bignum("pub", .dsaPublicValue), !pair || bignum("priv", .dsaPrivateValue) else { return nil }
            return BackendKey.from("DSA", part, params)
        case .dhKeypair:
            guard bignum("p", .dhPrime), bignum("g", .dhBase), bignum("pub", .dhPublicValue),
                  bignum("priv", .dhPrivateValue) else { return nil }
            _ = bignum("q", .dhSubprime)
            return BackendKey.from("DH", part, params)
        case .ecdsaPublicKey, .ecdsaKeypair, .ecdhPublicKey, .ecdhKeypair, .sm2DsaPublicKey, .sm2DsaKeypair,
             .sm2PkePublicKey, .sm2PkeKeypair:
            guard let (a, _) = value(attributes[.eccCurve]), let curve = ECCurve.of(a, for: type),
                  case let .bytes(x)? = attributes[.eccPublicValueX], case let .bytes(y)? = attributes[.eccPublicValueY],
                  let point = uncompressedPoint(x, y, curve) else { return nil }
            params.string("group", curve.group)
            params.octets("pub", point)
            if pair {
                guard case let .bytes(d)? = attributes[.eccPrivateValue], bitLength(d) <= curve.bits else { return nil }
                params.bignum("priv", d)
            }
            return BackendKey.from(ECCurve.isSM2(type) ? "SM2" : "EC", part, params)
        case .ed25519PublicKey, .ed25519Keypair:
            return raw("ED25519", part, attributes[.ed25519PublicValue], pair ? attributes[.ed25519PrivateValue] : nil, params)
        case .x25519PublicKey, .x25519Keypair:
            return raw("X25519", part, attributes[.x25519PublicValue], pair ? attributes[.x25519PrivateValue] : nil, params)
        default:
            return nil
        }
    }

    private static func raw(_ type: StaticString, _ part: stee_key_part, _ pub: GPAttributeValue?,
                            _ priv: GPAttributeValue?, _ params: BackendParams) -> BackendKey? {
        guard case let .bytes(p)? = pub, p.count == 32 else { return nil }
        params.octets("pub", p)
        if part == STEE_KEY_PAIR {
            guard case let .bytes(s)? = priv, s.count == 32 else { return nil }
            params.octets("priv", s)
        }
        return BackendKey.from(type, part, params)
    }

    /// 04 || X || Y, each coordinate left-padded to the curve's size (SEC 1, 2.3.3).
    static func uncompressedPoint(_ x: SecureBytes, _ y: SecureBytes, _ curve: ECCurve) -> [UInt8]? {
        let (mx, my) = (minimal(x), minimal(y))
        guard mx.count <= curve.bytes, my.count <= curve.bytes else { return nil }
        let pad = { (m: [UInt8]) in [UInt8](repeating: 0, count: curve.bytes - m.count) + m }
        return [4] + pad(mx) + pad(my)
    }

    static func value(_ v: GPAttributeValue?) -> (UInt32, UInt32)? {
        if case let .value(a, b)? = v { return (a, b) }
        return nil
    }

    /// Bytes without leading zeros (public values only: this copies).
    static func minimal(_ bytes: SecureBytes) -> [UInt8] {
        Array(bytes.bytes.drop { $0 == 0 })
    }

    /// The bit length of a big-endian unsigned integer.
    static func bitLength(_ bytes: SecureBytes) -> UInt32 {
        bytes.withUnsafeBytes { raw in
            guard let first = raw.firstIndex(where: { $0 != 0 }) else { return 0 }
            return UInt32(raw.count - first - 1) * 8 + UInt32(8 - raw[first].leadingZeroBitCount)
        }
    }
}
