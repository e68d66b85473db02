import CTEECryptoBackend

/// A hash that a signature, OAEP, MGF1 or a KDF uses: its GP digest id, the name OpenSSL
/// knows it by and its output size.
struct HashFunction: Hashable, Sendable {
    let digest: GPAlgorithm
    let name: StaticString
    let size: Int

    static let md5 = HashFunction(digest: .md5, name: "MD5", size: 16)
    static let sha1 = HashFunction(digest: .sha1, name: "SHA1", size: 20)
    static let sha224 = HashFunction(digest: .sha224, name: "SHA224", size: 28)
    static let sha256 = HashFunction(digest: .sha256, name: "SHA256", size: 32)
    static let sha384 = HashFunction(digest: .sha384, name: "SHA384", size: 48)
    static let sha512 = HashFunction(digest: .sha512, name: "SHA512", size: 64)
    static let sha3_224 = HashFunction(digest: .sha3_224, name: "SHA3-224", size: 28)
    static let sha3_256 = HashFunction(digest: .sha3_256, name: "SHA3-256", size: 32)
    static let sha3_384 = HashFunction(digest: .sha3_384, name: "SHA3-384", size: 48)
    static let sha3_512 = HashFunction(digest: .sha3_512, name: "SHA3-512", size: 64)
    /// TLS 1.0's MD5 || SHA-1, signed without a DigestInfo.
    static let md5sha1 = HashFunction(digest: .md5sha1, name: "MD5-SHA1", size: 36)
    static let sm3 = HashFunction(digest: .sm3, name: "SM3", size: 32)

    private static let all: [HashFunction] = [
        md5, sha1, sha224, sha256, sha384, sha512, sha3_224, sha3_256, sha3_384, sha3_512, md5sha1, sm3,
    ]

    /// The hash GP names by the digest algorithm `digest` (TEE_ALG_SHA256…), as attributes
    /// such as TEE_ATTR_RSA_OAEP_MGF_HASH and TEE_ATTR_HKDF_HASH_ALGORITHM give it.
    static func of(digest: GPAlgorithm) -> HashFunction? {
        all.first { $0.digest == digest }
    }

    /// The name as a C string.
    var cName: UnsafePointer<CChar> { TEECrypto.cName(name) }

    /// Whether this libcrypto build offers it (SM3 may be compiled out).
    var isAvailable: Bool { stee_md_size(cName) == size }

    static func == (a: HashFunction, b: HashFunction) -> Bool { a.digest == b.digest }
    func hash(into hasher: inout Hasher) { hasher.combine(digest) }
}

/// A NIST prime curve GP names by TEE_ECC_CURVE_*, with OpenSSL's name for it.
struct ECCurve: Hashable, Sendable {
    let id: GPCurve
    let group: StaticString
    let bits: UInt32

    static let p192 = ECCurve(id: .nistP192, group: "prime192v1", bits: 192)
    static let p224 = ECCurve(id: .nistP224, group: "secp224r1", bits: 224)
    static let p256 = ECCurve(id: .nistP256, group: "prime256v1", bits: 256)
    static let p384 = ECCurve(id: .nistP384, group: "secp384r1", bits: 384)
    static let p521 = ECCurve(id: .nistP521, group: "secp521r1", bits: 521)

    /// The NIST curves, for ECDSA and ECDH.
    static let all: [ECCurve] = [p192, p224, p256, p384, p521]
    /// GB/T 32918's curve, for SM2 keys only.
    static let sm2 = ECCurve(id: .sm2, group: "SM2", bits: 256)

    static func of(_ id: UInt32) -> ECCurve? { all.first { $0.id.rawValue == id } }

    /// The curve TEE_ATTR_ECC_CURVE `id` names for a key of `type`: SM2 for SM2 keys, a NIST
    /// curve for the others.
    static func of(_ id: UInt32, for type: GPObjectType) -> ECCurve? {
        isSM2(type) ? (id == sm2.id.rawValue ? sm2 : nil) : of(id)
    }

    static func isSM2(_ type: GPObjectType) -> Bool {
        [GPObjectType.sm2DsaPublicKey, .sm2DsaKeypair, .sm2PkePublicKey, .sm2PkeKeypair].contains(type)
    }

    /// Bytes of a coordinate, a private value, and of r and s in a signature.
    var bytes: Int { (Int(bits) + 7) / 8 }

    static func == (a: ECCurve, b: ECCurve) -> Bool { a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
