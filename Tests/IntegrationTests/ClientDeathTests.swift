import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// A client that dies without closing its sessions: teed closes them for it.
    @Suite("client death cleanup")
    struct ClientDeathTests {
        @Test("a SIGKILLed client's sessions are closed: CloseSessionEntryPoint runs, its instances and hosts go")
        func killedClient() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let lib = try CToolchain.libteecDirectory(in: tee.root)
            let program = tee.root + "/hold_session"
            try CToolchain.compile([CToolchain.source("Tests/CTests/helpers/hold_session.c")], output: program, libteec: lib)

            let client = try ChildProcess(program, [], environment: ["TEE_SOCKET": tee.socketPath],
                                          stdout: tee.root + "/hold.out", stderr: tee.root + "/hold.err")
            defer { client.terminate() }
            let started = Clock.waitUntil(timeout: 30) { client.stdout.contains("\n") || client.poll() != nil }
            let fields = client.stdout.split(separator: "\n").first?.split(separator: " ") ?? []
            try #require(started && fields.count == 3 && fields[0] == "ready",
                         "client did not get ready (\(String(describing: client.poll()))): \(client.stdout)\(client.stderr)")
            let buffersPID = try #require(pid_t(fields[1]))
            let singlePID = try #require(pid_t(fields[2]))

            let before = try tee.status()
            #expect(before.clients == 2)
            #expect(Set(before.instances.map(\.pid)) == [buffersPID, singlePID])

            client.signal(SIGKILL)
            #expect(client.wait(timeout: 10) == .signaled(SIGKILL))

            let cleaned = Clock.waitUntil(timeout: 10) {
                guard let status = try? tee.status() else { return false }
                return status.instances.isEmpty && status.clients == 1
            }
            #expect(cleaned, "teed still has the dead client's state: \(String(describing: try? tee.status()))")
            for pid in [buffersPID, singlePID] {
                #expect(Clock.waitUntil(timeout: 10) { !ProcFS.isAlive(pid) }, "TA host \(pid) outlived its client")
                #expect(tee.waitForLog { _ in tee.taLogged("CloseSessionEntryPoint", pid: pid) },
                        "no CloseSessionEntryPoint for \(pid)\n\(tee.log)")
                #expect(tee.waitForLog { _ in tee.taLogged("DestroyEntryPoint", pid: pid) },
                        "no DestroyEntryPoint for \(pid)\n\(tee.log)")
            }
            // teed serves the next client as before.
            let context = try tee.makeContext()
            defer { context.finalize() }
            #expect(try context.openSession(uuid: TA.buffersSingle).instanceInfo().sessions == 1)
        }

        @Test("a client killed in the middle of a call: its session is still closed and its instance ends")
        func killedDuringCall() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let lib = try CToolchain.libteecDirectory(in: tee.root)
            let program = tee.root + "/hold_session"
            try CToolchain.compile([CToolchain.source("Tests/CTests/helpers/hold_session.c")], output: program, libteec: lib)
            let client = try ChildProcess(program, ["2000"], environment: ["TEE_SOCKET": tee.socketPath],
                                          stdout: tee.root + "/hold.out", stderr: tee.root + "/hold.err")
            defer { client.terminate() }
            let started = Clock.waitUntil(timeout: 30) { client.stdout.contains("\n") || client.poll() != nil }
            let fields = client.stdout.split(separator: "\n").first?.split(separator: " ") ?? []
            try #require(started && fields.count == 3, "client did not get ready: \(client.stdout)\(client.stderr)")
            let buffersPID = try #require(pid_t(fields[1]))
            let singlePID = try #require(pid_t(fields[2]))

            client.signal(SIGKILL)
            #expect(client.wait(timeout: 10) == .signaled(SIGKILL))
            #expect(!client.stdout.contains("wait returned"), "the WAIT finished before the client was killed")
            // The WAIT ends on its own after 2 s at the latest; then the close must happen.
            for pid in [buffersPID, singlePID] {
                #expect(Clock.waitUntil(timeout: 15) { !ProcFS.isAlive(pid) }, "TA host \(pid) outlived its client")
                // The host can be gone a moment before teed has read and logged its last lines.
                #expect(tee.waitForLog { _ in tee.taLogged("CloseSessionEntryPoint", pid: pid) },
                        "no CloseSessionEntryPoint for \(pid)\n\(tee.log)")
            }
            #expect(tee.waitForInstanceGone(buffersPID))
            #expect(try tee.status().instances.isEmpty)
        }

        @Test("a Swift client that drops its context without closing: sessions closed, shared instance keeps the others")
        func abandonedContext() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let survivor = try tee.makeContext()
            defer { survivor.finalize() }
            let kept = try survivor.openSession(uuid: TA.buffersSingle)
            let pid = try kept.instanceInfo().pid

            do {
                let doomed = try tee.makeContext()
                let a = try doomed.openSession(uuid: TA.buffersSingle)
                _ = try doomed.openSession(uuid: TA.buffersSingle)
                #expect(try a.instanceInfo() == (pid, 3))
                // No close, no finalize: the connection just goes away.
            }
            #expect(Clock.waitUntil(timeout: 10) { (try? kept.instanceInfo().sessions) == 1 },
                    "sessions of the vanished client still open: \(String(describing: try? kept.instanceInfo()))")
            #expect(try kept.instanceInfo().pid == pid)
        }
    }
}
