// Generated from DevKit/include/tee_api_defines*.h (the values GP and OP-TEE define).
extension GPCurve {
    /// `TEE_ECC_CURVE_NIST_P192`
    public static let nistP192 = GPCurve(rawValue: 0x00000001)
    /// `TEE_ECC_CURVE_NIST_P224`
    public static let nistP224 = GPCurve(rawValue: 0x00000002)
    /// `TEE_ECC_CURVE_NIST_P256`
    public static let nistP256 = GPCurve(rawValue: 0x00000003)
    /// `TEE_ECC_CURVE_NIST_P384`
    public static let nistP384 = GPCurve(rawValue: 0x00000004)
    /// `TEE_ECC_CURVE_NIST_P521`
    public static let nistP521 = GPCurve(rawValue: 0x00000005)
    /// `TEE_ECC_CURVE_25519`
    public static let _25519 = GPCurve(rawValue: 0x00000300)
    /// `TEE_ECC_CURVE_SM2`
    public static let sm2 = GPCurve(rawValue: 0x00000400)
}
