import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// Trusted storage as a whole: persistence across teed restarts, what the normal world can
    /// see of it, `teectl storage list/verify`, and a tampered object met end to end.
    @Suite("trusted storage: persistence, tools, tampering")
    struct StorageToolsTests {
        static let seal: UInt32 = 0, open: UInt32 = 1

        @Test("keys a Swift TA stored survive a teed restart; ids never appear in the storage directory or the log")
        func persistence() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let secret = Array("persisted secret".utf8)
            let blob = try withKeystore(tee) { try $0.invoke(Self.seal, .tempInput(secret), .tempOutput(capacity: 128)).bytes(1) }
            tee.stop()
            try tee.start()
            let opened = try withKeystore(tee) { try $0.invoke(Self.open, .tempInput(blob), .tempOutput(capacity: 128)).bytes(1) }
            #expect(opened == secret)
            // The keystore names its objects "keystore/sealing" and "keystore/mac".
            let files = Self.files(in: tee.stateDirectory + "/storage")
            #expect(!files.isEmpty)
            for (name, bytes) in files {
                #expect(!Self.contains(bytes, Array("keystore/".utf8)), "object id in \(name)")
                #expect(!Self.contains(bytes, secret), "plaintext in \(name)")
            }
            #expect(!tee.log.contains("keystore/"))
        }

        @Test("teectl storage list and verify; a flipped byte in the index is found by verify, and teed fails closed until it is restored")
        func toolsAndTampering() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let blob = try withKeystore(tee) { try $0.invoke(Self.seal, .tempInput([1, 2, 3]), .tempOutput(capacity: 64)).bytes(1) }
            let list = try teectl(tee, ["storage", "list"])
            #expect(list.status == .exited(0), "\(list.stdout)\(list.stderr)")
            #expect(list.stdout.contains("\(TA.keystore)  objects: 2"), "\(list.stdout)")
            #expect(list.stdout.contains("anti-rollback protection level: 100"))
            let intact = try teectl(tee, ["storage", "verify"])
            #expect(intact.status == .exited(0) && intact.stdout.contains("trusted storage intact"), "\(intact.stdout)")

            // The keystore's keys are small, so they live sealed inline in the index
            // (docs/storage.md) and have no files: flip one byte in each of the index's two slots.
            let directory = tee.stateDirectory + "/storage"
            #expect(Self.files(in: directory).map(\.0) == ["index"])
            let original = Self.files(in: directory).first { $0.0 == "index" }!.1
            var altered = original
            for slot in 0..<2 { altered[slot * original.count / 2 + 40] ^= 0x01 }
            try FileSystem.writeBytes(directory + "/index", altered)
            let damaged = try teectl(tee, ["storage", "verify"])
            #expect(damaged.status == .exited(1), "\(damaged.stdout)")
            #expect(damaged.stdout.contains("index"), "\(damaged.stdout)")

            // teed fails closed: it does not serve a store whose index fails its check.
            tee.stop()
            #expect(throws: (any Error).self) { try tee.start() }
            // Put back, the store is whole again and the old blob still opens.
            try FileSystem.writeBytes(directory + "/index", original)
            try tee.start()
            let error = try withKeystore(tee) { session in
                teeError { try session.invoke(Self.open, .tempInput(blob), .tempOutput(capacity: 64)) }
            }
            #expect(error == nil, "\(String(describing: error))")
            let after = try teectl(tee, ["storage", "verify"])
            #expect(after.status == .exited(0), "\(after.stdout)")
        }

        private func withKeystore<T>(_ tee: TEEDaemonFixture, _ body: (TEESession) throws -> T) throws -> T {
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.keystore)
            defer { session.close() }
            return try body(session)
        }

        private func teectl(_ tee: TEEDaemonFixture, _ arguments: [String]) throws -> (status: ExitStatus?, stdout: String, stderr: String) {
            try ChildProcess.run(TEEDaemonFixture.productsDirectory + "/teectl", arguments + ["--socket", tee.socketPath],
                                 outputDirectory: tee.root, timeout: 60)
        }

        static func files(in directory: String) -> [(String, [UInt8])] {
            guard let dir = opendir(directory) else { return [] }
            defer { closedir(dir) }
            var found: [(String, [UInt8])] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard !name.hasPrefix("."), let bytes = readFileBytes(directory + "/" + name) else { continue }
                found.append((name, bytes))
            }
            return found
        }

        static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
            guard needle.count <= haystack.count else { return false }
            return (0...(haystack.count - needle.count)).contains { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
        }
    }
}
