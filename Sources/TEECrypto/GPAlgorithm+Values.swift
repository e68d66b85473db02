// Generated from DevKit/include/tee_api_defines*.h (the values GP and OP-TEE define).
extension GPAlgorithm {
    /// `TEE_ALG_AES_ECB_NOPAD`
    public static let aesEcbNopad = GPAlgorithm(rawValue: 0x10000010)
    /// `TEE_ALG_AES_CBC_NOPAD`
    public static let aesCbcNopad = GPAlgorithm(rawValue: 0x10000110)
    /// `TEE_ALG_AES_CTR`
    public static let aesCtr = GPAlgorithm(rawValue: 0x10000210)
    /// `TEE_ALG_AES_CTS`
    public static let aesCts = GPAlgorithm(rawValue: 0x10000310)
    /// `TEE_ALG_AES_XTS`
    public static let aesXts = GPAlgorithm(rawValue: 0x10000410)
    /// `TEE_ALG_AES_CBC_MAC_NOPAD`
    public static let aesCbcMacNopad = GPAlgorithm(rawValue: 0x30000110)
    /// `TEE_ALG_AES_CBC_MAC_PKCS5`
    public static let aesCbcMacPkcs5 = GPAlgorithm(rawValue: 0x30000510)
    /// `TEE_ALG_AES_CMAC`
    public static let aesCmac = GPAlgorithm(rawValue: 0x30000610)
    /// `TEE_ALG_AES_CCM`
    public static let aesCcm = GPAlgorithm(rawValue: 0x40000710)
    /// `TEE_ALG_AES_GCM`
    public static let aesGcm = GPAlgorithm(rawValue: 0x40000810)
    /// `TEE_ALG_DES_ECB_NOPAD`
    public static let desEcbNopad = GPAlgorithm(rawValue: 0x10000011)
    /// `TEE_ALG_DES_CBC_NOPAD`
    public static let desCbcNopad = GPAlgorithm(rawValue: 0x10000111)
    /// `TEE_ALG_DES_CBC_MAC_NOPAD`
    public static let desCbcMacNopad = GPAlgorithm(rawValue: 0x30000111)
    /// `TEE_ALG_DES_CBC_MAC_PKCS5`
    public static let desCbcMacPkcs5 = GPAlgorithm(rawValue: 0x30000511)
    /// `TEE_ALG_DES3_ECB_NOPAD`
    public static let des3EcbNopad = GPAlgorithm(rawValue: 0x10000013)
    /// `TEE_ALG_DES3_CBC_NOPAD`
    public static let des3CbcNopad = GPAlgorithm(rawValue: 0x10000113)
    /// `TEE_ALG_DES3_CBC_MAC_NOPAD`
    public static let des3CbcMacNopad = GPAlgorithm(rawValue: 0x30000113)
    /// `TEE_ALG_DES3_CBC_MAC_PKCS5`
    public static let des3CbcMacPkcs5 = GPAlgorithm(rawValue: 0x30000513)
    /// `TEE_ALG_SM4_ECB_NOPAD`
    public static let sm4EcbNopad = GPAlgorithm(rawValue: 0x10000014)
    /// `TEE_ALG_SM4_CBC_NOPAD`
    public static let sm4CbcNopad = GPAlgorithm(rawValue: 0x10000114)
    /// `TEE_ALG_SM4_CTR`
    public static let sm4Ctr = GPAlgorithm(rawValue: 0x10000214)
    /// `TEE_ALG_SM4_ECB_PKCS5`
    public static let sm4EcbPkcs5 = GPAlgorithm(rawValue: 0x10000015)
    /// `TEE_ALG_SM4_CBC_PKCS5`
    public static let sm4CbcPkcs5 = GPAlgorithm(rawValue: 0x10000115)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_MD5`
    public static let rsassaPkcs1V1_5Md5 = GPAlgorithm(rawValue: 0x70001830)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_SHA1`
    public static let rsassaPkcs1V1_5Sha1 = GPAlgorithm(rawValue: 0x70002830)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_SHA224`
    public static let rsassaPkcs1V1_5Sha224 = GPAlgorithm(rawValue: 0x70003830)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_SHA256`
    public static let rsassaPkcs1V1_5Sha256 = GPAlgorithm(rawValue: 0x70004830)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_SHA384`
    public static let rsassaPkcs1V1_5Sha384 = GPAlgorithm(rawValue: 0x70005830)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_SHA512`
    public static let rsassaPkcs1V1_5Sha512 = GPAlgorithm(rawValue: 0x70006830)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_MD5SHA1`
    public static let rsassaPkcs1V1_5Md5sha1 = GPAlgorithm(rawValue: 0x7000F830)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_SHA3_224`
    public static let rsassaPkcs1V1_5Sha3_224 = GPAlgorithm(rawValue: 0x70008830)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_SHA3_256`
    public static let rsassaPkcs1V1_5Sha3_256 = GPAlgorithm(rawValue: 0x70009830)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_SHA3_384`
    public static let rsassaPkcs1V1_5Sha3_384 = GPAlgorithm(rawValue: 0x7000A830)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5_SHA3_512`
    public static let rsassaPkcs1V1_5Sha3_512 = GPAlgorithm(rawValue: 0x7000B830)
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA1`
    public static let rsassaPkcs1PssMgf1Sha1 = GPAlgorithm(rawValue: 0x70212930)
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA224`
    public static let rsassaPkcs1PssMgf1Sha224 = GPAlgorithm(rawValue: 0x70313930)
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA256`
    public static let rsassaPkcs1PssMgf1Sha256 = GPAlgorithm(rawValue: 0x70414930)
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA384`
    public static let rsassaPkcs1PssMgf1Sha384 = GPAlgorithm(rawValue: 0x70515930)
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA512`
    public static let rsassaPkcs1PssMgf1Sha512 = GPAlgorithm(rawValue: 0x70616930)
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA3_224`
    public static let rsassaPkcs1PssMgf1Sha3_224 = GPAlgorithm(rawValue: 0x70818930)
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA3_256`
    public static let rsassaPkcs1PssMgf1Sha3_256 = GPAlgorithm(rawValue: 0x70919930)
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA3_384`
    public static let rsassaPkcs1PssMgf1Sha3_384 = GPAlgorithm(rawValue: 0x70A1A930)
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_SHA3_512`
    public static let rsassaPkcs1PssMgf1Sha3_512 = GPAlgorithm(rawValue: 0x70B1B930)
    /// `TEE_ALG_RSAES_PKCS1_V1_5`
    public static let rsaesPkcs1V1_5 = GPAlgorithm(rawValue: 0x60000130)
    /// `TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA1`
    public static let rsaesPkcs1OaepMgf1Sha1 = GPAlgorithm(rawValue: 0x60210230)
    /// `TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA224`
    public static let rsaesPkcs1OaepMgf1Sha224 = GPAlgorithm(rawValue: 0x60310230)
    /// `TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA256`
    public static let rsaesPkcs1OaepMgf1Sha256 = GPAlgorithm(rawValue: 0x60410230)
    /// `TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA384`
    public static let rsaesPkcs1OaepMgf1Sha384 = GPAlgorithm(rawValue: 0x60510230)
    /// `TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA512`
    public static let rsaesPkcs1OaepMgf1Sha512 = GPAlgorithm(rawValue: 0x60610230)
    /// `TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA3_224`
    public static let rsaesPkcs1OaepMgf1Sha3_224 = GPAlgorithm(rawValue: 0x60810230)
    /// `TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA3_256`
    public static let rsaesPkcs1OaepMgf1Sha3_256 = GPAlgorithm(rawValue: 0x60910230)
    /// `TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA3_384`
    public static let rsaesPkcs1OaepMgf1Sha3_384 = GPAlgorithm(rawValue: 0x60A10230)
    /// `TEE_ALG_RSAES_PKCS1_OAEP_MGF1_SHA3_512`
    public static let rsaesPkcs1OaepMgf1Sha3_512 = GPAlgorithm(rawValue: 0x60B10230)
    /// `TEE_ALG_RSA_NOPAD`
    public static let rsaNopad = GPAlgorithm(rawValue: 0x60000030)
    /// `TEE_ALG_DSA_SHA1`
    public static let dsaSha1 = GPAlgorithm(rawValue: 0x70002131)
    /// `TEE_ALG_DSA_SHA224`
    public static let dsaSha224 = GPAlgorithm(rawValue: 0x70003131)
    /// `TEE_ALG_DSA_SHA256`
    public static let dsaSha256 = GPAlgorithm(rawValue: 0x70004131)
    /// `TEE_ALG_DSA_SHA3_224`
    public static let dsaSha3_224 = GPAlgorithm(rawValue: 0x70008131)
    /// `TEE_ALG_DSA_SHA3_256`
    public static let dsaSha3_256 = GPAlgorithm(rawValue: 0x70009131)
    /// `TEE_ALG_DSA_SHA3_384`
    public static let dsaSha3_384 = GPAlgorithm(rawValue: 0x7000A131)
    /// `TEE_ALG_DSA_SHA3_512`
    public static let dsaSha3_512 = GPAlgorithm(rawValue: 0x7000B131)
    /// `TEE_ALG_DH_DERIVE_SHARED_SECRET`
    public static let dhDeriveSharedSecret = GPAlgorithm(rawValue: 0x80000032)
    /// `TEE_ALG_MD5`
    public static let md5 = GPAlgorithm(rawValue: 0x50000001)
    /// `TEE_ALG_SHA1`
    public static let sha1 = GPAlgorithm(rawValue: 0x50000002)
    /// `TEE_ALG_SHA224`
    public static let sha224 = GPAlgorithm(rawValue: 0x50000003)
    /// `TEE_ALG_SHA256`
    public static let sha256 = GPAlgorithm(rawValue: 0x50000004)
    /// `TEE_ALG_SHA384`
    public static let sha384 = GPAlgorithm(rawValue: 0x50000005)
    /// `TEE_ALG_SHA512`
    public static let sha512 = GPAlgorithm(rawValue: 0x50000006)
    /// `TEE_ALG_SM3`
    public static let sm3 = GPAlgorithm(rawValue: 0x50000007)
    /// `TEE_ALG_SHA3_224`
    public static let sha3_224 = GPAlgorithm(rawValue: 0x50000008)
    /// `TEE_ALG_SHA3_256`
    public static let sha3_256 = GPAlgorithm(rawValue: 0x50000009)
    /// `TEE_ALG_SHA3_384`
    public static let sha3_384 = GPAlgorithm(rawValue: 0x5000000A)
    /// `TEE_ALG_SHA3_512`
    public static let sha3_512 = GPAlgorithm(rawValue: 0x5000000B)
    /// `TEE_ALG_MD5SHA1`
    public static let md5sha1 = GPAlgorithm(rawValue: 0x5000000F)
    /// `TEE_ALG_SHAKE128`
    public static let shake128 = GPAlgorithm(rawValue: 0x50000101)
    /// `TEE_ALG_SHAKE256`
    public static let shake256 = GPAlgorithm(rawValue: 0x50000102)
    /// `TEE_ALG_HMAC_MD5`
    public static let hmacMd5 = GPAlgorithm(rawValue: 0x30000001)
    /// `TEE_ALG_HMAC_SHA1`
    public static let hmacSha1 = GPAlgorithm(rawValue: 0x30000002)
    /// `TEE_ALG_HMAC_SHA224`
    public static let hmacSha224 = GPAlgorithm(rawValue: 0x30000003)
    /// `TEE_ALG_HMAC_SHA256`
    public static let hmacSha256 = GPAlgorithm(rawValue: 0x30000004)
    /// `TEE_ALG_HMAC_SHA384`
    public static let hmacSha384 = GPAlgorithm(rawValue: 0x30000005)
    /// `TEE_ALG_HMAC_SHA512`
    public static let hmacSha512 = GPAlgorithm(rawValue: 0x30000006)
    /// `TEE_ALG_HMAC_SM3`
    public static let hmacSm3 = GPAlgorithm(rawValue: 0x30000007)
    /// `TEE_ALG_HMAC_SHA3_224`
    public static let hmacSha3_224 = GPAlgorithm(rawValue: 0x30000008)
    /// `TEE_ALG_HMAC_SHA3_256`
    public static let hmacSha3_256 = GPAlgorithm(rawValue: 0x30000009)
    /// `TEE_ALG_HMAC_SHA3_384`
    public static let hmacSha3_384 = GPAlgorithm(rawValue: 0x3000000A)
    /// `TEE_ALG_HMAC_SHA3_512`
    public static let hmacSha3_512 = GPAlgorithm(rawValue: 0x3000000B)
    /// `TEE_ALG_ECDSA_SHA1`
    public static let ecdsaSha1 = GPAlgorithm(rawValue: 0x70001042)
    /// `TEE_ALG_ECDSA_SHA224`
    public static let ecdsaSha224 = GPAlgorithm(rawValue: 0x70002042)
    /// `TEE_ALG_ECDSA_SHA256`
    public static let ecdsaSha256 = GPAlgorithm(rawValue: 0x70003042)
    /// `TEE_ALG_ECDSA_SHA384`
    public static let ecdsaSha384 = GPAlgorithm(rawValue: 0x70004042)
    /// `TEE_ALG_ECDSA_SHA512`
    public static let ecdsaSha512 = GPAlgorithm(rawValue: 0x70005042)
    /// `TEE_ALG_ECDSA_SHA3_224`
    public static let ecdsaSha3_224 = GPAlgorithm(rawValue: 0x70006042)
    /// `TEE_ALG_ECDSA_SHA3_256`
    public static let ecdsaSha3_256 = GPAlgorithm(rawValue: 0x70007042)
    /// `TEE_ALG_ECDSA_SHA3_384`
    public static let ecdsaSha3_384 = GPAlgorithm(rawValue: 0x70008042)
    /// `TEE_ALG_ECDSA_SHA3_512`
    public static let ecdsaSha3_512 = GPAlgorithm(rawValue: 0x70009042)
    /// `TEE_ALG_ECDH_DERIVE_SHARED_SECRET`
    public static let ecdhDeriveSharedSecret = GPAlgorithm(rawValue: 0x80000042)
    /// `TEE_ALG_ED25519`
    public static let ed25519 = GPAlgorithm(rawValue: 0x70006043)
    /// `TEE_ALG_ED448`
    public static let ed448 = GPAlgorithm(rawValue: 0x70006044)
    /// `TEE_ALG_X25519`
    public static let x25519 = GPAlgorithm(rawValue: 0x80000044)
    /// `TEE_ALG_X448`
    public static let x448 = GPAlgorithm(rawValue: 0x80000045)
    /// `TEE_ALG_SM2_DSA_SM3`
    public static let sm2DsaSm3 = GPAlgorithm(rawValue: 0x70006045)
    /// `TEE_ALG_SM2_KEP`
    public static let sm2Kep = GPAlgorithm(rawValue: 0x60000045)
    /// `TEE_ALG_SM2_PKE`
    public static let sm2Pke = GPAlgorithm(rawValue: 0x80000046)
    /// `TEE_ALG_HKDF`
    public static let hkdf = GPAlgorithm(rawValue: 0x80000047)
    /// `TEE_ALG_ILLEGAL_VALUE`
    public static let illegalValue = GPAlgorithm(rawValue: 0xEFFFFFFF)
    /// `TEE_ALG_RSASSA_PKCS1_PSS_MGF1_MD5`
    public static let rsassaPkcs1PssMgf1Md5 = GPAlgorithm(rawValue: 0xF0111930)
    /// `TEE_ALG_RSAES_PKCS1_OAEP_MGF1_MD5`
    public static let rsaesPkcs1OaepMgf1Md5 = GPAlgorithm(rawValue: 0xF0110230)
    /// `TEE_ALG_RSASSA_PKCS1_V1_5`
    public static let rsassaPkcs1V1_5 = GPAlgorithm(rawValue: 0xF0000830)
    /// `TEE_ALG_DES3_CMAC`
    public static let des3Cmac = GPAlgorithm(rawValue: 0xF0000613)
    /// `TEE_ALG_SM4_XTS`
    public static let sm4Xts = GPAlgorithm(rawValue: 0xF0000414)
    /// `TEE_ALG_HKDF_MD5_DERIVE_KEY`
    public static let hkdfMd5DeriveKey = GPAlgorithm(rawValue: 0x800010C0)
    /// `TEE_ALG_HKDF_SHA1_DERIVE_KEY`
    public static let hkdfSha1DeriveKey = GPAlgorithm(rawValue: 0x800020C0)
    /// `TEE_ALG_HKDF_SHA224_DERIVE_KEY`
    public static let hkdfSha224DeriveKey = GPAlgorithm(rawValue: 0x800030C0)
    /// `TEE_ALG_HKDF_SHA256_DERIVE_KEY`
    public static let hkdfSha256DeriveKey = GPAlgorithm(rawValue: 0x800040C0)
    /// `TEE_ALG_HKDF_SHA384_DERIVE_KEY`
    public static let hkdfSha384DeriveKey = GPAlgorithm(rawValue: 0x800050C0)
    /// `TEE_ALG_HKDF_SHA512_DERIVE_KEY`
    public static let hkdfSha512DeriveKey = GPAlgorithm(rawValue: 0x800060C0)
    /// `TEE_ALG_CONCAT_KDF_SHA1_DERIVE_KEY`
    public static let concatKdfSha1DeriveKey = GPAlgorithm(rawValue: 0x800020C1)
    /// `TEE_ALG_CONCAT_KDF_SHA224_DERIVE_KEY`
    public static let concatKdfSha224DeriveKey = GPAlgorithm(rawValue: 0x800030C1)
    /// `TEE_ALG_CONCAT_KDF_SHA256_DERIVE_KEY`
    public static let concatKdfSha256DeriveKey = GPAlgorithm(rawValue: 0x800040C1)
    /// `TEE_ALG_CONCAT_KDF_SHA384_DERIVE_KEY`
    public static let concatKdfSha384DeriveKey = GPAlgorithm(rawValue: 0x800050C1)
    /// `TEE_ALG_CONCAT_KDF_SHA512_DERIVE_KEY`
    public static let concatKdfSha512DeriveKey = GPAlgorithm(rawValue: 0x800060C1)
    /// `TEE_ALG_PBKDF2_HMAC_SHA1_DERIVE_KEY`
    public static let pbkdf2HmacSha1DeriveKey = GPAlgorithm(rawValue: 0x800020C2)
    /// `TEE_ALG_PBKDF2_HMAC_SHA224_DERIVE_KEY`
    public static let pbkdf2HmacSha224DeriveKey = GPAlgorithm(rawValue: 0x800030C2)
    /// `TEE_ALG_PBKDF2_HMAC_SHA256_DERIVE_KEY`
    public static let pbkdf2HmacSha256DeriveKey = GPAlgorithm(rawValue: 0x800040C2)
    /// `TEE_ALG_PBKDF2_HMAC_SHA384_DERIVE_KEY`
    public static let pbkdf2HmacSha384DeriveKey = GPAlgorithm(rawValue: 0x800050C2)
    /// `TEE_ALG_PBKDF2_HMAC_SHA512_DERIVE_KEY`
    public static let pbkdf2HmacSha512DeriveKey = GPAlgorithm(rawValue: 0x800060C2)
    /// `TEE_ALG_PBKDF2_HMAC_SM3_DERIVE_KEY`
    public static let pbkdf2HmacSm3DeriveKey = GPAlgorithm(rawValue: 0x800070C2)
}
