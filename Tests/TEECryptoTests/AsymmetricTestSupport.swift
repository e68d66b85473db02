import Testing
import TEEABI
@testable import TEECrypto

/// Helpers the asymmetric and key-derivation tests share: keys from hex attributes, the GP
/// calls with their buffers, and a 2048-bit RSA key generated once per test process.

func attribute(_ id: GPAttributeID, _ hex: String) -> GPAttribute {
    GPAttribute(id, bytes: [UInt8](hex: hex))
}

/// A transient object of `type` populated with `attributes`.
func populated(_ type: GPObjectType, maxSize: UInt32, _ attributes: [GPAttribute]) throws -> GPObject {
    let object = try GPObject(type: type, maxObjectSize: maxSize)
    try object.populate(attributes)
    return object
}

/// An operation of `algorithm` in `mode` with `key` set.
func operation(_ algorithm: GPAlgorithm, _ mode: GPOperationMode, key: GPObject, maxKeySize: UInt32? = nil) throws
    -> GPOperation
{
    let op = try GPOperation(algorithm: algorithm, mode: mode, maxKeySize: maxKeySize ?? key.maxObjectSize)
    try op.setKeys([key])
    return op
}

/// The digest of `message` through a GP digest operation.
func digest(_ algorithm: GPAlgorithm, _ message: [UInt8]) throws -> [UInt8] {
    let op = try GPOperation(algorithm: algorithm, mode: .digest, maxKeySize: 0)
    var out = [UInt8](repeating: 0, count: 64)
    let n = try out.withUnsafeMutableBytes { o in try message.withUnsafeBytes { m in try op.digestDoFinal(m, into: o) } }
    return Array(out.prefix(n))
}

extension GPOperation {
    func sign(_ digest: [UInt8], _ params: [GPAttribute] = [], room: Int = 1024) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: room)
        var size = 0
        try out.withUnsafeMutableBytes { o in
            try digest.withUnsafeBytes { d in try asymmetricSignDigest(params, d, into: o, size: &size) }
        }
        return Array(out.prefix(size))
    }

    func verify(_ digest: [UInt8], _ signature: [UInt8], _ params: [GPAttribute] = []) throws {
        try digest.withUnsafeBytes { d in
            try signature.withUnsafeBytes { s in try asymmetricVerifyDigest(params, d, signature: s) }
        }
    }

    func encrypt(_ data: [UInt8], _ params: [GPAttribute] = [], room: Int = 1024) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: room)
        var size = 0
        try out.withUnsafeMutableBytes { o in
            try data.withUnsafeBytes { d in try asymmetricEncrypt(params, d, into: o, size: &size) }
        }
        return Array(out.prefix(size))
    }

    func decrypt(_ data: [UInt8], _ params: [GPAttribute] = [], room: Int = 1024) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: room)
        var size = 0
        try out.withUnsafeMutableBytes { o in
            try data.withUnsafeBytes { d in try asymmetricDecrypt(params, d, into: o, size: &size) }
        }
        return Array(out.prefix(size))
    }

    /// TEE_DeriveKey into a fresh GENERIC_SECRET of `maxSize` bits; its secret value.
    func derive(_ params: [GPAttribute], maxSize: UInt32 = 4096) throws -> [UInt8] {
        let derived = try GPObject(type: .genericSecret, maxObjectSize: maxSize)
        try deriveKey(params, into: derived)
        return try derived.bufferAttribute(.secretValue).bytes
    }
}

/// An RSA key written out in a test vector (hex).
struct RSAKeyVector {
    var n, e, d, p, q, dp, dq, qinv: String

    var bits: UInt32 { AsymmetricKeyMaterial.bitLength(SecureBytes([UInt8](hex: n))) }

    func keyPair(crt: Bool = true) throws -> GPObject {
        var parts = [attribute(.rsaModulus, n), attribute(.rsaPublicExponent, e), attribute(.rsaPrivateExponent, d)]
        if crt {
            parts += [attribute(.rsaPrime1, p), attribute(.rsaPrime2, q), attribute(.rsaExponent1, dp),
                      attribute(.rsaExponent2, dq), attribute(.rsaCoefficient, qinv)]
        }
        return try populated(.rsaKeypair, maxSize: 4096, parts)
    }

    func publicKey() throws -> GPObject {
        try populated(.rsaPublicKey, maxSize: 4096, [attribute(.rsaModulus, n), attribute(.rsaPublicExponent, e)])
    }
}

/// Keys generated once per test process (RSA generation is slow).
enum SharedKeys {
    nonisolated(unsafe) static let rsa2048: GPObject = {
        let key = try! GPObject(type: .rsaKeypair, maxObjectSize: 2048)
        try! key.generateKey(size: 2048, parameters: [])
        return key
    }()

    nonisolated(unsafe) static let rsa2048Public: GPObject = {
        let key = try! GPObject(type: .rsaPublicKey, maxObjectSize: 2048)
        try! key.copyAttributes(from: rsa2048)
        return key
    }()
}

extension SecureBytes {
    var hex: String { bytes.hex }
}
