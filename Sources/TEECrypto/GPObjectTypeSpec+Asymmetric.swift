extension GPObjectTypeSpec {
    /// Asymmetric key types and KDF inputs (RSA, DSA, DH, ECDSA, ECDH, Ed25519, X25519,
    /// HKDF/Concat-KDF/PBKDF2 inputs). None yet: allocating them is TEE_ERROR_NOT_SUPPORTED.
    static let asymmetricSpecs: [GPObjectType: GPObjectTypeSpec] = [:]
}
