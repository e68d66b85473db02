import Testing
import TEEABI
import TEEImage
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

@Suite("TASigningKeys and TATrustStore")
struct TASigningKeysTests {
    @Test("the installation key is generated once: RSA-3072, PKCS#8 0600 in a 0700 directory, its public key trusted")
    func installationKey() throws {
        let state = try TemporaryDirectory.make() + "/state"
        defer { TemporaryDirectory.remove(String(state.dropLast(6))) }
        #expect(!TASigningKeys.installationKeyExists(stateDirectory: state))
        let path = try TASigningKeys.ensureInstallationKey(stateDirectory: state)
        #expect(path == state + "/keys/ta-signing.pem")
        #expect(TemporaryDirectory.mode(path) == 0o600)
        #expect(TemporaryDirectory.mode(state + "/keys") == 0o700)
        let pem = try RegularFile.read(path, limit: 1 << 16)
        #expect(pem.starts(with: Array("-----BEGIN PRIVATE KEY-----".utf8)))
        let key = try RSAPrivateKey(path: path)
        #expect(key.bits == 3072)

        let store = try TATrustStore.load(directory: TASigningKeys.defaultTrustStore(stateDirectory: state))
        #expect(store.entries.map(\.file) == [state + "/keys/trusted/ta-signing.pem"])
        #expect(store.contains(try key.publicKey().fingerprint))
        #expect(RegularFile.readText(state + "/keys/trusted/ta-signing.pem").hasPrefix("-----BEGIN PUBLIC KEY-----"))

        // Idempotent; a lost public key is restored from the private one.
        #expect(try TASigningKeys.ensureInstallationKey(stateDirectory: state) == path)
        #expect(try RegularFile.read(path, limit: 1 << 16) == pem)
        unlink(state + "/keys/trusted/ta-signing.pem")
        try TASigningKeys.ensureInstallationKey(stateDirectory: state)
        #expect(try TATrustStore.load(directory: state + "/keys/trusted").contains(try key.publicKey().fingerprint))
        #expect(try RegularFile.read(path, limit: 1 << 16) == pem)
    }

    @Test("processes racing for the first key generate one between them")
    func race() async throws {
        let root = try TemporaryDirectory.make()
        defer { TemporaryDirectory.remove(root) }
        let state = root + "/state"
        // flock locks belong to open file descriptions, so threads of one process contend
        // exactly as separate processes do.
        let paths = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<3 {
                group.addTask {
                    let path = try TASigningKeys.ensureInstallationKey(stateDirectory: state)
                    return try RegularFile.read(path, limit: 1 << 16)
                }
            }
            return try await group.reduce(into: [[UInt8]]()) { $0.append($1) }
        }
        #expect(Set(paths).count == 1)
        let store = try TATrustStore.load(directory: state + "/keys/trusted")
        #expect(store.entries.count == 1)
    }

    @Test("the trust store takes every RSA public key PEM and reports the files it skips")
    func trustStore() throws {
        let directory = try TemporaryDirectory.make()
        defer { TemporaryDirectory.remove(directory) }
        try TemporaryDirectory.write(directory + "/a.pem", TestKeys.a.publicPEM)
        try TemporaryDirectory.write(directory + "/large.pem", TestKeys.large.publicPEM)
        try TemporaryDirectory.write(directory + "/junk.pem", Array("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n".utf8))
        try TemporaryDirectory.write(directory + "/README", Array("not a key".utf8))
        try TemporaryDirectory.write(directory + "/.hidden.pem", TestKeys.b.publicPEM)
        mkfifo(directory + "/fifo.pem", 0o600)
        let store = try TATrustStore.load(directory: directory)
        #expect(store.entries.map(\.file) == [directory + "/a.pem", directory + "/large.pem"])
        #expect(Set(store.skipped.map(\.file)) == [directory + "/junk.pem", directory + "/fifo.pem"])
        #expect(store.contains(TestKeys.a.publicKey.fingerprint))
        #expect(!store.contains(TestKeys.b.publicKey.fingerprint))
        #expect(try store.verifier.verify(TestKeys.signed(TestKeys.large)).signer.bits == 3072)
        #expect(throws: TAKeyError.self) { try TATrustStore.load(directory: directory + "/missing") }
    }

    @Test("private keys that are not usable are refused with a reason")
    func badPrivateKeys() throws {
        let directory = try TemporaryDirectory.make()
        defer { TemporaryDirectory.remove(directory) }
        try TemporaryDirectory.write(directory + "/pub.pem", TestKeys.a.publicPEM)
        #expect(throws: TAImageError.self) { try RSAPrivateKey(path: directory + "/pub.pem") }
        #expect(throws: TAImageError.self) { try RSAPrivateKey(path: directory + "/missing.pem") }
        #expect(throws: TAImageError.self) { try RSAPublicKey(pem: Array("hello".utf8)) }
    }
}

extension RegularFile {
    static func readText(_ path: String) -> String {
        String(decoding: (try? read(path, limit: 1 << 20)) ?? [], as: UTF8.self)
    }
}
