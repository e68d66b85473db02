import CTEECryptoBackend
import TEEABI
#if canImport(Glibc)
import Glibc
#endif

/// TEE_AsymmetricEncrypt / Decrypt / SignDigest / VerifyDigest. Output buffers follow GP:
/// `size` comes back as the bytes written, or with TEE_ERROR_SHORT_BUFFER as the bytes
/// needed. Results are OP-TEE's: BAD_PARAMETERS for input the key cannot take (its C
/// library panics the TA on it for signatures, as OP-TEE's libutee does).
extension GPOperation {
    private func asymmetric(_ expected: GPOperationClass, _ expectedMode: GPOperationMode) throws(GPFault)
        -> (AsymmetricEngine, BackendKey)
    {
        guard operationClass == expected, case let .asymmetric(engine) = kind else {
            throw .panic("operation class \(operationClass) cannot do this")
        }
        guard mode == expectedMode else { throw .panic("operation is in mode \(mode)") }
        guard keys.count == keyCount, let key = engine.key else { throw .panic("operation has no key") }
        return (engine, key)
    }

    public func asymmetricEncrypt(_ params: [GPAttribute], _ source: UnsafeRawBufferPointer,
                                  into destination: UnsafeMutableRawBufferPointer, size: inout Int) throws(GPFault) {
        let (engine, key) = try asymmetric(.asymmetricCipher, .encrypt)
        if case .sm2Pke = engine.scheme {
            var written = destination.count
            let rc = stee_sm2_encrypt(key.pointer, source.bound, source.count, destination.bound, &written)
            size = written
            switch rc {
            case 0: return
            case -ENOSPC: throw .result(.shortBuffer)
            case -EINVAL: throw .result(.badParameters)
            default: throw .result(.generic)
            }
        }
        let padding = try RSAPadding(engine.scheme, params)
        let modulus = stee_rsa_size(key.pointer)
        // OP-TEE asks for room for a whole modulus before encrypting (raw RSA: after).
        if padding.scheme != STEE_RSA_RAW, destination.count < modulus {
            size = modulus
            throw .result(.shortBuffer)
        }
        let out = SecureBytes(count: modulus)
        var written = modulus
        let rc = padding.withC { p in
            out.withUnsafeMutableBytes { o in
                stee_rsa_encrypt(key.pointer, p, source.bound, source.count, o.bound, &written)
            }
        }
        guard rc == 0 else { throw .result(rc == -EINVAL ? .badParameters : .generic) }
        try out.copy(written, to: destination, size: &size)
    }

    /// Every decryption failure is the one result BAD_PARAMETERS (OP-TEE's for a bad
    /// padding), whatever went wrong; rsa.c says what keeps it free of an oracle.
    public func asymmetricDecrypt(_ params: [GPAttribute], _ source: UnsafeRawBufferPointer,
                                  into destination: UnsafeMutableRawBufferPointer, size: inout Int) throws(GPFault) {
        let (engine, key) = try asymmetric(.asymmetricCipher, .decrypt)
        // The plaintext goes to a buffer of ours first, and to the TA's only once it is known
        // good; SM2's length follows from the ciphertext's, RSA's is at most the modulus.
        let room = engine.scheme.isSM2Pke ? max(source.count, 1) : stee_rsa_size(key.pointer)
        let out = SecureBytes(count: room)
        var written = room
        let rc: Int32
        if engine.scheme.isSM2Pke {
            rc = out.withUnsafeMutableBytes { o in stee_sm2_decrypt(key.pointer, source.bound, source.count, o.bound, &written) }
        } else {
            let padding = try RSAPadding(engine.scheme, params)
            rc = padding.withC { p in
                out.withUnsafeMutableBytes { o in
                    stee_rsa_decrypt(key.pointer, p, source.bound, source.count, o.bound, &written)
                }
            }
        }
        guard rc == 0 else { throw .result(.badParameters) }
        try out.copy(written, to: destination, size: &size)
    }

