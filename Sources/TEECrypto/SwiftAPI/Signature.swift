import TEEABI

/// Signatures over digests, for Swift TAs (TEE_AsymmetricSignDigest / VerifyDigest).
public enum Signature {
    public enum Algorithm: Sendable {
        case rsaPKCS1v15(DigestAlgorithm)
        case rsaPSS(DigestAlgorithm)
        /// ECDSA with the hash GP pairs with the curve (P-256: SHA-256…).
        case ecdsa(Curve)
        /// Ed25519 signs the message itself, not a digest.
        case ed25519

        /// The GP algorithm id.
        public var gpValue: GPAlgorithm { gp }

        var gp: GPAlgorithm {
            switch self {
            case let .rsaPKCS1v15(d):
                // TEE_ALG_RSASSA_PKCS1_V1_5_<hash>: the hash nibble in bits 15–12.
                GPAlgorithm(rawValue: 0x7000_0830 | Self.hashNibble(d) << 12)
            case let .rsaPSS(d):
                // TEE_ALG_RSASSA_PKCS1_PSS_MGF1_<hash>: the hash nibble in bits 23–20 and 15–12.
                GPAlgorithm(rawValue: 0x7001_0930 | Self.hashNibble(d) << 20 | Self.hashNibble(d) << 12)
            case let .ecdsa(curve):
                switch curve {
                case .p192: .ecdsaSha1
                case .p224: .ecdsaSha224
                case .p256: .ecdsaSha256
                case .p384: .ecdsaSha384
                case .p521: .ecdsaSha512
                }
            case .ed25519: .ed25519
            }
        }

        /// GP's hash nibble in algorithm ids (MD5 1, SHA-1 2, SHA-224 3, SHA-256 4, SHA-384 5, SHA-512 6).
        private static func hashNibble(_ d: DigestAlgorithm) -> UInt32 {
            switch d {
            case .md5: 1
            case .sha1: 2
            case .sha224: 3
            case .sha256: 4
            case .sha384: 5
            case .sha512: 6
            case .sha3_224: 8
            case .sha3_256: 9
            case .sha3_384: 0xA
            case .sha3_512: 0xB
            case .md5sha1: 0xF
            }
        }
    }

    public static func sign(_ digest: [UInt8], key: Key, using algorithm: Algorithm) throws(TEEError) -> [UInt8] {
        try typed { () throws(GPFault) in
            let op = try operation(algorithm, .sign, key)
            var out = [UInt8](repeating: 0, count: 1024)
            var size = out.count
            try digest.withBytes { d throws(GPFault) in try out.withMutableBytes { o throws(GPFault) in try op.asymmetricSignDigest([], d, into: o, size: &size) } }
            return Array(out.prefix(size))
        }
    }

    /// Throws TEEError(.signatureInvalid) unless `signature` verifies.
    public static func verify(_ signature: [UInt8], of digest: [UInt8], key: Key, using algorithm: Algorithm) throws(TEEError) {
        try typed { () throws(GPFault) in
            let op = try operation(algorithm, .verify, key)
            try digest.withBytes { d throws(GPFault) in try signature.withBytes { s throws(GPFault) in try op.asymmetricVerifyDigest([], d, signature: s) } }
        }
    }

    static func operation(_ algorithm: Algorithm, _ mode: GPOperationMode, _ key: Key) throws(GPFault) -> GPOperation {
        let op = try GPOperation(algorithm: algorithm.gp, mode: mode, maxKeySize: key.object.objectSize)
        try op.setKeys([key.object])
        return op
    }
}

/// Shared secrets from key agreement, for Swift TAs (TEE_DeriveKey with ECDH or X25519).
public enum KeyAgreement {
    /// ECDH: our key pair, the peer's public point (x, y big-endian).
    public static func ecdh(_ key: Key, peerX: [UInt8], peerY: [UInt8]) throws(TEEError) -> [UInt8] {
        try derive(.ecdhDeriveSharedSecret, key, [GPAttribute(.eccPublicValueX, bytes: peerX), GPAttribute(.eccPublicValueY, bytes: peerY)])
    }

    /// X25519: our key pair, the peer's 32-byte public value.
    public static func x25519(_ key: Key, peer: [UInt8]) throws(TEEError) -> [UInt8] {
        try derive(.x25519, key, [GPAttribute(.x25519PublicValue, bytes: peer)])
    }

    private static func derive(_ algorithm: GPAlgorithm, _ key: Key, _ params: [GPAttribute]) throws(TEEError) -> [UInt8] {
        try typed { () throws(GPFault) in
            let op = try GPOperation(algorithm: algorithm, mode: .derive, maxKeySize: key.object.objectSize)
            try op.setKeys([key.object])
            let secret = try GPObject(type: .genericSecret, maxObjectSize: 4096)
            try op.deriveKey(params, into: secret)
            return try secret.bufferAttribute(.secretValue).bytes
        }
    }
}
