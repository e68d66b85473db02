import Testing
import TEEClient
import TEEImage
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// `teectl ta install` and `teectl ta sign` against a teed with its default trust store,
    /// as Scripts/demo.sh uses them.
    @Suite("teectl: signing and installing TAs")
    struct TeectlSigningTests {
        static var teectl: String { TEEDaemonFixture.productsDirectory + "/teectl" }
        static func library(_ name: String) -> String { TEEDaemonFixture.productsDirectory + "/" + name }

        static func run(_ tee: TEEDaemonFixture, _ arguments: [String]) throws -> (status: ExitStatus?, stdout: String, stderr: String) {
            try ChildProcess.run(teectl, arguments, environment: ["TEE_STATE_DIR": tee.stateDirectory, "TEE_SOCKET": tee.socketPath],
                                 outputDirectory: tee.root)
        }

        @Test("install signs unsigned ELF objects with the installation key (made on first use), which teed trusts by default; sign --key/--uuid/--algorithm/--ta-version make images teed checks")
        func installAndSign() throws {
            let tee = try TEEDaemonFixture(installTAs: false, start: false)
            tee.usesDefaultTrustStore = true
            defer { tee.stop() }
            let state = tee.stateDirectory

            let first = try Self.run(tee, ["ta", "install", "--state-dir", state, Self.library("libHelloWorldTA.so")])
            #expect(first.status == .exited(0), "\(first.stderr)")
            #expect(first.stdout.contains("generated this installation's TA signing key \(state)/keys/ta-signing.pem"))
            #expect(first.stdout.contains("signed") && first.stdout.contains("installed \(TA.helloWorld)"))
            #expect(FileSystem.mode(state + "/keys") == 0o700)
            #expect(FileSystem.mode(state + "/keys/ta-signing.pem") == 0o600)
            #expect(FileSystem.exists(state + "/keys/trusted/ta-signing.pem"))
            let second = try Self.run(tee, ["ta", "install", "--state-dir", state, Self.library("libBuffersTA.so")])
            #expect(second.status == .exited(0), "\(second.stderr)")
            #expect(!second.stdout.contains("generated"), "a second key was generated")

            // sign: explicit key, UUID, scheme and version; install takes the UUID from the header.
            let key = state + "/keys/ta-signing.pem"
            let signed = tee.root + "/single.ta"
            let sign = try Self.run(tee, ["ta", "sign", "--key", key, "--algorithm", "pkcs1v15", "--ta-version", "4",
                                          "--uuid", "\(TA.buffersSingle)", Self.library("libBuffersSingleTA.so"), "-o", signed])
            #expect(sign.status == .exited(0), "\(sign.stderr)")
            let image = try RegularFile.read(signed, limit: 64 << 20)
            let parsed = try SignedTAImage(parsing: image)
            #expect(parsed.uuid == TA.buffersSingle && parsed.taVersion == 4 && parsed.algorithm == .rsaPkcs1v15SHA256)
            let install = try Self.run(tee, ["ta", "install", "--state-dir", state, signed])
            #expect(install.status == .exited(0) && install.stdout.contains("signed image"), "\(install.stderr)")
            // An image installed under another UUID than the one it is signed for is refused.
            let misnamed = tee.root + "/misnamed.ta"
            #expect(try Self.run(tee, ["ta", "sign", "--state-dir", state, "--uuid", "\(TA.buffersSolo)",
                                       Self.library("libBuffersSoloTA.so"), "-o", misnamed]).status == .exited(0))
            try tee.install(try RegularFile.read(misnamed, limit: 64 << 20), as: TA.buffersKeepAlive)
            // Garbage is refused by install.
            try FileSystem.writeFile(tee.root + "/junk.ta", "not a TA")
            #expect(try Self.run(tee, ["ta", "install", "--state-dir", state, tee.root + "/junk.ta"]).status != .exited(0))

            try tee.start()
            #expect(tee.log.contains("installationKey=trusted"))
            #expect(tee.log.contains("development key"))
            let context = try tee.makeContext()
            defer { context.finalize() }
            #expect(try context.openSession(uuid: TA.helloWorld).increment(1) == 2)
            _ = try context.openSession(uuid: TA.buffers)
            _ = try context.openSession(uuid: TA.buffersSingle)
            #expect(tee.log.contains("algorithm=RSASSA_PKCS1_V1_5_SHA256"))
            #expect(throws: TEEError(.security, origin: .tee)) { try context.openSession(uuid: TA.buffersKeepAlive) }
        }
    }
}
