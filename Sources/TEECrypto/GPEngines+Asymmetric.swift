/// Asymmetric ciphers, signatures and key derivation in the engine factory.
extension GPEngines {
    static func makeAsymmetric(algorithm: GPAlgorithm, class operationClass: GPOperationClass, mode: GPOperationMode,
                               maxKeySize: UInt32) -> Made? {
        guard let scheme = AsymmetricScheme(algorithm), scheme.operationClass == operationClass,
              scheme.modes.contains(mode), scheme.isAvailable, scheme.allows(maxKeySize: maxKeySize)
        else { return nil }
        return Made(engine: AsymmetricEngine(scheme: scheme), keyCount: 1, maxKeySize: maxKeySize)
    }

    /// nil for algorithms that are not asymmetric or key derivation ones.
    static func asymmetricKeyTypes(for algorithm: GPAlgorithm, mode: GPOperationMode) -> [GPObjectType]? {
        AsymmetricScheme(algorithm)?.keyTypes(mode: mode)
    }

    /// TEE_IsAlgorithmSupported for these algorithms (nil for others): ECC ones name a curve
    /// in `element`, the rest TEE_CRYPTO_ELEMENT_NONE. SM2 and Ed448/X448 are not here.
    static func isAsymmetricSupported(algorithm: GPAlgorithm, element: UInt32) -> Bool? {
        guard let scheme = AsymmetricScheme(algorithm) else { return nil }
        return scheme.isAvailable && scheme.supports(element: element)
    }
}
