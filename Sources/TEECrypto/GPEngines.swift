import TEEABI

/// Which engine serves which algorithm, with which keys: the one place that maps GP's
/// identifiers onto the backend. Each class's file adds its own `make…` function.
public enum GPEngines {
    struct Made {
        var engine: GPOperationEngine
        var keyCount: Int
        var maxKeySize: UInt32
    }

    /// `maxKeySize` nil: any key size will do (TEE_IsAlgorithmSupported asks without one).
    static func make(algorithm: GPAlgorithm, class operationClass: GPOperationClass, mode: GPOperationMode,
                     maxKeySize: UInt32?) -> Made? {
        switch operationClass {
        case .digest:
            guard mode == .digest, let engine = DigestEngine(algorithm: algorithm) else { return nil }
            return Made(engine: engine, keyCount: 0, maxKeySize: 0)
        case .cipher, .mac, .ae:
            return makeSymmetric(algorithm: algorithm, class: operationClass, mode: mode, maxKeySize: maxKeySize)
        case .asymmetricCipher, .asymmetricSignature, .keyDerivation:
            // Support without a key size is answered by isAsymmetricSupported.
            guard let maxKeySize else { return nil }
            return makeAsymmetric(algorithm: algorithm, class: operationClass, mode: mode, maxKeySize: maxKeySize)
        }
    }

    /// Key types an algorithm accepts in `mode`.
    static func keyTypes(for algorithm: GPAlgorithm, mode: GPOperationMode) -> [GPObjectType] {
        if let types = asymmetricKeyTypes(for: algorithm, mode: mode) { return types }
        return symmetricKeyTypes(for: algorithm) ?? []
    }

    /// TEE_IsAlgorithmSupported (`element` is a curve or TEE_CRYPTO_ELEMENT_NONE = 0).
    public static func isSupported(algorithm: GPAlgorithm, element: UInt32) -> Bool {
        guard let operationClass = algorithm.operationClass else { return false }
        // Digests, ciphers, MACs and AE take no crypto element (TEE_CRYPTO_ELEMENT_NONE).
        if [.digest, .cipher, .mac, .ae].contains(operationClass), element != 0 { return false }
        if let supported = isAsymmetricSupported(algorithm: algorithm, element: element) { return supported }
        let mode: GPOperationMode = switch operationClass {
        case .digest: .digest
        case .mac: .mac
        case .keyDerivation: .derive
        case .asymmetricSignature: .sign
        default: .encrypt
        }
        return make(algorithm: algorithm, class: operationClass, mode: mode, maxKeySize: nil) != nil
    }
}
