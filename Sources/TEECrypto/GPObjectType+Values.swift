// Generated from DevKit/include/tee_api_defines*.h (the values GP and OP-TEE define).
extension GPObjectType {
    /// `TEE_TYPE_AES`
    public static let aes = GPObjectType(rawValue: 0xA0000010)
    /// `TEE_TYPE_DES`
    public static let des = GPObjectType(rawValue: 0xA0000011)
    /// `TEE_TYPE_DES3`
    public static let des3 = GPObjectType(rawValue: 0xA0000013)
    /// `TEE_TYPE_SM4`
    public static let sm4 = GPObjectType(rawValue: 0xA0000014)
    /// `TEE_TYPE_HMAC_MD5`
    public static let hmacMd5 = GPObjectType(rawValue: 0xA0000001)
    /// `TEE_TYPE_HMAC_SHA1`
    public static let hmacSha1 = GPObjectType(rawValue: 0xA0000002)
    /// `TEE_TYPE_HMAC_SHA224`
    public static let hmacSha224 = GPObjectType(rawValue: 0xA0000003)
    /// `TEE_TYPE_HMAC_SHA256`
    public static let hmacSha256 = GPObjectType(rawValue: 0xA0000004)
    /// `TEE_TYPE_HMAC_SHA384`
    public static let hmacSha384 = GPObjectType(rawValue: 0xA0000005)
    /// `TEE_TYPE_HMAC_SHA512`
    public static let hmacSha512 = GPObjectType(rawValue: 0xA0000006)
    /// `TEE_TYPE_HMAC_SM3`
    public static let hmacSm3 = GPObjectType(rawValue: 0xA0000007)
    /// `TEE_TYPE_HMAC_SHA3_224`
    public static let hmacSha3_224 = GPObjectType(rawValue: 0xA0000008)
    /// `TEE_TYPE_HMAC_SHA3_256`
    public static let hmacSha3_256 = GPObjectType(rawValue: 0xA0000009)
    /// `TEE_TYPE_HMAC_SHA3_384`
    public static let hmacSha3_384 = GPObjectType(rawValue: 0xA000000A)
    /// `TEE_TYPE_HMAC_SHA3_512`
    public static let hmacSha3_512 = GPObjectType(rawValue: 0xA000000B)
    /// `TEE_TYPE_GENERIC_SECRET`
    public static let genericSecret = GPObjectType(rawValue: 0xA0000000)
    /// `TEE_TYPE_RSA_PUBLIC_KEY`
    public static let rsaPublicKey = GPObjectType(rawValue: 0xA0000030)
    /// `TEE_TYPE_RSA_KEYPAIR`
    public static let rsaKeypair = GPObjectType(rawValue: 0xA1000030)
    /// `TEE_TYPE_DSA_PUBLIC_KEY`
    public static let dsaPublicKey = GPObjectType(rawValue: 0xA0000031)
    /// `TEE_TYPE_DSA_KEYPAIR`
    public static let dsaKeypair = GPObjectType(rawValue: 0xA1000031)
    /// `TEE_TYPE_DH_KEYPAIR`
    public static let dhKeypair = GPObjectType(rawValue: 0xA1000032)
    /// `TEE_TYPE_ECDSA_PUBLIC_KEY`
    public static let ecdsaPublicKey = GPObjectType(rawValue: 0xA0000041)
    /// `TEE_TYPE_ECDSA_KEYPAIR`
    public static let ecdsaKeypair = GPObjectType(rawValue: 0xA1000041)
    /// `TEE_TYPE_ECDH_PUBLIC_KEY`
    public static let ecdhPublicKey = GPObjectType(rawValue: 0xA0000042)
    /// `TEE_TYPE_ECDH_KEYPAIR`
    public static let ecdhKeypair = GPObjectType(rawValue: 0xA1000042)
    /// `TEE_TYPE_ED25519_PUBLIC_KEY`
    public static let ed25519PublicKey = GPObjectType(rawValue: 0xA0000043)
    /// `TEE_TYPE_ED25519_KEYPAIR`
    public static let ed25519Keypair = GPObjectType(rawValue: 0xA1000043)
    /// `TEE_TYPE_X25519_PUBLIC_KEY`
    public static let x25519PublicKey = GPObjectType(rawValue: 0xA0000044)
    /// `TEE_TYPE_X25519_KEYPAIR`
    public static let x25519Keypair = GPObjectType(rawValue: 0xA1000044)
    /// `TEE_TYPE_SM2_DSA_PUBLIC_KEY`
    public static let sm2DsaPublicKey = GPObjectType(rawValue: 0xA0000045)
    /// `TEE_TYPE_SM2_DSA_KEYPAIR`
    public static let sm2DsaKeypair = GPObjectType(rawValue: 0xA1000045)
    /// `TEE_TYPE_SM2_KEP_PUBLIC_KEY`
    public static let sm2KepPublicKey = GPObjectType(rawValue: 0xA0000046)
    /// `TEE_TYPE_SM2_KEP_KEYPAIR`
    public static let sm2KepKeypair = GPObjectType(rawValue: 0xA1000046)
    /// `TEE_TYPE_SM2_PKE_PUBLIC_KEY`
    public static let sm2PkePublicKey = GPObjectType(rawValue: 0xA0000047)
    /// `TEE_TYPE_SM2_PKE_KEYPAIR`
    public static let sm2PkeKeypair = GPObjectType(rawValue: 0xA1000047)
    /// `TEE_TYPE_ED448_PUBLIC_KEY`
    public static let ed448PublicKey = GPObjectType(rawValue: 0xA0000048)
    /// `TEE_TYPE_ED448_KEYPAIR`
    public static let ed448Keypair = GPObjectType(rawValue: 0xA1000048)
    /// `TEE_TYPE_X448_PUBLIC_KEY`
    public static let x448PublicKey = GPObjectType(rawValue: 0xA0000049)
    /// `TEE_TYPE_X448_KEYPAIR`
    public static let x448Keypair = GPObjectType(rawValue: 0xA1000049)
    /// `TEE_TYPE_HKDF`
    public static let hkdf = GPObjectType(rawValue: 0xA000004A)
    /// `TEE_TYPE_CORRUPTED_OBJECT`
    public static let corruptedObject = GPObjectType(rawValue: 0xA00000BE)
    /// `TEE_TYPE_DATA`
    public static let data = GPObjectType(rawValue: 0xA00000BF)
    /// `TEE_TYPE_ILLEGAL_VALUE`
    public static let illegalValue = GPObjectType(rawValue: 0xEFFFFFFF)
    /// `TEE_TYPE_HKDF_IKM`
    public static let hkdfIkm = GPObjectType(rawValue: 0xA10000C0)
    /// `TEE_TYPE_CONCAT_KDF_Z`
    public static let concatKdfZ = GPObjectType(rawValue: 0xA10000C1)
    /// `TEE_TYPE_PBKDF2_PASSWORD`
    public static let pbkdf2Password = GPObjectType(rawValue: 0xA10000C2)
}
