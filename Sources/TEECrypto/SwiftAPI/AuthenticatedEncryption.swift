import TEEABI

/// AES-GCM and AES-CCM for Swift TAs, one message at a time.
public enum AuthenticatedEncryption {
    public enum Algorithm: Sendable {
        case aesGCM, aesCCM
        var gp: GPAlgorithm { self == .aesGCM ? .aesGcm : .aesCcm }
    }

    /// Encrypts `plaintext` and authenticates it with `aad`: the ciphertext and the tag.
    public static func seal(_ plaintext: [UInt8], key: Key, nonce: [UInt8], aad: [UInt8] = [], tagBits: Int = 128,
                            using algorithm: Algorithm = .aesGCM) throws(TEEError) -> (ciphertext: [UInt8], tag: [UInt8]) {
        try typed { () throws(GPFault) in
            let op = try start(algorithm, encrypting: true, key: key, nonce: nonce, aad: aad, tagBits: tagBits, payload: plaintext.count)
            var out = [UInt8](repeating: 0, count: plaintext.count)
            var tag = [UInt8](repeating: 0, count: tagBits / 8)
            let result = try plaintext.withBytes { i throws(GPFault) in
                try out.withMutableBytes { o throws(GPFault) in try tag.withMutableBytes { t throws(GPFault) in try op.aeEncryptFinal(i, into: o, tag: t) } }
            }
            return (Array(out.prefix(result.written)), Array(tag.prefix(result.tagLength)))
        }
    }

    /// The plaintext, or TEEError(.macInvalid) if the ciphertext, `aad` or `tag` were altered.
    public static func open(_ ciphertext: [UInt8], tag: [UInt8], key: Key, nonce: [UInt8], aad: [UInt8] = [],
                            using algorithm: Algorithm = .aesGCM) throws(TEEError) -> [UInt8] {
        try typed { () throws(GPFault) in
            let op = try start(algorithm, encrypting: false, key: key, nonce: nonce, aad: aad, tagBits: tag.count * 8, payload: ciphertext.count)
            var out = [UInt8](repeating: 0, count: ciphertext.count)
            let n = try ciphertext.withBytes { i throws(GPFault) in
                try out.withMutableBytes { o throws(GPFault) in try tag.withBytes { t throws(GPFault) in try op.aeDecryptFinal(i, into: o, tag: t) } }
            }
            return Array(out.prefix(n))
        }
    }

    private static func start(_ algorithm: Algorithm, encrypting: Bool, key: Key, nonce: [UInt8], aad: [UInt8], tagBits: Int,
                              payload: Int) throws(GPFault) -> GPOperation {
        let op = try GPOperation(algorithm: algorithm.gp, mode: encrypting ? .encrypt : .decrypt, maxKeySize: key.object.objectSize)
        try op.setKeys([key.object])
        try nonce.withBytes { n throws(GPFault) in try op.aeInit(nonce: n, tagBits: tagBits, aadLength: aad.count, payloadLength: payload) }
        if !aad.isEmpty { try aad.withBytes { a throws(GPFault) in try op.aeUpdateAAD(a) } }
        return op
    }
}
