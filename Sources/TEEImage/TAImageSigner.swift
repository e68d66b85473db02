import TEEABI

/// Builds signed TA images (`SHDR_BOOTSTRAP_TA`) from ELF objects.
public enum TAImageSigner {
    /// The key sizes images may be signed with (what the verifier accepts).
    public static let keyBits = 2048...8192

    /// The signed image of `elf`: header, SHA-256 digest, RSA signature over that digest,
    /// bootstrap header (uuid, version), then `elf` unchanged.
    public static func sign(elf: [UInt8], uuid: TEEUUID, taVersion: UInt32, key: RSAPrivateKey,
                            algorithm: TASignatureAlgorithm = .rsaPssSHA256) throws(TAImageError) -> [UInt8] {
        guard SignedTAImage.isELF(elf) else { throw .payloadNotELF }
        guard keyBits.contains(key.bits) else { throw .unusableKey("an RSA key of \(key.bits) bits (2048…8192 are accepted)") }
        let total = TAImageHeader.size + SHA256.size + key.modulusBytes + TABootstrapHeader.size + elf.count
        guard total <= SignedTAImage.maxSize, let imageSize = UInt32(exactly: elf.count) else { throw .tooLarge(total) }
        let header = TAImageHeader(imageType: .bootstrapTA, imageSize: imageSize, algorithm: algorithm.rawValue,
                                   hashSize: UInt16(SHA256.size), signatureSize: UInt16(key.modulusBytes))
        // Lay the image out with room for the hash and signature, then hash it in place:
        // the digest covers shdr ‖ bootstrap ‖ ELF, the bytes around the two gaps.
        var image = [UInt8]()
        image.reserveCapacity(total)
        image += header.encoded
        let hashStart = image.count
        image += [UInt8](repeating: 0, count: SHA256.size + key.modulusBytes)
        let bootstrapStart = image.count
        image += TABootstrapHeader(uuid: uuid, taVersion: taVersion).encoded
        image += elf
        let digest = try SHA256.hash(image, ranges: [0..<TAImageHeader.size, bootstrapStart..<image.count])
        let signature = try key.sign(digest: digest, algorithm: algorithm)
        image.replaceSubrange(hashStart..<hashStart + SHA256.size, with: digest)
        image.replaceSubrange(hashStart + SHA256.size..<bootstrapStart, with: signature)
        return image
    }
}
