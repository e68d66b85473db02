import TEEABI

/// NIST curves for ECDSA and ECDH.
public enum Curve: Sendable, CaseIterable {
    case p192, p224, p256, p384, p521

    public var gp: GPCurve {
        switch self {
        case .p192: .nistP192
        case .p224: .nistP224
        case .p256: .nistP256
        case .p384: .nistP384
        case .p521: .nistP521
        }
    }

    public var bits: Int {
        switch self {
        case .p192: 192
        case .p224: 224
        case .p256: 256
        case .p384: 384
        case .p521: 521
        }
    }
}

/// Asymmetric key pairs for Swift TAs.
public enum KeyPairType: Sendable {
    case rsa(bits: Int)
    case ecdsa(Curve)
    case ecdh(Curve)
    case ed25519
    case x25519

    var gp: GPObjectType {
        switch self {
        case .rsa: .rsaKeypair
        case .ecdsa: .ecdsaKeypair
        case .ecdh: .ecdhKeypair
        case .ed25519: .ed25519Keypair
        case .x25519: .x25519Keypair
        }
    }

    var bits: Int {
        switch self {
        case let .rsa(bits): bits
        case let .ecdsa(curve), let .ecdh(curve): curve.bits
        case .ed25519, .x25519: 256
        }
    }

    var parameters: [GPAttribute] {
        switch self {
        case let .ecdsa(curve), let .ecdh(curve): [GPAttribute(.eccCurve, a: curve.gp.rawValue, b: 0)]
        default: []
        }
    }
}

extension Key {
    /// A fresh key pair (TEE_GenerateKey).
    public static func generate(_ type: KeyPairType) throws(TEEError) -> Key {
        try typed { () throws(GPFault) in
            let object = try GPObject(type: type.gp, maxObjectSize: UInt32(type.bits))
            try object.generateKey(size: UInt32(type.bits), parameters: type.parameters)
            return Key(object: object)
        }
    }

    /// A public attribute (modulus, public point…), readable whatever the usage.
    public func publicAttribute(_ id: GPAttributeID) throws(TEEError) -> [UInt8] {
        guard id.isPublic, !id.isValue else { throw TEEError(.badParameters, origin: .tee) }
        return try typed { () throws(GPFault) in try object.bufferAttribute(id).bytes }
    }
}
