// OP-TEE identifiers that the headers keep under `__OPTEE_` names (tee_api_defines.h,
// tee_api_defines_extensions.h): older ABI values TAs built against earlier OP-TEE still
// pass, and the HKDF extension's attributes that GP 1.3.1 later renumbered.
extension GPAlgorithm {
    /// `__OPTEE_ALG_ECDSA_P192` … `_P521`: OP-TEE's ECDSA ids before GP 1.3 (main byte 0x41).
    static let opteeEcdsaP192 = GPAlgorithm(rawValue: 0x7000_1041)
    static let opteeEcdsaP224 = GPAlgorithm(rawValue: 0x7000_2041)
    static let opteeEcdsaP256 = GPAlgorithm(rawValue: 0x7000_3041)
    static let opteeEcdsaP384 = GPAlgorithm(rawValue: 0x7000_4041)
    static let opteeEcdsaP521 = GPAlgorithm(rawValue: 0x7000_5041)
    /// `__OPTEE_ALG_ECDH_P192` … `_P521`: ECDH bound to one curve.
    static let opteeEcdhP192 = GPAlgorithm(rawValue: 0x8000_1042)
    static let opteeEcdhP224 = GPAlgorithm(rawValue: 0x8000_2042)
    static let opteeEcdhP256 = GPAlgorithm(rawValue: 0x8000_3042)
    static let opteeEcdhP384 = GPAlgorithm(rawValue: 0x8000_4042)
    static let opteeEcdhP521 = GPAlgorithm(rawValue: 0x8000_5042)
}

extension GPAttributeID {
    /// `__OPTEE_TEE_ATTR_HKDF_SALT` / `_INFO`: salt and info of OP-TEE's
    /// TEE_ALG_HKDF_*_DERIVE_KEY (GP's TEE_ALG_HKDF uses TEE_ATTR_HKDF_SALT / _INFO).
    public static let opteeHkdfSalt = GPAttributeID(rawValue: 0xD000_02C0)
    public static let opteeHkdfInfo = GPAttributeID(rawValue: 0xD000_03C0)
}