    public func asymmetricSignDigest(_ params: [GPAttribute], _ digest: UnsafeRawBufferPointer,
                                     into signature: UnsafeMutableRawBufferPointer, size: inout Int) throws(GPFault) {
        let (engine, key) = try asymmetric(.asymmetricSignature, .sign)
        let needed = try signatureSize(engine, key)
        try checkDigest(engine, key, digest)
        guard signature.count >= needed else {
            size = needed
            throw .result(.shortBuffer)
        }
        var written = signature.count
        let rc: Int32
        switch engine.scheme {
        case .rsassaPkcs1V1_5, .rsassaPss:
            let padding = try RSAPadding(engine.scheme, params, digestLength: digest.count)
            rc = padding.withC { p in
                stee_rsa_sign(key.pointer, p, digest.bound, digest.count, signature.bound, &written)
            }
        case .dsa:
            written = needed
            rc = stee_dsa_sign(key.pointer, digest.bound, digest.count, signature.bound, needed / 2)
        case .ecdsa, .sm2Dsa:
            written = needed
            rc = stee_ecdsa_sign(key.pointer, digest.bound, digest.count, signature.bound, needed / 2)
        case .ed25519:
            try checkEdDSA(params)
            rc = stee_eddsa_sign(key.pointer, digest.bound, digest.count, signature.bound, &written)
        default:
            throw .panic("not a signature scheme")
        }
        guard rc == 0 else { throw .result(rc == -EINVAL ? .badParameters : .generic) }
        size = written
    }

    /// SUCCESS, or SIGNATURE_INVALID for any signature that does not verify (of the wrong
    /// length included).
    public func asymmetricVerifyDigest(_ params: [GPAttribute], _ digest: UnsafeRawBufferPointer,
                                       signature: UnsafeRawBufferPointer) throws(GPFault) {
        let (engine, key) = try asymmetric(.asymmetricSignature, .verify)
        let expected = try signatureSize(engine, key)
        try checkDigest(engine, key, digest)
        let rc: Int32
        switch engine.scheme {
        case .rsassaPkcs1V1_5, .rsassaPss:
            let padding = try RSAPadding(engine.scheme, params, digestLength: digest.count)
            rc = padding.withC { p in
                stee_rsa_verify(key.pointer, p, digest.bound, digest.count, signature.bound, signature.count)
            }
        case .dsa:
            rc = stee_dsa_verify(key.pointer, digest.bound, digest.count, signature.bound, signature.count, expected / 2)
        case .ecdsa, .sm2Dsa:
            rc = stee_ecdsa_verify(key.pointer, digest.bound, digest.count, signature.bound, signature.count, expected / 2)
        case .ed25519:
            try checkEdDSA(params)
            rc = stee_eddsa_verify(key.pointer, digest.bound, digest.count, signature.bound, signature.count)
        default:
            throw .panic("not a signature scheme")
        }
        switch rc {
        case 0: return
        case -EBADMSG: throw .result(.signatureInvalid)
        case -EINVAL: throw .result(.badParameters)
        default: throw .result(.generic)
        }
    }

    /// A signature's size: the modulus; r || s of the subprime's or the curve's size; 64.
    private func signatureSize(_ engine: AsymmetricEngine, _ key: BackendKey) throws(GPFault) -> Int {
        switch engine.scheme {
        case .rsassaPkcs1V1_5, .rsassaPss:
            return stee_rsa_size(key.pointer)
        case .dsa:
            return 2 * ((Int(engine.keyObject?.secret(.dsaSubprime).map(AsymmetricKeyMaterial.bitLength) ?? 0) + 7) / 8)
        case let .ecdsa(_, curve):
            // OP-TEE ties ECDSA_SHA256 to P-256 and so on (its ECC glue rejects other curves).
            guard engine.curve == curve else { throw .result(.badParameters) }
            return 2 * curve.bytes
        default:
            return 64  // Ed25519; SM2: r || s of 32 bytes each
        }
    }

    /// A hash-and-sign scheme takes a digest of its hash's size (DSA: or of the subprime's,
    /// as OP-TEE allows). ECDSA takes any length and uses as much as the curve order holds,
    /// as OP-TEE does (xtest signs SHA-1 digests on every curve).
    private func checkDigest(_ engine: AsymmetricEngine, _ key: BackendKey, _ digest: UnsafeRawBufferPointer)
        throws(GPFault)
    {
        switch engine.scheme {
        case let .rsassaPkcs1V1_5(hash?), let .rsassaPss(hash):
            guard digest.count == hash.size else { throw .result(.badParameters) }
        case .sm2Dsa:
            guard digest.count == HashFunction.sm3.size else { throw .result(.badParameters) }
        case let .dsa(hash):
            let q = try signatureSize(engine, key) / 2
            guard digest.count == hash.size || digest.count == q else { throw .result(.badParameters) }
        default:
            break
        }
    }

