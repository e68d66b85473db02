import Testing
import TEEABI
import TEEImage

@Suite("TAImageSigner and TAImageVerifier")
struct TAImageVerifierTests {
    let verifier = TAImageVerifier(trustedKeys: [TestKeys.a.publicKey])

    func verifyError(_ bytes: [UInt8], with verifier: TAImageVerifier? = nil) -> TAImageError? {
        do throws(TAImageError) {
            _ = try (verifier ?? self.verifier).verify(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test("sign → verify round trips with both algorithms", arguments: TASignatureAlgorithm.allCases)
    func roundTrip(_ algorithm: TASignatureAlgorithm) throws {
        let image = TestKeys.signed(uuid: TestKeys.otherUUID, version: 0xFFFF_FFFE, algorithm: algorithm)
        let verified = try verifier.verify(image)
        #expect(verified.uuid == TestKeys.otherUUID)
        #expect(verified.taVersion == 0xFFFF_FFFE)
        #expect(verified.algorithm == algorithm)
        #expect(Array(image[verified.payloadRange]) == TestKeys.elf)
        #expect(verified.signer.fingerprint == TestKeys.a.publicKey.fingerprint)
    }

    @Test("PKCS#1 v1.5 signatures are deterministic, PSS ones salted")
    func determinism() {
        #expect(TestKeys.signed(algorithm: .rsaPkcs1v15SHA256) == TestKeys.signed(algorithm: .rsaPkcs1v15SHA256))
        #expect(TestKeys.signed(algorithm: .rsaPssSHA256) != TestKeys.signed(algorithm: .rsaPssSHA256))
    }

    @Test("an image signed with an untrusted key is refused")
    func wrongKey() {
        #expect(verifyError(TestKeys.signed(TestKeys.b)) == .badSignature(keysTried: 1))
        #expect(verifyError(TestKeys.signed(TestKeys.large)) == .noKeyOfSignatureSize(384, trustedKeys: 1))
        #expect(verifyError(TestKeys.signed(), with: TAImageVerifier(trustedKeys: [])) == .noKeyOfSignatureSize(256, trustedKeys: 0))
    }

    @Test("the right key among several is found")
    func severalKeys() throws {
        let all = TAImageVerifier(trustedKeys: [TestKeys.large.publicKey, TestKeys.b.publicKey, TestKeys.a.publicKey])
        #expect(try all.verify(TestKeys.signed(TestKeys.a)).signer.fingerprint == TestKeys.a.publicKey.fingerprint)
        #expect(try all.verify(TestKeys.signed(TestKeys.b)).signer.fingerprint == TestKeys.b.publicKey.fingerprint)
        #expect(try all.verify(TestKeys.signed(TestKeys.large)).signer.bits == 3072)
    }

    @Test("flipping any bit of any byte is detected", arguments: TASignatureAlgorithm.allCases)
    func flippedBytes(_ algorithm: TASignatureAlgorithm) {
        let image = TestKeys.signed(algorithm: algorithm)
        for offset in image.indices {
            for bit in [0, 7] {
                var bytes = image
                bytes[offset] ^= 1 << bit
                #expect(verifyError(bytes) != nil, "flipping bit \(bit) at offset \(offset) went unnoticed")
            }
        }
    }

    @Test("a valid signature moved to another image does not verify")
    func transplantedSignature() {
        var image = TestKeys.signed(uuid: TestKeys.uuid)
        let other = TestKeys.signed(uuid: TestKeys.otherUUID)
        // Other image's signature and hash, this image's bootstrap header.
        image.replaceSubrange(20..<308, with: other[20..<308])
        #expect(verifyError(image) == .hashMismatch)
        // Switching the algorithm field between the two accepted values changes the digest too.
        var switched = TestKeys.signed(algorithm: .rsaPkcs1v15SHA256)
        switched.replaceSubrange(12..<16, with: [0x30, 0x49, 0x41, 0x70])
        #expect(verifyError(switched) == .hashMismatch)
    }

    @Test("the signer refuses what it cannot sign")
    func signerRefusals() {
        #expect(throws: TAImageError.payloadNotELF) {
            try TAImageSigner.sign(elf: [1, 2, 3], uuid: TestKeys.uuid, taVersion: 0, key: TestKeys.a.privateKey)
        }
        #expect(throws: TAImageError.payloadNotELF) {
            try TAImageSigner.sign(elf: TestKeys.signed(), uuid: TestKeys.uuid, taVersion: 0, key: TestKeys.a.privateKey)
        }
    }
}
