import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// TA hosts are confined: no network, and their memory is out of reach of normal-world
    /// processes of the same user.
    @Suite("TA sandbox")
    struct SandboxTests {
        @Test("a TA cannot open AF_INET or AF_NETLINK sockets: EPERM (1)")
        func noNetwork() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            for uuid in [TA.buffers, TA.buffersSingle] {
                let session = try context.openSession(uuid: uuid)
                let errnos = try session.invoke(Buffers.tryNetwork, .valueOutput).value(0)
                #expect(errnos.a == UInt32(EPERM), "socket(AF_INET) in the TA: errno \(errnos.a)")
                #expect(errnos.b == UInt32(EPERM), "socket(AF_NETLINK) in the TA: errno \(errnos.b)")
                #expect(errnos.a == 1 && errnos.b == 1)
            }
            // The same calls work for the test process itself (the filter is the TA's).
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #expect(fd >= 0)
            if fd >= 0 { close(fd) }
        }

        /// Whether this process holds `capability` in its effective set.
        static func holds(_ capability: Int) -> Bool {
            guard let hex = ProcFS.status(getpid(), field: "CapEff"), let bits = UInt64(hex, radix: 16) else { return false }
            return bits & (1 << UInt64(capability)) != 0
        }

        @Test("a process without CAP_SYS_PTRACE cannot read a TA host's memory through /proc/<pid>/mem")
        func memoryIsPrivate() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.buffers)
            let pid = try session.instanceInfo().pid
            let secret = try session.invoke(Buffers.secret, .valueOutput, .tempOutput(capacity: 32))
            #expect(secret.bytes(1) == Buffers.secretBytes)
            let address = UInt64(secret.value(0).b) << 32 | UInt64(secret.value(0).a)
            #expect(address != 0)
            let secretHex = Buffers.secretBytes.map { String($0, radix: 16) }.joined(separator: " ")

            let program = tee.root + "/proc_mem_peek"
            try CToolchain.compile([CToolchain.source("Tests/CTests/helpers/proc_mem_peek.c")], output: program)
            let peek = { (arguments: [String]) throws -> (status: ExitStatus?, stdout: String, stderr: String) in
                try ChildProcess.run(program, arguments, outputDirectory: tee.root, timeout: 30)
            }

            // Positive control: the helper, capabilities dropped, reads its own memory this way.
            let control = try peek(["self"])
            #expect(control.status == .exited(0), "the helper cannot read /proc/self/mem: \(control)")

            // The attack: same uid, no CAP_SYS_PTRACE / CAP_SYS_ADMIN.
            let attack = try peek([String(pid), String(address, radix: 16), "32"])
            #expect(attack.status == .exited(10) || attack.status == .exited(11),
                    "reading the TA host's memory: \(attack)")
            #expect(!attack.stdout.contains(secretHex), "the secret leaked: \(attack.stdout)")
            #expect(ProcFS.isAlive(pid))

            // Second control: with CAP_SYS_PTRACE (root here) the same read finds the secret,
            // so the address is right and the attack failed for the right reason.
            if Self.holds(19) {
                let privileged = try peek(["--keep-caps", String(pid), String(address, radix: 16), "32"])
                #expect(privileged.status == .exited(0), "\(privileged)")
                #expect(privileged.stdout.contains(secretHex), "\(privileged.stdout)")
            }
            #expect(try session.instanceInfo().pid == pid)
        }

        @Test("TA hosts are not dumpable and have no new privileges")
        func hostHardening() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let pid = try context.openSession(uuid: TA.buffers).instanceInfo().pid
            #expect(ProcFS.status(pid, field: "NoNewPrivs") == "1")
            #expect(ProcFS.status(pid, field: "Seccomp") == "2")
            // /proc/<pid>/mem of a non-dumpable process belongs to root, whoever runs it.
            #expect(ProcFS.stat(pid)?.ppid == tee.pid)
        }
    }
}