    /// Ed25519ctx and Ed25519ph need OpenSSL 3.2's "instance" parameter; 3.0 has pure
    /// Ed25519 only, so a context or pre-hash request is NOT_SUPPORTED.
    private func checkEdDSA(_ params: [GPAttribute]) throws(GPFault) {
        let p = try OperationParameters(params, allowed: [.eddsaCtx, .eddsaPrehash], strict: false)
        if let context = p.bytes(.eddsaCtx), context.count > 0 { throw .result(.notSupported) }
        if let prehash = p.value(.eddsaPrehash), prehash != 0 { throw .result(.notSupported) }
    }
}

/// How an RSA operation pads, from its scheme and parameters: TEE_ATTR_RSA_OAEP_LABEL,
/// TEE_ATTR_RSA_OAEP_MGF_HASH (OP-TEE: a 4-byte TEE_ALG_* digest id in the TA's byte
/// order, for a MGF1 hash other than OAEP's) and TEE_ATTR_RSA_PSS_SALT_LENGTH (default:
/// the digest's length, as OP-TEE).
struct RSAPadding {
    var scheme: stee_rsa_scheme
    var md: HashFunction?
    var mgf1: HashFunction?
    var label: [UInt8] = []
    var saltLength: Int32 = 0

    init(_ asymmetric: AsymmetricScheme, _ params: [GPAttribute], digestLength: Int = 0) throws(GPFault) {
        let p = try OperationParameters(params, allowed: [.rsaOaepLabel, .rsaOaepMgfHash, .rsaPssSaltLength],
                                        strict: false)
        switch asymmetric {
        case .rsaNopad:
            scheme = STEE_RSA_RAW
        case .rsaesPkcs1V1_5:
            scheme = STEE_RSA_PKCS1
        case let .rsaesOaep(hash):
            scheme = STEE_RSA_OAEP
            md = hash
            label = p.bytes(.rsaOaepLabel)?.bytes ?? []
            if let raw = p.bytes(.rsaOaepMgfHash) {
                guard raw.count == 4 else { throw .result(.badParameters) }
                let id = raw.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
                guard let mgf = HashFunction.of(digest: GPAlgorithm(rawValue: id)), mgf != .md5sha1, mgf.isAvailable
                else { throw .result(.badParameters) }
                mgf1 = mgf
            }
        case let .rsassaPkcs1V1_5(hash):
            scheme = STEE_RSA_PKCS1
            md = hash
        case let .rsassaPss(hash):
            scheme = STEE_RSA_PSS
            md = hash
            let requested = p.value(.rsaPssSaltLength).map(Int.init) ?? digestLength
            saltLength = Int32(clamping: requested < Int(Int32.max) ? requested : digestLength)
        default:
            throw .panic("not an RSA scheme")
        }
    }

    func withC<R>(_ body: (UnsafePointer<stee_rsa_padding>) -> R) -> R {
        label.withUnsafeBufferPointer { l in
            var padding = stee_rsa_padding(scheme: scheme, md: md?.cName, mgf1: mgf1?.cName, label: l.baseAddress,
                                           label_length: l.count, salt_length: saltLength)
            return withUnsafePointer(to: &padding) { body($0) }
        }
    }
}

extension UnsafeRawBufferPointer {
    /// The bytes as the backend takes them (NULL when empty).
    var bound: UnsafePointer<UInt8>? { count > 0 ? baseAddress?.assumingMemoryBound(to: UInt8.self) : nil }
}

extension UnsafeMutableRawBufferPointer {
    var bound: UnsafeMutablePointer<UInt8>? { baseAddress?.assumingMemoryBound(to: UInt8.self) }
}

extension SecureBytes {
    /// Copies the first `count` bytes out, or says how much room they need.
    func copy(_ count: Int, to destination: UnsafeMutableRawBufferPointer, size: inout Int) throws(GPFault) {
        size = count
        guard destination.count >= count else { throw .result(.shortBuffer) }
        withUnsafeBytes { source in
            if count > 0 { destination.baseAddress!.copyMemory(from: source.baseAddress!, byteCount: count) }
        }
    }
}
