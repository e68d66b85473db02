import CTEECryptoBackend
import TEEABI

/// Digests (MD5, SHA-1, SHA-2, SHA-3, SHAKE, MD5SHA1, SM3 if the backend has it) over
/// OpenSSL's EVP_MD.
final class DigestEngine: GPOperationEngine {
    let algorithm: GPAlgorithm
    /// Output length in bytes; 0 for SHAKE (TEE_DigestExtract decides).
    let length: Int
    private let context: OpaquePointer

    static func backendName(_ algorithm: GPAlgorithm) -> String? {
        switch algorithm {
        case .md5: "MD5"
        case .sha1: "SHA1"
        case .sha224: "SHA224"
        case .sha256: "SHA256"
        case .sha384: "SHA384"
        case .sha512: "SHA512"
        case .sha3_224: "SHA3-224"
        case .sha3_256: "SHA3-256"
        case .sha3_384: "SHA3-384"
        case .sha3_512: "SHA3-512"
        case .shake128: "SHAKE128"
        case .shake256: "SHAKE256"
        case .md5sha1: "MD5-SHA1"
        case .sm3: "SM3"
        default: nil
        }
    }

    var outputLength: Int { length }

    var isXOF: Bool { algorithm == .shake128 || algorithm == .shake256 }

    init?(algorithm: GPAlgorithm) {
        guard let name = Self.backendName(algorithm), let context = stee_md_new(name) else { return nil }
        self.algorithm = algorithm
        self.context = context
        length = stee_md_size(name)
    }

    private init(algorithm: GPAlgorithm, length: Int, context: OpaquePointer) {
        self.algorithm = algorithm
        self.length = length
        self.context = context
    }

    deinit { stee_md_free(context) }

    func copy() throws(GPFault) -> GPOperationEngine {
        guard let dup = stee_md_dup(context) else { throw .result(.outOfMemory) }
        return DigestEngine(algorithm: algorithm, length: length, context: dup)
    }

    func reset() { _ = stee_md_reset(context) }

    func setKeys(_ keys: [GPObject]) throws(GPFault) {}

    func update(_ data: UnsafeRawBufferPointer) throws(GPFault) {
        guard stee_md_update(context, data.baseAddress, data.count) == 0 else { throw .result(.generic) }
    }

    /// The digest, and the context ready for the next message.
    func finish(into out: UnsafeMutableRawBufferPointer) throws(GPFault) {
        guard stee_md_final(context, out.baseAddress!.assumingMemoryBound(to: UInt8.self)) == 0 else { throw .result(.generic) }
    }

    func squeeze(into out: UnsafeMutableRawBufferPointer) throws(GPFault) {
        guard out.count == 0 || stee_md_squeeze(context, out.baseAddress!.assumingMemoryBound(to: UInt8.self), out.count) == 0 else {
            throw .result(.generic)
        }
    }
}
