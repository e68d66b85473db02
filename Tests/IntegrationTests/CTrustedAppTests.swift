import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

/// Commands of Tests/Fixtures/c/api_test_ta/include/api_test_ta.h.
enum APITest {
    static let uuid = TEEUUID("ee3c9ed2-05ff-4b7d-b4a0-5bc33fabc681")!
    static let properties: UInt32 = 0, memory: UInt32 = 1, mallocZeroUse: UInt32 = 2, panic: UInt32 = 3
    static let fault: UInt32 = 4, wait: UInt32 = 5, time: UInt32 = 6, persistentGet: UInt32 = 7
    static let persistentSet: UInt32 = 8, random: UInt32 = 9, callTimeout: UInt32 = 10, callSelf: UInt32 = 11
    static let callPropagate: UInt32 = 12, mallocNoFill: UInt32 = 13, bigint: UInt32 = 14
    static let faults: [UInt32] = Array(0...5)
}

extension Integration {
    /// C TAs and clients in OP-TEE's layout, built with the exported kits by make and run
    /// against teed: the examples, and a test TA that checks each GP API group libutee offers.
    @Suite("C TAs built with the exported dev kit")
    struct CTrustedAppTests {
        let kit: CDevKit

        init() throws {
            kit = try CDevKit.shared.get()
        }

        @Test("the exports have OP-TEE's layout; clients link libteec by absolute path and need no environment")
        func exportLayout() throws {
            for path in ["client/include/tee_client_api.h", "client/lib/libteec.so", "client/lib/libteec.so.2",
                         "ta_dev_kit/mk/ta_dev_kit.mk", "ta_dev_kit/include/tee_internal_api.h",
                         "ta_dev_kit/lib/libutee.a", "ta_dev_kit/keys/default_ta.pem",
                         "ta_dev_kit/host_include/signed_hdr.h", "ta_dev_kit/src/user_ta_header.c"] {
                #expect(FileSystem.exists(kit.export + "/" + path), "missing \(path)")
            }
            let needed = ELF.needed(of: kit.directory("hello_world") + "/host/hello_world")
            #expect(needed.contains(kit.export + "/client/lib/libteec.so.2.0.0"), "DT_NEEDED: \(needed)")
            for ta in ["hello_world/ta", "random/ta", "api_test_ta"] {
                #expect(ELF.needed(of: try elf(ta)).allSatisfy { $0.hasPrefix("libc.so") }, "\(ta) needs more than libc")
            }
        }

        @Test("hello_world (GP 1.1 types) runs as on OP-TEE, its trace in teed's log")
        func helloWorld() throws {
            let tee = try kit.startTEE(installing: ["hello_world/ta"])
            defer { tee.stop() }
            let run = try ChildProcess.run(kit.directory("hello_world") + "/host/hello_world", [],
                                           environment: ["TEE_SOCKET": tee.socketPath, "LD_LIBRARY_PATH": nil],
                                           outputDirectory: tee.root, timeout: 60)
            #expect(run.status == .exited(0), "\(run.stdout)\n\(run.stderr)")
            #expect(run.stdout.contains("TA incremented value to 43"), "\(run.stdout)")
            #expect(tee.waitForLog { $0.contains("ta=6a14f3f0-601f-4c99-ab6d-445e0cde3a0b") && $0.contains("I/TA: Hello World!") },
                    "\(tee.log)")
        }

        @Test("random (GP 1.3 types) fills a memref from the CSPRNG")
        func random() throws {
            let tee = try kit.startTEE(installing: ["random/ta"])
            defer { tee.stop() }
            let run = try ChildProcess.run(kit.directory("random") + "/host/random", [],
                                           environment: ["TEE_SOCKET": tee.socketPath], outputDirectory: tee.root, timeout: 60)
            #expect(run.status == .exited(0), "\(run.stdout)\n\(run.stderr)")
            #expect(run.stdout.contains("Random: "), "\(run.stdout)")
        }

        @Test("TA-to-TA: identity TRUSTED_APP + caller UUID, private memrefs, a panicking callee is TARGET_DEAD")
        func taToTA() throws {
            let tee = try kit.startTEE(installing: ["ta_to_ta/ta_caller", "ta_to_ta/ta_callee"])
            defer { tee.stop() }
            let run = try ChildProcess.run(kit.directory("ta_to_ta") + "/host/ta_to_ta", [],
                                           environment: ["TEE_SOCKET": tee.socketPath], outputDirectory: tee.root, timeout: 60)
            #expect(run.status == .exited(0), "\(run.stdout)\n\(run.stderr)\n\(tee.log)")
            #expect(run.stdout.contains("49"), "\(run.stdout)")
            #expect(tee.isRunning)
        }

