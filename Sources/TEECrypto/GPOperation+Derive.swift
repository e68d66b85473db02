import CTEECryptoBackend
import TEEABI

/// TEE_DeriveKey: DH, ECDH and X25519 shared secrets; GP's HKDF; OP-TEE's HKDF, Concat KDF
/// and PBKDF2. The result goes into `derived` as its TEE_ATTR_SECRET_VALUE: a
/// GENERIC_SECRET as GP and OP-TEE intend, or any other type holding one secret value (AES,
/// HMAC keys) when the size fits it. TEE_DeriveKey returns nothing, so every fault here
/// panics the TA in the C API; in Swift a `.result` says which input was wrong.
extension GPOperation {
    public func deriveKey(_ params: [GPAttribute], into derived: GPObject) throws(GPFault) {
        guard operationClass == .keyDerivation, case let .asymmetric(engine) = kind else {
            throw .panic("not a key derivation operation")
        }
        guard mode == .derive, keys.count == keyCount, let object = engine.keyObject else {
            throw .panic("operation has no key")
        }
        guard !derived.isInitialized else { throw .panic("derived key object is already initialized") }
        guard derived.spec.required == [.secretValue] else {
            throw .panic("derived key object of type \(derived.type) holds no secret value")
        }
        let room = Int(derived.maxObjectSize / 8)
        let secret: SecureBytes
        switch engine.scheme {
        case .dh, .ecdh, .x25519:
            secret = try agree(engine, object, params)
        case let .hkdf(fixed):
            secret = try hkdf(fixed, object, params, room: room)
        case let .concatKDF(hash):
            let p = try OperationParameters(params, allowed: [.concatKdfOtherInfo, .concatKdfDkmLength], strict: true)
            guard let length = p.value(.concatKdfDkmLength).map(Int.init), length > 0, length <= room,
                  let z = object.secret(.concatKdfZ) else { throw .result(.badParameters) }
            let info = p.bytes(.concatKdfOtherInfo)
            secret = try kdf(length) { out in
                z.withUnsafeBytes { zb in
                    Self.withOptional(info) { ib in
                        stee_kdf_concat(hash.cName, zb.bound, zb.count, ib.bound, ib.count, out, length)
                    }
                }
            }
        case let .pbkdf2(hash):
            let p = try OperationParameters(params, allowed: [.pbkdf2Salt, .pbkdf2IterationCount, .pbkdf2DkmLength],
                                            strict: true)
            guard let length = p.value(.pbkdf2DkmLength).map(Int.init), length > 0, length <= room,
                  let iterations = p.value(.pbkdf2IterationCount), iterations > 0,
                  let password = object.secret(.pbkdf2Password) else { throw .result(.badParameters) }
            let salt = p.bytes(.pbkdf2Salt)
            secret = try kdf(length) { out in
                password.withUnsafeBytes { pw in
                    Self.withOptional(salt) { sb in
                        stee_kdf_pbkdf2(hash.cName, pw.bound, pw.count, sb.bound, sb.count, UInt64(iterations), out, length)
                    }
                }
            }
        default:
            throw .panic("not a key derivation scheme")
        }
        try derived.setDerivedSecret(secret)
    }

