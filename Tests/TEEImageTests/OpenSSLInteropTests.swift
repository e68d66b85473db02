import Testing
import TEEABI
import TEEImage
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// Signatures checked by an independent implementation: the `openssl` command, with the
/// parameters OP-TEE's signed-header format fixes (SHA-256 digest; PSS: MGF1-SHA256, salt 32).
@Suite("TA image signatures verify with the openssl command", .enabled(if: access("/usr/bin/openssl", X_OK) == 0))
struct OpenSSLInteropTests {
    static func opensslVerifies(_ image: [UInt8], publicPEM: [UInt8], options: [String]) throws -> Bool {
        let parsed = try SignedTAImage(parsing: image)
        let directory = try TemporaryDirectory.make()
        defer { TemporaryDirectory.remove(directory) }
        try TemporaryDirectory.write(directory + "/digest", Array(image[parsed.hashRange]))
        try TemporaryDirectory.write(directory + "/sig", Array(image[parsed.signatureRange]))
        try TemporaryDirectory.write(directory + "/pub.pem", publicPEM)
        let command = "/usr/bin/openssl pkeyutl -verify -pubin -inkey \(directory)/pub.pem -in \(directory)/digest "
            + "-sigfile \(directory)/sig -pkeyopt digest:sha256 " + options.map { "-pkeyopt \($0)" }.joined(separator: " ")
            + " >/dev/null 2>&1"
        let pid = try ProcessSpawner.spawn(path: "/bin/sh", arguments: ["sh", "-c", command], environment: ["PATH=/usr/bin:/bin"], fd3: nil)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0
    }

    @Test("RSASSA-PSS (MGF1-SHA256, salt length 32)")
    func pss() throws {
        let image = TestKeys.signed(algorithm: .rsaPssSHA256)
        let pss = ["rsa_padding_mode:pss", "rsa_mgf1_md:sha256", "rsa_pss_saltlen:32"]
        #expect(try Self.opensslVerifies(image, publicPEM: TestKeys.a.publicPEM, options: pss))
        #expect(try !Self.opensslVerifies(image, publicPEM: TestKeys.b.publicPEM, options: pss))
    }

    @Test("RSASSA-PKCS1-v1_5")
    func pkcs1() throws {
        let image = TestKeys.signed(algorithm: .rsaPkcs1v15SHA256)
        #expect(try Self.opensslVerifies(image, publicPEM: TestKeys.a.publicPEM, options: ["rsa_padding_mode:pkcs1"]))
        #expect(try !Self.opensslVerifies(image, publicPEM: TestKeys.a.publicPEM, options: ["rsa_padding_mode:pss"]))
    }
}
