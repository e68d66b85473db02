/// The engine of asymmetric-cipher, signature and key-derivation operations: the scheme the
/// algorithm names and the key, built in the backend once per TEE_SetOperationKey. These
/// operations are single calls, so there is no state to reset or copy beyond the key.
final class AsymmetricEngine: GPOperationEngine {
    let scheme: AsymmetricScheme
    /// The operation's copy of the key object (its attributes: curve, subprime, KDF input).
    private(set) var keyObject: GPObject?
    /// The backend key (nil for the KDFs, which take the secret bytes directly).
    private(set) var key: BackendKey?

    init(scheme: AsymmetricScheme) {
        self.scheme = scheme
    }

    /// TEE_OperationInfo's digestLength: the signature scheme's hash size, else 0.
    var outputLength: Int { scheme.signatureHash?.size ?? 0 }

    func copy() throws(GPFault) -> GPOperationEngine {
        let copy = AsymmetricEngine(scheme: scheme)
        copy.keyObject = keyObject
        copy.key = key
        return copy
    }

    func reset() {}

    func setKeys(_ keys: [GPObject]) throws(GPFault) {
        guard let object = keys.first else {
            keyObject = nil
            key = nil
            return
        }
        switch scheme {
        case .hkdf, .concatKDF, .pbkdf2:
            key = nil
        default:
            // The object populated (so the backend took it then); failing now is a bug.
            guard let built = AsymmetricKeyMaterial.backendKey(object.type, object.attributes) else {
                throw .panic("the backend rejects key object of type \(object.type)")
            }
            key = built
        }
        keyObject = object
    }

    /// The curve of an ECC key (TEE_ATTR_ECC_CURVE).
    var curve: ECCurve? {
        keyObject.flatMap { object in object.value(.eccCurve).flatMap { ECCurve.of($0.a, for: object.type) } }
    }
}

/// Operation parameters (the `params` of TEE_AsymmetricEncrypt…, TEE_DeriveKey) by id.
struct OperationParameters {
    private var values: [GPAttributeID: GPAttributeValue] = [:]

    /// Keeps the parameters in `allowed`; with `strict`, any other (or one given twice, or
    /// of the wrong kind) is BAD_PARAMETERS, as OP-TEE's TEE_DeriveKey treats them.
    /// Asymmetric cipher and signature calls ignore parameters they do not use, as OP-TEE does.
    init(_ given: [GPAttribute], allowed: Set<GPAttributeID>, strict: Bool) throws(GPFault) {
        for attribute in given {
            guard allowed.contains(attribute.id), attribute.id.isValue == (attribute.bytes == nil) else {
                if strict { throw .result(.badParameters) }
                continue
            }
            guard values[attribute.id] == nil else {
                if strict { throw .result(.badParameters) }
                continue
            }
            values[attribute.id] = attribute.value
        }
    }

    func bytes(_ id: GPAttributeID) -> SecureBytes? {
        if case let .bytes(b)? = values[id] { return b }
        return nil
    }

    func value(_ id: GPAttributeID) -> UInt32? {
        if case let .value(a, _)? = values[id] { return a }
        return nil
    }
}