    /// DH / ECDH / X25519 with the peer's public value from the parameters. OpenSSL checks
    /// that value before using it: an EC point must be on the curve (and not the point at
    /// infinity), a DH value in [2, p-2] (and of order q when the key has a subprime).
    private func agree(_ engine: AsymmetricEngine, _ object: GPObject, _ params: [GPAttribute]) throws(GPFault)
        -> SecureBytes
    {
        guard let key = engine.key else { throw .panic("operation has no key") }
        let peerParams = BackendParams()
        let peer: BackendKey?
        let room: Int
        switch engine.scheme {
        case .dh:
            let p = try OperationParameters(params, allowed: [.dhPublicValue], strict: true)
            guard let pub = p.bytes(.dhPublicValue), let prime = object.secret(.dhPrime),
                  let base = object.secret(.dhBase) else { throw .result(.badParameters) }
            peerParams.bignum("p", prime)
            peerParams.bignum("g", base)
            if let q = object.secret(.dhSubprime) { peerParams.bignum("q", q) }
            peerParams.bignum("pub", pub)
            peer = BackendKey.from("DH", STEE_KEY_PUBLIC, peerParams)
            room = (Int(AsymmetricKeyMaterial.bitLength(prime)) + 7) / 8
        case let .ecdh(fixed):
            let p = try OperationParameters(params, allowed: [.eccPublicValueX, .eccPublicValueY, .eccCurve], strict: true)
            guard let curve = engine.curve, fixed == nil || fixed == curve,
                  p.value(.eccCurve).map({ $0 == curve.id.rawValue }) ?? true,
                  let x = p.bytes(.eccPublicValueX), let y = p.bytes(.eccPublicValueY),
                  let point = AsymmetricKeyMaterial.uncompressedPoint(x, y, curve) else { throw .result(.badParameters) }
            peerParams.string("group", curve.group)
            peerParams.octets("pub", point)
            peer = BackendKey.from("EC", STEE_KEY_PUBLIC, peerParams)
            room = curve.bytes
        default:
            let p = try OperationParameters(params, allowed: [.x25519PublicValue], strict: true)
            guard let pub = p.bytes(.x25519PublicValue), pub.count == 32 else { throw .result(.badParameters) }
            peerParams.octets("pub", pub)
            peer = BackendKey.from("X25519", STEE_KEY_PUBLIC, peerParams)
            room = 32
        }
        // An invalid peer value fails here (EC: OpenSSL refuses to decode a point off the
        // curve) or in stee_akey_derive's validation.
        guard let peer else { throw .result(.badParameters) }
        let out = SecureBytes(count: room)
        var length = room
        let rc = out.withUnsafeMutableBytes { stee_akey_derive(key.pointer, peer.pointer, $0.bound, &length) }
        guard rc == 0 else { throw .result(.badParameters) }
        return length == room ? out : out.withUnsafeBytes { SecureBytes(UnsafeRawBufferPointer(rebasing: $0[0..<length])) }
    }

    /// OP-TEE's TEE_ALG_HKDF_<hash>_DERIVE_KEY (TEE_TYPE_HKDF_IKM key; salt, info and the
    /// required TEE_ATTR_HKDF_OKM_LENGTH in bytes) or GP 1.3.1's TEE_ALG_HKDF (secret in
    /// TEE_ATTR_SECRET_VALUE; TEE_ATTR_HKDF_SALT / _INFO; TEE_ATTR_HKDF_HASH_ALGORITHM, a
    /// TEE_ALG_* digest, SHA-256 when absent; TEE_ATTR_KDF_KEY_SIZE, the output in bytes,
    /// the derived object's maximum size when absent).
    private func hkdf(_ fixed: HashFunction?, _ object: GPObject, _ params: [GPAttribute], room: Int) throws(GPFault)
        -> SecureBytes
    {
        let hash: HashFunction
        let length: Int
        let salt, info, ikm: SecureBytes?
        if let fixed {
            let p = try OperationParameters(params, allowed: [.opteeHkdfSalt, .opteeHkdfInfo, .hkdfOkmLength], strict: true)
            guard let okm = p.value(.hkdfOkmLength) else { throw .result(.badParameters) }
            (hash, length, salt, info, ikm) = (fixed, Int(okm), p.bytes(.opteeHkdfSalt), p.bytes(.opteeHkdfInfo),
                                               object.secret(.hkdfIkm))
        } else {
            let p = try OperationParameters(params, allowed: [.hkdfSalt, .hkdfInfo, .hkdfHashAlgorithm, .kdfKeySize],
                                            strict: true)
            guard let chosen = HashFunction.of(digest: GPAlgorithm(rawValue: p.value(.hkdfHashAlgorithm) ?? GPAlgorithm.sha256.rawValue)),
                  chosen != .md5sha1, chosen.isAvailable else { throw .result(.badParameters) }
            (hash, length, salt, info, ikm) = (chosen, p.value(.kdfKeySize).map(Int.init) ?? room,
                                               p.bytes(.hkdfSalt), p.bytes(.hkdfInfo), object.secret(.secretValue))
        }
        // RFC 5869: at most 255 blocks of output.
        guard let ikm, length > 0, length <= room, length <= 255 * hash.size else { throw .result(.badParameters) }
        return try kdf(length) { out in
            ikm.withUnsafeBytes { k in
                Self.withOptional(salt) { s in
                    Self.withOptional(info) { i in
                        stee_kdf_hkdf(hash.cName, k.bound, k.count, s.bound, s.count, i.bound, i.count, out, length)
                    }
                }
            }
        }
    }

    private func kdf(_ length: Int, _ body: (UnsafeMutablePointer<UInt8>?) -> Int32) throws(GPFault) -> SecureBytes {
        let out = SecureBytes(count: length)
        guard out.withUnsafeMutableBytes({ body($0.bound) }) == 0 else { throw .result(.badParameters) }
        return out
    }

    private static func withOptional<R>(_ bytes: SecureBytes?, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard let bytes else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return bytes.withUnsafeBytes(body)
    }
}
