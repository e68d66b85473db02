// Generated from DevKit/include/tee_api_defines*.h (the values GP and OP-TEE define).
extension GPAttributeID {
    /// `TEE_ATTR_SECRET_VALUE`
    public static let secretValue = GPAttributeID(rawValue: 0xC0000000)
    /// `TEE_ATTR_RSA_MODULUS`
    public static let rsaModulus = GPAttributeID(rawValue: 0xD0000130)
    /// `TEE_ATTR_RSA_PUBLIC_EXPONENT`
    public static let rsaPublicExponent = GPAttributeID(rawValue: 0xD0000230)
    /// `TEE_ATTR_RSA_PRIVATE_EXPONENT`
    public static let rsaPrivateExponent = GPAttributeID(rawValue: 0xC0000330)
    /// `TEE_ATTR_RSA_PRIME1`
    public static let rsaPrime1 = GPAttributeID(rawValue: 0xC0000430)
    /// `TEE_ATTR_RSA_PRIME2`
    public static let rsaPrime2 = GPAttributeID(rawValue: 0xC0000530)
    /// `TEE_ATTR_RSA_EXPONENT1`
    public static let rsaExponent1 = GPAttributeID(rawValue: 0xC0000630)
    /// `TEE_ATTR_RSA_EXPONENT2`
    public static let rsaExponent2 = GPAttributeID(rawValue: 0xC0000730)
    /// `TEE_ATTR_RSA_COEFFICIENT`
    public static let rsaCoefficient = GPAttributeID(rawValue: 0xC0000830)
    /// `TEE_ATTR_RSA_OAEP_LABEL`
    public static let rsaOaepLabel = GPAttributeID(rawValue: 0xD0000930)
    /// `TEE_ATTR_RSA_OAEP_MGF_HASH`
    public static let rsaOaepMgfHash = GPAttributeID(rawValue: 0xD0000931)
    /// `TEE_ATTR_RSA_PSS_SALT_LENGTH`
    public static let rsaPssSaltLength = GPAttributeID(rawValue: 0xF0000A30)
    /// `TEE_ATTR_DSA_PRIME`
    public static let dsaPrime = GPAttributeID(rawValue: 0xD0001031)
    /// `TEE_ATTR_DSA_SUBPRIME`
    public static let dsaSubprime = GPAttributeID(rawValue: 0xD0001131)
    /// `TEE_ATTR_DSA_BASE`
    public static let dsaBase = GPAttributeID(rawValue: 0xD0001231)
    /// `TEE_ATTR_DSA_PUBLIC_VALUE`
    public static let dsaPublicValue = GPAttributeID(rawValue: 0xD0000131)
    /// `TEE_ATTR_DSA_PRIVATE_VALUE`
    public static let dsaPrivateValue = GPAttributeID(rawValue: 0xC0000231)
    /// `TEE_ATTR_DH_PRIME`
    public static let dhPrime = GPAttributeID(rawValue: 0xD0001032)
    /// `TEE_ATTR_DH_SUBPRIME`
    public static let dhSubprime = GPAttributeID(rawValue: 0xD0001132)
    /// `TEE_ATTR_DH_BASE`
    public static let dhBase = GPAttributeID(rawValue: 0xD0001232)
    /// `TEE_ATTR_DH_X_BITS`
    public static let dhXBits = GPAttributeID(rawValue: 0xF0001332)
    /// `TEE_ATTR_DH_PUBLIC_VALUE`
    public static let dhPublicValue = GPAttributeID(rawValue: 0xD0000132)
    /// `TEE_ATTR_DH_PRIVATE_VALUE`
    public static let dhPrivateValue = GPAttributeID(rawValue: 0xC0000232)
    /// `TEE_ATTR_ECC_PUBLIC_VALUE_X`
    public static let eccPublicValueX = GPAttributeID(rawValue: 0xD0000141)
    /// `TEE_ATTR_ECC_PUBLIC_VALUE_Y`
    public static let eccPublicValueY = GPAttributeID(rawValue: 0xD0000241)
    /// `TEE_ATTR_ECC_PRIVATE_VALUE`
    public static let eccPrivateValue = GPAttributeID(rawValue: 0xC0000341)
    /// `TEE_ATTR_ECC_CURVE`
    public static let eccCurve = GPAttributeID(rawValue: 0xF0000441)
    /// `TEE_ATTR_ECC_EPHEMERAL_PUBLIC_VALUE_X`
    public static let eccEphemeralPublicValueX = GPAttributeID(rawValue: 0xD0000146)
    /// `TEE_ATTR_ECC_EPHEMERAL_PUBLIC_VALUE_Y`
    public static let eccEphemeralPublicValueY = GPAttributeID(rawValue: 0xD0000246)
    /// `TEE_ATTR_EDDSA_CTX`
    public static let eddsaCtx = GPAttributeID(rawValue: 0xD0000643)
    /// `TEE_ATTR_EDDSA_PREHASH`
    public static let eddsaPrehash = GPAttributeID(rawValue: 0xF0000004)
    /// `TEE_ATTR_ED25519_PUBLIC_VALUE`
    public static let ed25519PublicValue = GPAttributeID(rawValue: 0xD0000743)
    /// `TEE_ATTR_ED25519_PRIVATE_VALUE`
    public static let ed25519PrivateValue = GPAttributeID(rawValue: 0xC0000843)
    /// `TEE_ATTR_X25519_PUBLIC_VALUE`
    public static let x25519PublicValue = GPAttributeID(rawValue: 0xD0000944)
    /// `TEE_ATTR_X25519_PRIVATE_VALUE`
    public static let x25519PrivateValue = GPAttributeID(rawValue: 0xC0000A44)
    /// `TEE_ATTR_X448_PUBLIC_VALUE`
    public static let x448PublicValue = GPAttributeID(rawValue: 0xD0000A45)
    /// `TEE_ATTR_X448_PRIVATE_VALUE`
    public static let x448PrivateValue = GPAttributeID(rawValue: 0xC0000A46)
    /// `TEE_ATTR_SM2_ID_INITIATOR`
    public static let sm2IdInitiator = GPAttributeID(rawValue: 0xD0000446)
    /// `TEE_ATTR_SM2_ID_RESPONDER`
    public static let sm2IdResponder = GPAttributeID(rawValue: 0xD0000546)
    /// `TEE_ATTR_SM2_KEP_USER`
    public static let sm2KepUser = GPAttributeID(rawValue: 0xF0000646)
    /// `TEE_ATTR_SM2_KEP_CONFIRMATION_IN`
    public static let sm2KepConfirmationIn = GPAttributeID(rawValue: 0xD0000746)
    /// `TEE_ATTR_SM2_KEP_CONFIRMATION_OUT`
    public static let sm2KepConfirmationOut = GPAttributeID(rawValue: 0xD0000846)
    /// `TEE_ATTR_HKDF_SALT`
    public static let hkdfSalt = GPAttributeID(rawValue: 0xD0000946)
    /// `TEE_ATTR_HKDF_INFO`
    public static let hkdfInfo = GPAttributeID(rawValue: 0xD0000A46)
    /// `TEE_ATTR_HKDF_HASH_ALGORITHM`
    public static let hkdfHashAlgorithm = GPAttributeID(rawValue: 0xF0000B46)
    /// `TEE_ATTR_KDF_KEY_SIZE`
    public static let kdfKeySize = GPAttributeID(rawValue: 0xF0000C46)
    /// `TEE_ATTR_HKDF_IKM`
    public static let hkdfIkm = GPAttributeID(rawValue: 0xC00001C0)
    /// `TEE_ATTR_HKDF_OKM_LENGTH`
    public static let hkdfOkmLength = GPAttributeID(rawValue: 0xF00004C0)
    /// `TEE_ATTR_CONCAT_KDF_Z`
    public static let concatKdfZ = GPAttributeID(rawValue: 0xC00001C1)
    /// `TEE_ATTR_CONCAT_KDF_OTHER_INFO`
    public static let concatKdfOtherInfo = GPAttributeID(rawValue: 0xD00002C1)
    /// `TEE_ATTR_CONCAT_KDF_DKM_LENGTH`
    public static let concatKdfDkmLength = GPAttributeID(rawValue: 0xF00003C1)
    /// `TEE_ATTR_PBKDF2_PASSWORD`
    public static let pbkdf2Password = GPAttributeID(rawValue: 0xC00001C2)
    /// `TEE_ATTR_PBKDF2_SALT`
    public static let pbkdf2Salt = GPAttributeID(rawValue: 0xD00002C2)
    /// `TEE_ATTR_PBKDF2_ITERATION_COUNT`
    public static let pbkdf2IterationCount = GPAttributeID(rawValue: 0xF00003C2)
    /// `TEE_ATTR_PBKDF2_DKM_LENGTH`
    public static let pbkdf2DkmLength = GPAttributeID(rawValue: 0xF00004C2)
}
