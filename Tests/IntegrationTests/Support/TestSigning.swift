import TEEClient
import TEEImage
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// TA signing for the integration tests: one key per test process, generated on first use in
/// a temporary directory that is removed at once (the key stays in memory; each fixture
/// writes the public PEM into its own trust store), and the bundled TAs signed with it once.
enum TestSigning {
    struct Key: @unchecked Sendable {
        var privateKey: RSAPrivateKey
        var publicPEM: [UInt8]
    }

    /// The key every fixture's teed trusts.
    static let key = generate()
    /// A key no fixture trusts.
    static let untrusted = generate()

    private static let images = Result { () throws -> [(uuid: TEEUUID, image: [UInt8])] in
        try TA.images.map { library, uuid in
            (uuid, try sign(try elf(library), uuid: uuid))
        }
    }

    static func signedTAs() throws -> [(uuid: TEEUUID, image: [UInt8])] { try images.get() }

    /// The ELF object of a bundled TA library (`libHelloWorldTA.so`, …).
    static func elf(_ library: String) throws -> [UInt8] {
        try RegularFile.read(TEEDaemonFixture.productsDirectory + "/" + library, limit: 64 << 20)
    }

    static func sign(_ elf: [UInt8], uuid: TEEUUID, version: UInt32 = 0, key: Key = key,
                     algorithm: TASignatureAlgorithm = .rsaPssSHA256) throws -> [UInt8] {
        try TAImageSigner.sign(elf: elf, uuid: uuid, taVersion: version, key: key.privateKey, algorithm: algorithm)
    }

    private static func generate() -> Key {
        do {
            let directory = try FileSystem.makeTemporaryDirectory(prefix: "swift-tee-test-key")
            defer { FileSystem.removeTree(directory) }
            try TASigningKeys.generateKeyPair(bits: 2048, privateKeyPath: directory + "/key.pem", publicKeyPath: directory + "/pub.pem")
            return Key(privateKey: try RSAPrivateKey(path: directory + "/key.pem"),
                       publicPEM: try RegularFile.read(directory + "/pub.pem", limit: 1 << 16))
        } catch {
            fatalError("cannot generate the test signing key: \(error)")
        }
    }
}