        @Test("properties of every type, sets and enumerators, with GP's errors")
        func properties() throws {
            try withAPITestSession { session, _ in
                var outputs = ClientOutputs()
                let error = teeError {
                    try session.invoke(command: APITest.properties, parameters: [.value(.valueOutput, a: 0, b: 0)], outputs: &outputs)
                }
                #expect(error == nil, "\(String(describing: error)) at api_test_ta.c line \(outputs.values[0].a)")
            }
        }

        @Test("big integers through the host's backend: ExpMod, primality, signed conversions")
        func bigIntegers() throws {
            try withAPITestSession { session, _ in
                var outputs = ClientOutputs()
                let error = teeError {
                    try session.invoke(command: APITest.bigint, parameters: [.value(.valueOutput, a: 0, b: 0)], outputs: &outputs)
                }
                #expect(error == nil, "\(String(describing: error)) at api_test_ta.c line \(outputs.values[0].a)")
            }
        }

        @Test("memory rights of client, private and read-only memory; heap limit and Mem* helpers")
        func memory() throws {
            try withAPITestSession { session, context in
                let shared = try context.allocateSharedMemory(size: 4096, flags: .inputOutput)
                defer { shared.release() }
                var outputs = ClientOutputs()
                var failedLine: UInt32 = 0
                let error = teeError {
                    try session.invoke(command: APITest.memory,
                                       parameters: [.value(.valueOutput, a: 0, b: 0), .shared(.memrefInout, memory: shared, offset: 0, size: 4096)],
                                       outputs: &outputs)
                }
                failedLine = outputs.values[0].a
                #expect(error == nil, "\(String(describing: error)) at api_test_ta.c line \(failedLine)")
                #expect(shared.buffer.allSatisfy { $0 == 0x5A })
                // The same checks on a temporary memref (copied inline for the call).
                var buffer = [UInt8](repeating: 0, count: 256)
                let inline: TEEError? = buffer.withUnsafeMutableBytes { raw in
                    teeError {
                        try session.invoke(command: APITest.memory,
                                           parameters: [.value(.valueOutput, a: 0, b: 0), .temp(.memrefInout, buffer: raw.baseAddress, size: 256)],
                                           outputs: &outputs)
                    }
                }
                #expect(inline == nil, "\(String(describing: inline)) at line \(outputs.values[0].a)")
                #expect(buffer.allSatisfy { $0 == 0x5A })
            }
        }

        @Test("TEE_Malloc(0) faults when used, TEE_Panic and every fault kill the instance: TARGET_DEAD from TEE")
        func panicsAndFaults() throws {
            let tee = try kit.startTEE(installing: ["api_test_ta"])
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            var calls: [(String, (TEESession) throws(TEEError) -> Void)] = [
                ("Malloc(0) write", { s throws(TEEError) in _ = try s.invoke(APITest.mallocZeroUse) }),
                ("TEE_Panic", { s throws(TEEError) in _ = try s.invoke(APITest.panic, .valueInput(a: 0x1234)) }),
                ("Malloc NO_FILL", { s throws(TEEError) in _ = try s.invoke(APITest.mallocNoFill) }),
            ]
            for kind in APITest.faults {
                calls.append(("fault \(kind)", { s throws(TEEError) in _ = try s.invoke(APITest.fault, .valueInput(a: kind)) }))
            }
            for (name, call) in calls {
                let session = try context.openSession(uuid: APITest.uuid)
                let error = teeError { try call(session) }
                #expect(error == TEEError(.targetDead, origin: .tee), "\(name): \(String(describing: error))")
                session.close()
            }
            #expect(tee.isRunning)
        }

        @Test("TEE_Wait is cancellable and sets the cancellation flag; the system clock advances")
        func waitAndTime() throws {
            try withAPITestSession { session, _ in
                let cancellation = TEECancellation()
                let started = Clock.now
                let canceller = Background { () -> Bool in
                    usleep(200_000)
                    cancellation.cancel()
                    return true
                }
                var outputs = ClientOutputs()
                let error = teeError {
                    try session.invoke(command: APITest.wait, parameters: [.value(.valueInout, a: 20_000, b: 0)],
                                       outputs: &outputs, cancellation: cancellation)
                }
                _ = canceller.wait(timeout: 30)
                #expect(error == TEEError(.cancel, origin: .trustedApp))
                #expect(outputs.values[0].b == 1, "cancellation flag")
                #expect(Clock.now - started < 15)
                let time = try session.invoke(APITest.time, .valueOutput).value(0)
                var now = timespec()
                clock_gettime(CLOCK_REALTIME, &now)
                #expect(abs(Int(time.a) - now.tv_sec) < 60, "REE time \(time.a) vs \(now.tv_sec)")
                #expect(time.b >= 50, "a 50 ms TEE_Wait took \(time.b) ms of system time")
            }
        }

