import TEEABI

/// What a verified image is: which TA, which version, where its ELF object lies in the
/// verified buffer, and which trusted key signed it.
public struct VerifiedTAImage: Sendable {
    public var uuid: TEEUUID
    public var taVersion: UInt32
    public var algorithm: TASignatureAlgorithm
    public var payloadRange: Range<Int>
    public var signer: RSAPublicKey
}

/// Verifies signed TA images against a set of trusted public keys, on bytes already in
/// memory (the copy that will be loaded, so nothing can change between check and use).
public struct TAImageVerifier: Sendable {
    public let trustedKeys: [RSAPublicKey]

    public init(trustedKeys: [RSAPublicKey]) {
        self.trustedKeys = trustedKeys
    }

    public func verify(_ bytes: [UInt8]) throws(TAImageError) -> VerifiedTAImage {
        let image = try SignedTAImage(parsing: bytes)
        // The signature is over the digest in the header; the digest must be that of these bytes.
        let digest = try SHA256.hash(bytes, ranges: [0..<TAImageHeader.size, image.signedRange])
        guard ConstantTime.equal(digest, bytes[image.hashRange]) else { throw .hashMismatch }
        let sized = trustedKeys.filter { $0.modulusBytes == image.signatureRange.count }
        guard !sized.isEmpty else { throw .noKeyOfSignatureSize(image.signatureRange.count, trustedKeys: trustedKeys.count) }
        let signature = bytes[image.signatureRange]
        guard let signer = sized.first(where: { $0.verifies(signature, over: digest, algorithm: image.algorithm) }) else {
            throw .badSignature(keysTried: sized.count)
        }
        return VerifiedTAImage(uuid: image.uuid, taVersion: image.taVersion, algorithm: image.algorithm,
                               payloadRange: image.payloadRange, signer: signer)
    }
}
