import TEEABI

/// Message authentication codes for Swift TAs.
public enum MACAlgorithm: Sendable {
    case hmac(DigestAlgorithm)
    case aesCMAC, aesCBCMAC, des3CMAC

    public var gp: GPAlgorithm {
        switch self {
        case let .hmac(d): d.hmacAlgorithm
        case .aesCMAC: .aesCmac
        case .aesCBCMAC: .aesCbcMacNopad
        case .des3CMAC: .des3Cmac
        }
    }
}

/// A MAC computation (TEE_MACInit / Update / ComputeFinal / CompareFinal underneath).
public final class MAC {
    private let operation: GPOperation

    public init(_ algorithm: MACAlgorithm, key: Key) throws(TEEError) {
        operation = try typed { () throws(GPFault) in
            let op = try GPOperation(algorithm: algorithm.gp, mode: .mac, maxKeySize: key.object.objectSize)
            try op.setKeys([key.object])
            try [UInt8]().withBytes { b throws(GPFault) in try op.macInit(iv: b) }
            return op
        }
    }

    public func update(_ bytes: [UInt8]) throws(TEEError) {
        let op = operation
        try typed { () throws(GPFault) in try bytes.withBytes { b throws(GPFault) in try op.macUpdate(b) } }
    }

    /// The MAC of everything given (and `last`).
    public func finalize(_ last: [UInt8] = []) throws(TEEError) -> [UInt8] {
        let op = operation
        return try typed { () throws(GPFault) in
            var out = [UInt8](repeating: 0, count: op.outputLength)
            let n = try last.withBytes { m throws(GPFault) in try out.withMutableBytes { o throws(GPFault) in try op.macComputeFinal(m, into: o) } }
            return Array(out.prefix(n))
        }
    }

    /// Throws TEEError(.macInvalid) unless `mac` is the MAC of everything given (and `last`);
    /// compared in constant time.
    public func verify(_ mac: [UInt8], last: [UInt8] = []) throws(TEEError) {
        let op = operation
        try typed { () throws(GPFault) in
            try last.withBytes { m throws(GPFault) in try mac.withBytes { e throws(GPFault) in try op.macCompareFinal(m, expected: e) } }
        }
    }
}