        @Test("persistent time: not set, set, kept across teed restarts, tampering needs a reset")
        func persistentTime() throws {
            let tee = try kit.startTEE(installing: ["api_test_ta"])
            defer { tee.stop() }
            func get() throws -> (TEEResult, UInt32) {
                let context = try tee.makeContext()
                defer { context.finalize() }
                let session = try context.openSession(uuid: APITest.uuid)
                defer { session.close() }
                var outputs = ClientOutputs()
                let error = teeError {
                    try session.invoke(command: APITest.persistentGet, parameters: [.value(.valueOutput, a: 0, b: 0)], outputs: &outputs)
                }
                return (error?.result ?? .success, outputs.values[0].a)
            }
            #expect(try get().0 == .timeNotSet)
            do {
                let context = try tee.makeContext()
                defer { context.finalize() }
                let session = try context.openSession(uuid: APITest.uuid)
                _ = try session.invoke(APITest.persistentSet, .valueInput(a: 1_000_000, b: 500))
                session.close()
            }
            let (result, seconds) = try get()
            #expect(result == .success && seconds >= 1_000_000 && seconds < 1_000_100, "\(result) \(seconds)")
            tee.stop()
            try tee.start()
            let (again, later) = try get()
            #expect(again == .success && later >= 1_000_000 && later < 1_000_100, "after restart: \(again) \(later)")
            // An edited file (another offset, same tag) is not believed.
            let path = tee.stateDirectory + "/ta-time/\(APITest.uuid)"
            let text = readFile(path) ?? ""
            let fields = text.split(separator: " ")
            #expect(fields.count == 3)
            try FileSystem.writeFile(path, "\(fields[0]) \((Int(fields[1]) ?? 0) + 86_400_000) \(fields.count > 2 ? fields[2] : "")")
            #expect(try get().0 == .timeNeedsReset)
        }

        @Test("TEE_GenerateRandom; TA-to-TA timeouts and the caller's own cancellation cancel the callee; a multi-instance TA may open itself")
        func randomAndCalls() throws {
            try withAPITestSession { session, _ in
                let a = try session.invoke(APITest.random, .tempOutput(capacity: 64)).bytes(0)
                let b = try session.invoke(APITest.random, .tempOutput(capacity: 64)).bytes(0)
                #expect(a != b && a.contains { $0 != 0 })
                let started = Clock.now
                let call = try session.invoke(APITest.callTimeout, .valueInout(a: 20_000, b: 200)).value(0)
                #expect(TEEResult(call.a) == .cancel && call.b == TEEOrigin.trustedApp.rawValue, "\(TEEResult(call.a)) origin \(call.b)")
                #expect(Clock.now - started < 15)
                let selfCall = try session.invoke(APITest.callSelf, .valueOutput).value(0)
                #expect(TEEResult(selfCall.a) == .success, "\(TEEResult(selfCall.a)) origin \(selfCall.b)")
                // Cancelling the caller's operation (cancellation unmasked) cancels its callee.
                let cancellation = TEECancellation()
                let canceller = Background { () -> Bool in
                    usleep(300_000)
                    cancellation.cancel()
                    return true
                }
                let propagated = try session.invoke(APITest.callPropagate, .valueInout(a: 20_000, b: 0),
                                                    cancellation: cancellation).value(0)
                _ = canceller.wait(timeout: 30)
                #expect(TEEResult(propagated.a) == .cancel && propagated.b == TEEOrigin.trustedApp.rawValue,
                        "\(TEEResult(propagated.a)) origin \(propagated.b)")
            }
        }

        @Test("every function the headers declare links from libutee.a, in both API modes")
        func libuteeLinks() throws {
            let dir = try FileSystem.makeTemporaryDirectory()
            defer { FileSystem.removeTree(dir) }
            for compat in [false, true] {
                let program = dir + "/link_check\(compat ? "_gp11" : "")"
                // The archive goes after the program that needs its members.
                let build = try ChildProcess.run(
                    which("gcc") ?? "/usr/bin/gcc",
                    ["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-I", kit.export + "/ta_dev_kit/include"]
                        + (compat ? ["-D__OPTEE_CORE_API_COMPAT_1_1=1"] : [])
                        + [CToolchain.source("Tests/CTests/libutee_link_check.c"), kit.export + "/ta_dev_kit/lib/libutee.a",
                           "-o", program],
                    outputDirectory: dir, timeout: 120)
                #expect(build.status == .exited(0), "\(build.stderr)")
                let run = try ChildProcess.run(program, [], outputDirectory: dir, timeout: 30)
                #expect(run.status == .exited(0), "\(run.stdout)\(run.stderr)")
            }
        }

        // MARK: Helpers

        private func elf(_ directory: String) throws -> String {
            let dir = kit.directory(directory)
            guard let handle = opendir(dir) else { throw FixtureError("no \(dir)") }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasSuffix(".stripped.elf") { return dir + "/" + name }
            }
            throw FixtureError("no stripped ELF in \(dir)")
        }

        private func withAPITestSession(_ body: (TEESession, TEEContext) throws -> Void) throws {
            let tee = try kit.startTEE(installing: ["api_test_ta"])
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: APITest.uuid)
            defer { session.close() }
            try body(session, context)
        }
    }
}
