import TEEABI

/// Symmetric key types for Swift TAs.
public enum SymmetricKeyType: Sendable, Hashable {
    case aes, des, des3, genericSecret
    case hmac(DigestAlgorithm)

    public var gp: GPObjectType {
        switch self {
        case .aes: .aes
        case .des: .des
        case .des3: .des3
        case .genericSecret: .genericSecret
        case let .hmac(d): d.hmacKeyType
        }
    }
}

/// A key held by the TEE (a GP transient object): its bytes stay in wiped memory and are
/// handed out only while `usage` contains `.extractable`.
public final class Key: @unchecked Sendable {
    let object: GPObject

    init(object: GPObject) {
        self.object = object
    }

    /// A fresh random key of `bits` bits (TEE_GenerateKey).
    public static func generate(_ type: SymmetricKeyType, bits: Int) throws(TEEError) -> Key {
        try typed { () throws(GPFault) in
            let object = try GPObject(type: type.gp, maxObjectSize: UInt32(bits))
            try object.generateKey(size: UInt32(bits), parameters: [])
            return Key(object: object)
        }
    }

    /// A key from its bytes (TEE_PopulateTransientObject with TEE_ATTR_SECRET_VALUE).
    public convenience init(_ type: SymmetricKeyType, secret: [UInt8]) throws(TEEError) {
        let object = try typed { () throws(GPFault) in
            let object = try GPObject(type: type.gp, maxObjectSize: UInt32(secret.count * 8))
            try object.populate([GPAttribute(.secretValue, bytes: secret)])
            return object
        }
        self.init(object: object)
    }

    public var bits: Int { Int(object.objectSize) }
    public var usage: GPUsage { object.usage }

    /// Usage can only shrink (TEE_RestrictObjectUsage1).
    public func restrict(to usage: GPUsage) { object.restrictUsage(usage) }

    /// The secret, if the key is extractable.
    public func secret() throws(TEEError) -> [UInt8] {
        guard object.usage.contains(.extractable) else { throw TEEError(.accessDenied, origin: .tee) }
        return try typed { () throws(GPFault) in try object.bufferAttribute(.secretValue).bytes }
    }
}
