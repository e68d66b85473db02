import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// Starting and stopping teed itself.
    @Suite("teed lifecycle")
    struct DaemonLifecycleTests {
        @Test("a second teed on the same socket exits non-zero with a message; the first keeps serving")
        func secondInstance() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let second = try tee.spawnTeed(stderr: tee.root + "/second.log")
            defer { second.terminate() }
            let status = second.wait(timeout: 30)
            #expect(status != nil, "the second teed is still running")
            #expect(status != .exited(0), "the second teed ended with \(String(describing: status))")
            if case let .exited(code)? = status { #expect(code != 0) }
            let message = readFile(tee.root + "/second.log") ?? ""
            #expect(message.contains("already"), "second teed said: \(message)")
            #expect(message.contains(tee.socketPath), "second teed said: \(message)")
            // The first one is untouched.
            #expect(tee.isRunning)
            #expect(FileSystem.isSocket(tee.socketPath))
            let context = try tee.makeContext()
            defer { context.finalize() }
            #expect(try context.openSession(uuid: TA.helloWorld).increment(1) == 2)
            #expect(try context.status().pid == tee.pid)
        }

        @Test("a stale socket left by a SIGKILLed teed does not block a restart")
        func staleSocket() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            let session = try context.openSession(uuid: TA.buffers)
            let hostPID = try session.instanceInfo().pid
            let oldPID = tee.pid

            let hosts = tee.killHard()
            #expect(hosts.contains(hostPID))
            try #require(FileSystem.isSocket(tee.socketPath), "no stale socket to test with")
            // TA hosts die with their teed.
            for pid in hosts {
                #expect(Clock.waitUntil(timeout: 10) { !ProcFS.isAlive(pid) }, "TA host \(pid) outlived a killed teed")
            }
            #expect(session.call(Buffers.nop, []).error == TEEError(.targetDead, origin: .tee))
            context.finalize()

            try tee.start()
            #expect(tee.pid != oldPID)
            let fresh = try tee.makeContext()
            defer { fresh.finalize() }
            #expect(try fresh.openSession(uuid: TA.helloWorld).increment(41) == 42)
            #expect(try fresh.status().pid == tee.pid)
        }

        @Test("SIGTERM with open sessions: CloseSessionEntryPoint runs for each, teed exits 0 and removes its socket")
        func sigtermWithSessions() throws {
            let tee = try TEEDaemonFixture()
            let context = try tee.makeContext()
            defer { context.finalize() }
            let other = try tee.makeContext()
            defer { other.finalize() }

            var expected = [pid_t: Int]()   // host pid -> sessions open on it
            let multi = try (0..<2).map { _ in try context.openSession(uuid: TA.buffers) }
            for s in multi { expected[try s.instanceInfo().pid, default: 0] += 1 }
            let single = try [context.openSession(uuid: TA.buffersSingle), other.openSession(uuid: TA.buffersSingle)]
            expected[try single[0].instanceInfo().pid, default: 0] += 2
            // An idle keep-alive instance: its only session closed before the SIGTERM.
            let keepAlive = try other.openSession(uuid: TA.buffersKeepAlive)
            let idlePID = try keepAlive.instanceInfo().pid
            keepAlive.close()
            expected[idlePID] = 1
            let solo = try context.openSession(uuid: TA.buffersSolo)
            expected[try solo.instanceInfo().pid, default: 0] += 1
            let hello = try other.openSession(uuid: TA.helloWorld)
            _ = try hello.increment(1)

            let status = tee.stop()
            #expect(status == .exited(0))
            for (pid, count) in expected {
                let closes = tee.log.split(separator: "\n").filter { $0.hasSuffix("] CloseSessionEntryPoint") && $0.contains("pid=\(pid) ") }
                #expect(closes.count == count, "host \(pid): \(closes.count) CloseSessionEntryPoint, expected \(count)\n\(tee.log)")
            }
            #expect(tee.log.contains("Goodbye!"), "hello-world's CloseSessionEntryPoint did not run")
            #expect(!ProcFS.isAlive(idlePID))
            #expect(tee.log.contains("teed stopped"))
            // The clients find out cleanly.
            #expect(teeError { try context.status() }?.origin == .comms)
            #expect(multi[0].call(Buffers.nop, []).error == TEEError(.targetDead, origin: .tee))
        }

        @Test("SIGTERM while a TA hangs: teed ends it after the grace period and still exits 0")
        func sigtermWithHungTA() throws {
            let tee = try TEEDaemonFixture()
            let context = try tee.makeContext()
            defer { context.finalize() }
            let hung = try context.openSession(uuid: TA.buffers)
            let pid = try hung.instanceInfo().pid
            let healthy = try context.openSession(uuid: TA.buffersSingle)
            let healthyPID = try healthy.instanceInfo().pid
            let call = Background { CrashTests.Outcome(error: hung.call(Buffers.crash, [.valueInput(a: Buffers.Crash.hang.rawValue)]).error) }
            #expect(call.wait(timeout: 0.3) == nil)

            let start = Clock.now
            #expect(tee.stop() == .exited(0))
            #expect(Clock.now - start < 20, "teed took \(Clock.now - start) s to stop")
            #expect(!ProcFS.isAlive(pid))
            #expect(call.wait(timeout: 10)?.error == TEEError(.targetDead, origin: .tee))
            // The healthy instance was closed properly, not just killed.
            #expect(tee.taLogged("CloseSessionEntryPoint", pid: healthyPID), "\(tee.log)")
        }

        @Test("teed creates its state and TA directories with mode 0700")
        func stateDirectoryMode() throws {
            let tee = try TEEDaemonFixture(installTAs: false)
            defer { tee.stop() }
            #expect(FileSystem.mode(tee.stateDirectory) == 0o700, "state directory mode \(String(FileSystem.mode(tee.stateDirectory) ?? 0, radix: 8))")
            #expect(FileSystem.mode(tee.taDirectory) == 0o700, "TA directory mode \(String(FileSystem.mode(tee.taDirectory) ?? 0, radix: 8))")
            #expect(try tee.status().installedTAs.isEmpty)
            // TAs installed while teed runs are found on the next open.
            try tee.installTAs()
            #expect(try tee.status().installedTAs.count == TA.images.count)
            let context = try tee.makeContext()
            defer { context.finalize() }
            #expect(try context.openSession(uuid: TA.helloWorld).increment(1) == 2)
        }

        @Test("teed creates a missing socket directory, 0700, and serves there")
        func socketDirectory() throws {
            let tee = try TEEDaemonFixture(start: false)
            let socketDirectory = tee.root + "/run/swift-tee"
            let socketPath = socketDirectory + "/teed.sock"
            let child = try ChildProcess(
                TEEDaemonFixture.productsDirectory + "/teed",
                ["--state-dir", tee.stateDirectory, "--socket", socketPath, "--log-level", "debug",
                 "--trust-store", tee.trustStoreDirectory],
                stdout: tee.root + "/teed.stdout", stderr: tee.logPath)
            defer { child.terminate() }
            #expect(Clock.waitUntil(timeout: 30) { FileSystem.isSocket(socketPath) || child.poll() != nil })
            #expect(FileSystem.mode(socketDirectory) == 0o700)
            let context = try TEEContext(socketPath: socketPath)
            #expect(try context.openSession(uuid: TA.helloWorld).increment(1) == 2)
            context.finalize()
            child.signal(SIGTERM)
            #expect(child.wait(timeout: 30) == .exited(0))
            #expect(!FileSystem.exists(socketPath))
        }

        private typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32

        /// prctl(PR_SET_CHILD_SUBREAPER) (prctl is variadic, so Glibc does not import it).
        @discardableResult
        static func setChildSubreaper(_ on: Bool) -> Bool {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") else { return false }
            let prctl = unsafeBitCast(symbol, to: Prctl.self)
            let PR_SET_CHILD_SUBREAPER: Int32 = 36
            return prctl(PR_SET_CHILD_SUBREAPER, on ? 1 : 0, 0, 0, 0) == 0
        }

        @Test("teed reaps every TA host it started before it exits: no zombie outlives it")
        func reapsChildren() throws {
            // As a child subreaper, this process inherits whatever teed leaves unreaped. Whether
            // teed gets to reap a host that ends during shutdown can be a race, so ten rounds.
            try #require(Self.setChildSubreaper(true))
            defer { Self.setChildSubreaper(false) }
            var unreaped = [pid_t]()
            var total = 0
            for round in 0..<10 {
                let tee = try TEEDaemonFixture()
                let context = try tee.makeContext()
                // Odd rounds stop an idle teed (only its pre-started host), even ones a busy teed.
                let opened = round % 2 == 1 ? [] : [TA.buffers, TA.buffers, TA.buffersKeepAlive, TA.helloWorld]
                for uuid in opened {
                    _ = try context.openSession(uuid: uuid)
                }
                let hosts = tee.hostPIDs()
                total += hosts.count
                #expect(hosts.count >= opened.count)
                tee.stop()
                context.finalize()
                for pid in hosts where ProcFS.stat(pid)?.ppid == getpid() {
                    unreaped.append(pid)
                    var status: Int32 = 0
                    waitpid(pid, &status, 0)
                }
            }
            #expect(unreaped.isEmpty, "teed exited without reaping \(unreaped.count) of \(total) TA hosts \(unreaped): they were left as zombies")
        }
    }
}
