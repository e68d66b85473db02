import TEEABI

/// Block and stream ciphers for Swift TAs.
public enum CipherAlgorithm: Sendable {
    case aesECB, aesCBC, aesCTR, aesCTS
    case desECB, desCBC, des3ECB, des3CBC

    public var gp: GPAlgorithm {
        switch self {
        case .aesECB: .aesEcbNopad
        case .aesCBC: .aesCbcNopad
        case .aesCTR: .aesCtr
        case .aesCTS: .aesCts
        case .desECB: .desEcbNopad
        case .desCBC: .desCbcNopad
        case .des3ECB: .des3EcbNopad
        case .des3CBC: .des3CbcNopad
        }
    }
}

/// A cipher operation (TEE_CipherInit / Update / DoFinal underneath), streaming as GP does.
public final class Cipher {
    private let operation: GPOperation

    public init(_ algorithm: CipherAlgorithm, encrypting: Bool, key: Key, iv: [UInt8] = []) throws(TEEError) {
        operation = try typed { () throws(GPFault) in
            let op = try GPOperation(algorithm: algorithm.gp, mode: encrypting ? .encrypt : .decrypt, maxKeySize: key.object.objectSize)
            try op.setKeys([key.object])
            try iv.withBytes { b throws(GPFault) in try op.cipherInit(iv: b) }
            return op
        }
    }

    /// What this input gives now (whole blocks; the rest waits for more input or `finish`).
    public func update(_ input: [UInt8]) throws(TEEError) -> [UInt8] {
        let op = operation
        return try typed { () throws(GPFault) in
            var out = [UInt8](repeating: 0, count: try op.cipherUpdateSize(input.count))
            let n = try input.withBytes { i throws(GPFault) in try out.withMutableBytes { o throws(GPFault) in try op.cipherUpdate(i, into: o) } }
            return Array(out.prefix(n))
        }
    }

    /// The last input and everything still held back.
    public func finish(_ input: [UInt8] = []) throws(TEEError) -> [UInt8] {
        let op = operation
        return try typed { () throws(GPFault) in
            var out = [UInt8](repeating: 0, count: try op.cipherFinalSize(input.count))
            let n = try input.withBytes { i throws(GPFault) in try out.withMutableBytes { o throws(GPFault) in try op.cipherDoFinal(i, into: o) } }
            return Array(out.prefix(n))
        }
    }
}
