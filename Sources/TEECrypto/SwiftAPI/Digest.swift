import TEEABI

/// A message digest for Swift TAs (TEE_DigestUpdate / TEE_DigestDoFinal underneath).
///
///     var digest = try Digest(.sha256)
///     digest.update(Array("abc".utf8))
///     let hash = digest.finalize()
public struct Digest: ~Copyable {
    private let operation: GPOperation
    public let algorithm: DigestAlgorithm

    public init(_ algorithm: DigestAlgorithm) throws(TEEError) {
        self.algorithm = algorithm
        operation = try typed { () throws(GPFault) in try GPOperation(algorithm: algorithm.gp, mode: .digest, maxKeySize: 0) }
    }

    public var length: Int { operation.outputLength }

    public mutating func update(_ bytes: [UInt8]) {
        let op = operation
        try! typed { () throws(GPFault) in try bytes.withBytes { b throws(GPFault) in try op.digestUpdate(b) } }
    }

    /// The digest; the value is ready for a new message afterwards.
    public mutating func finalize() -> [UInt8] {
        let op = operation
        var out = [UInt8](repeating: 0, count: op.outputLength)
        let n = try! typed { () throws(GPFault) in
            try out.withMutableBytes { b throws(GPFault) in try op.digestDoFinal(UnsafeRawBufferPointer(start: nil, count: 0), into: b) }
        }
        return Array(out.prefix(n))
    }

    /// One message at once.
    public static func hash(_ bytes: [UInt8], using algorithm: DigestAlgorithm) throws(TEEError) -> [UInt8] {
        var digest = try Digest(algorithm)
        digest.update(bytes)
        return digest.finalize()
    }
}
