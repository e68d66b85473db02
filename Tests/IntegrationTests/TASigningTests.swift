import Testing
import TEEClient
import TEEImage
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// teed loads only images signed by a trusted key, for the UUID asked for, at a version no
    /// older than one it has loaded; anything else is SECURITY from the TEE and never runs.
    @Suite("signed TA images")
    struct TASigningTests {
        static let security = TEEError(.security, origin: .tee)

        /// Opens `uuid` on a fresh context and returns the error (nil if it opened).
        static func openError(_ tee: TEEDaemonFixture, _ uuid: TEEUUID = TA.helloWorld) throws -> TEEError? {
            let context = try tee.makeContext()
            defer { context.finalize() }
            return teeError { try context.openSession(uuid: uuid) }
        }

        /// Whether teed ever started an instance of `uuid` (its debug log line).
        static func startedInstance(_ tee: TEEDaemonFixture, _ uuid: TEEUUID) -> Bool {
            tee.log.split(separator: "\n").contains { $0.contains("starting TA instance") && $0.contains("ta=\(uuid)") }
        }

        static func refusals(_ tee: TEEDaemonFixture) -> Int {
            tee.log.split(separator: "\n").count { $0.contains("warning") && $0.contains("TA image refused") }
        }

        static let helloELF = Result { try TestSigning.elf("libHelloWorldTA.so") }

        @Test("a signed image loads, and teed logs what it verified")
        func valid() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            #expect(try Self.openError(tee) == nil)
            #expect(tee.log.contains("TA image verified"))
            #expect(tee.log.contains("algorithm=RSASSA_PKCS1_PSS_MGF1_SHA256"))
            #expect(tee.log.contains("installationKey=none"), "teed with --trust-store reports no installation key")
            #expect(!FileSystem.exists(tee.stateDirectory + "/keys/ta-signing.pem"), "teed with --trust-store generated a key")
        }

        @Test("a PKCS#1 v1.5 signed image is accepted")
        func pkcs1() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            try tee.install(TestSigning.sign(Self.helloELF.get(), uuid: TA.helloWorld, algorithm: .rsaPkcs1v15SHA256), as: TA.helloWorld)
            #expect(try Self.openError(tee) == nil)
            #expect(tee.log.contains("algorithm=RSASSA_PKCS1_V1_5_SHA256"))
        }

        @Test("an unsigned ELF object is refused")
        func unsigned() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            try tee.install(Self.helloELF.get(), as: TA.helloWorld)
            #expect(try Self.openError(tee) == Self.security)
            #expect(tee.log.contains("unsigned ELF object"))
            // Refused again without another read or log line, until the file changes.
            #expect(try Self.openError(tee) == Self.security)
            #expect(Self.refusals(tee) == 1)
            #expect(!Self.startedInstance(tee, TA.helloWorld))
        }

        @Test("an image signed with a key teed does not trust is refused")
        func untrustedKey() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            try tee.install(TestSigning.sign(Self.helloELF.get(), uuid: TA.helloWorld, key: TestSigning.untrusted), as: TA.helloWorld)
            #expect(try Self.openError(tee) == Self.security)
            #expect(tee.log.contains("does not verify with any trusted key"))
            #expect(!Self.startedInstance(tee, TA.helloWorld))
        }

        @Test("a validly signed image of another UUID is refused")
        func otherUUID() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            try tee.install(TestSigning.sign(Self.helloELF.get(), uuid: TA.buffers), as: TA.helloWorld)
            #expect(try Self.openError(tee) == Self.security)
            #expect(tee.log.contains("signed for TA \(TA.buffers)"))
            #expect(!Self.startedInstance(tee, TA.helloWorld))
        }

        @Test("SHDR_TA, encrypted and subkey images are refused as not supported", arguments: [UInt32(0), 2, 3])
        func unsupportedTypes(_ type: UInt32) throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            var image = try TestSigning.sign(Self.helloELF.get(), uuid: TA.helloWorld)
            image[4] = UInt8(type)
            try tee.install(image, as: TA.helloWorld)
            #expect(try Self.openError(tee) == Self.security)
            #expect(tee.log.contains("image type \(TAImageType(rawValue: type)) is not supported"))
        }

        @Test("an older version than one loaded is refused, also after a restart")
        func rollback() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let elf = try Self.helloELF.get()
            try tee.install(TestSigning.sign(elf, uuid: TA.helloWorld, version: 2), as: TA.helloWorld)
            #expect(try Self.openError(tee) == nil)
            try tee.install(TestSigning.sign(elf, uuid: TA.helloWorld, version: 1), as: TA.helloWorld)
            #expect(try Self.openError(tee) == Self.security)
            #expect(tee.log.contains("version 1 is older than version 2"))
            // The same version again and newer ones load; the floor follows.
            try tee.install(TestSigning.sign(elf, uuid: TA.helloWorld, version: 2), as: TA.helloWorld)
            #expect(try Self.openError(tee) == nil)
            try tee.install(TestSigning.sign(elf, uuid: TA.helloWorld, version: 3), as: TA.helloWorld)
            #expect(try Self.openError(tee) == nil)
            // The floor is on disk: a restarted teed refuses version 2 now.
            tee.stop()
            try tee.install(TestSigning.sign(elf, uuid: TA.helloWorld, version: 2), as: TA.helloWorld)
            try tee.start()
            #expect(try Self.openError(tee) == Self.security)
            #expect(FileSystem.mode(tee.stateDirectory + "/ta-versions") == 0o600)
            #expect(FileSystem.mode(tee.stateDirectory + "/keys/ta-versions.key") == 0o600)
        }

        @Test("an edited or unkeyed version-floor file stops loading with SECURITY")
        func tamperedFloors() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            #expect(try Self.openError(tee, TA.helloWorld) == nil)
            let path = tee.stateDirectory + "/ta-versions"
            let original = try #require(readFile(path))
            try FileSystem.writeFile(path, original.replacing("\(TA.helloWorld) 0", with: "\(TA.helloWorld) 9"))
            #expect(try Self.openError(tee, TA.buffers) == Self.security)
            #expect(tee.log.contains("HMAC does not match"))
            try FileSystem.writeFile(path, original)
            #expect(try Self.openError(tee, TA.buffers) == nil, "a refusal over the floors is not cached")
            unlink(tee.stateDirectory + "/keys/ta-versions.key")
            #expect(try Self.openError(tee, TA.buffersSingle) == Self.security)
            #expect(tee.log.contains("ta-versions.key is missing"))
        }

        @Test("a missing trust store stops teed from starting; an empty one refuses every TA")
        func trustStoreProblems() throws {
            let tee = try TEEDaemonFixture(start: false)
            tee.usesDefaultTrustStore = true
            let missing = try tee.spawnTeed(extraArguments: ["--trust-store", tee.root + "/missing"], stderr: tee.root + "/missing.log")
            #expect(missing.wait(timeout: 30) == .exited(1))
            #expect(readFile(tee.root + "/missing.log")?.contains("trust store \(tee.root)/missing") == true)
            #expect(!FileSystem.exists(tee.stateDirectory + "/keys/ta-signing.pem"), "an explicit trust store must not make teed generate a key")

            let empty = tee.root + "/empty"
            try FileSystem.makeDirectory(empty)
            try FileSystem.writeFile(empty + "/broken.pem", "-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n")
            try tee.start(extraArguments: ["--trust-store", empty])
            defer { tee.stop() }
            #expect(tee.log.contains("trust store: file skipped"))
            #expect(tee.log.contains("holds no usable key"))
            #expect(try Self.openError(tee) == Self.security)
        }

        @Test("flipping bytes anywhere in the image (header fields, hash, signature, bootstrap, ELF) is refused before anything runs")
        func corruptImageSweep() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let image = try TestSigning.sign(Self.helloELF.get(), uuid: TA.helloWorld, version: 1)
            let parsed = try SignedTAImage(parsing: image)
            let payload = parsed.payloadRange
            var offsets = Array(0..<TAImageHeader.size)                                  // every byte of every shdr field
            offsets += [20, 21, 36, 51]                                                   // hash
            offsets += [52, 53, 120, 200, 306, 307]                                       // signature
            offsets += Array(parsed.signedRange.lowerBound..<payload.lowerBound)          // uuid and ta_version
            offsets += [0, 1, 2, 3, 4, 16, 64, 4096, 65_537, payload.count / 2, payload.count - 2, payload.count - 1]
                .map { payload.lowerBound + $0 }                                          // ELF
            #expect(offsets.count >= 60)
            for (i, offset) in offsets.enumerated() {
                var bytes = image
                bytes[offset] ^= [0x01, 0x80, 0xFF, 0x10][i % 4]
                try tee.install(bytes, as: TA.helloWorld)
                #expect(try Self.openError(tee) == Self.security, "flipped byte at offset \(offset) was not refused")
            }
            #expect(Self.refusals(tee) >= offsets.count)
            #expect(!Self.startedInstance(tee, TA.helloWorld), "a TA host was asked to load a corrupt image")
            #expect(!tee.log.contains("Hello World!"))
            #expect(try tee.status().instances.isEmpty)
            // The intact image still loads: nothing stuck from the refusals.
            try tee.install(image, as: TA.helloWorld)
            #expect(try Self.openError(tee) == nil)
        }
    }
}
