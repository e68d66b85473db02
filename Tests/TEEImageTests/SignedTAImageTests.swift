import Testing
import TEEABI
@testable import TEEImage

/// The parser refuses every malformed image with a `TAImageError`, never a trap.
@Suite("SignedTAImage: the shdr parser")
struct SignedTAImageTests {
    let image = TestKeys.signed()

    /// The image with the little-endian field at `offset` (of `width` bytes) set to `value`.
    func with(_ offset: Int, _ width: Int, _ value: UInt32) -> [UInt8] {
        var bytes = image
        for i in 0..<width { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
        return bytes
    }

    func parseError(_ bytes: [UInt8]) -> TAImageError? {
        do throws(TAImageError) {
            _ = try SignedTAImage(parsing: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test("a signed image parses into OP-TEE's layout: shdr, hash, sig, bootstrap (RFC 4122 UUID, LE version), ELF")
    func layout() throws {
        let parsed = try SignedTAImage(parsing: image)
        #expect(Array(image[0..<4]) == Array("HSTO".utf8))  // SHDR_MAGIC 0x4f545348, little-endian
        #expect(parsed.header.imageType == .bootstrapTA)
        #expect(parsed.header.imageSize == UInt32(TestKeys.elf.count))
        #expect(parsed.header.algorithm == 0x7041_4930)
        #expect(parsed.header.hashSize == 32 && parsed.header.signatureSize == 256)
        #expect(parsed.hashRange == 20..<52 && parsed.signatureRange == 52..<308)
        #expect(parsed.signedRange == 308..<image.count && parsed.payloadRange == 328..<image.count)
        #expect(Array(image[308..<324]) == [0x8A, 0xAA, 0xF2, 0x00, 0x24, 0x50, 0x11, 0xE4, 0xAB, 0xE2, 0x00, 0x02, 0xA5, 0xD5, 0xC5, 0x1B])
        #expect(Array(image[324..<328]) == [7, 0, 0, 0])
        #expect(parsed.uuid == TestKeys.uuid && parsed.taVersion == 7)
        #expect(Array(image[parsed.payloadRange]) == TestKeys.elf)
        // The hash field is SHA-256 over shdr ‖ bootstrap ‖ ELF, computed here the naive way.
        #expect(Array(image[parsed.hashRange]) == (try SHA256.hash(Array(image[0..<20]) + Array(image[308...]))))
    }

    @Test("every proper prefix is refused")
    func everyTruncation() {
        for length in 0..<image.count {
            let error = parseError(Array(image.prefix(length)))
            #expect(error != nil, "a \(length)-byte prefix parsed")
            switch error {
            case .truncated?, .sizeMismatch?, .badMagic?: break
            default: Issue.record("prefix of \(length): \(String(describing: error))")
            }
        }
    }

    @Test("trailing bytes are refused")
    func trailing() {
        #expect(parseError(image + [0]) == .sizeMismatch(declared: image.count, actual: image.count + 1))
        #expect(parseError(image + [UInt8](repeating: 0x7F, count: 4096)) != nil)
    }

    @Test("every header field, wrong")
    func wrongFields() {
        #expect(parseError(with(0, 4, 0x4F54_5349)) == .badMagic(0x4F54_5349))
        #expect(parseError(with(0, 4, 0)) == .badMagic(0))
        for type: UInt32 in [0, 2, 3, 4, 0xFFFF_FFFF] {
            #expect(parseError(with(4, 4, type)) == .unsupportedImageType(TAImageType(rawValue: type)))
        }
        let size = UInt32(TestKeys.elf.count)
        for imageSize in [0, size - 1, size + 1, UInt32.max] {
            #expect(parseError(with(8, 4, imageSize)) != nil, "img_size \(imageSize)")
        }
        for algo: UInt32 in [0, 0x7041_4931, 0x7000_5830, 0x7041_6930] {
            #expect(parseError(with(12, 4, algo)) == .unsupportedAlgorithm(algo))
        }
        for hashSize: UInt32 in [0, 20, 31, 33, 64, 0xFFFF] {
            #expect(parseError(with(16, 2, hashSize)) == .badHashSize(UInt16(hashSize)))
        }
        for sigSize: UInt32 in [0, 1, 255, 1025, 0xFFFF] {
            #expect(parseError(with(18, 2, sigSize)) == .badSignatureSize(UInt16(sigSize)))
        }
        // A plausible signature size that does not match the bytes present.
        #expect(parseError(with(18, 2, 384)) == .truncated("signed and bootstrap headers", need: 456, have: image.count))
        #expect(parseError(with(18, 2, 257)) == .sizeMismatch(declared: image.count + 1, actual: image.count))
    }

    @Test("images that are not signed images are named as such")
    func notSigned() {
        #expect(parseError([]) == .truncated("signed header", need: 20, have: 0))
        #expect(parseError(TestKeys.elf) == .unsignedELF)
        #expect(parseError(Array("#!/bin/sh\necho hi\n".utf8) + [UInt8](repeating: 0, count: 20)) != nil)
        var notELF = image
        notELF[notELF.count - TestKeys.elf.count] ^= 0xFF
        #expect(parseError(notELF) == .payloadNotELF)
    }

    @Test("an image larger than the store's bound is refused before anything is read")
    func tooLarge() {
        #expect(parseError([UInt8](repeating: 0, count: SignedTAImage.maxSize + 1)) == .tooLarge(SignedTAImage.maxSize + 1))
    }

    @Test("random corruption never traps")
    func randomCorruption() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var bytes = image
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                bytes[Int.random(in: 0..<40, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            _ = parseError(bytes)
        }
    }
}
