import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// A TA host that dies takes only its own sessions with it: every call on them ends in
    /// TARGET_DEAD from the TEE, and nothing else notices.
    @Suite("TA crashes")
    struct CrashTests {
        static let targetDead = TEEError(.targetDead, origin: .tee)

        struct Outcome: Sendable {
            var error: TEEError?
        }

        /// Sessions that must keep working while another instance dies.
        struct Bystanders {
            let context: TEEContext
            let otherContext: TEEContext
            let buffers: TEESession
            let hello: TEESession
            let otherClient: TEESession

            init(_ tee: TEEDaemonFixture, context: TEEContext) throws {
                self.context = context
                otherContext = try tee.makeContext()
                buffers = try context.openSession(uuid: TA.buffers)
                hello = try context.openSession(uuid: TA.helloWorld)
                otherClient = try otherContext.openSession(uuid: TA.buffers)
            }

            func check(notOn deadPID: pid_t, sourceLocation: SourceLocation = #_sourceLocation) throws {
                #expect(try buffers.instanceInfo().pid != deadPID, sourceLocation: sourceLocation)
                let bytes: [UInt8] = Array("still alive".utf8)
                #expect(try buffers.checksum(bytes).hash == fnv1a(bytes), sourceLocation: sourceLocation)
                #expect(try hello.increment(7) == 8, sourceLocation: sourceLocation)
                #expect(try otherClient.checksum(bytes).hash == fnv1a(bytes), sourceLocation: sourceLocation)
            }
        }

        /// The session is dead for good, teed is up, the host is gone, and a new open works.
        private func expectAftermath(_ tee: TEEDaemonFixture, context: TEEContext, dead session: TEESession, pid: pid_t,
                                     sourceLocation: SourceLocation = #_sourceLocation) throws {
            for _ in 0..<3 {
                #expect(teeError { try session.instanceInfo() } == Self.targetDead, sourceLocation: sourceLocation)
                #expect(teeError { try session.checksum([1, 2, 3]) } == Self.targetDead, sourceLocation: sourceLocation)
            }
            #expect(session.isDead, sourceLocation: sourceLocation)
            #expect(tee.isRunning, "teed died:\n\(tee.log)", sourceLocation: sourceLocation)
            #expect(Clock.waitUntil(timeout: 10) { !ProcFS.isAlive(pid) }, "TA host \(pid) still alive", sourceLocation: sourceLocation)
            #expect(tee.waitForInstanceGone(pid), "teed still lists instance \(pid)", sourceLocation: sourceLocation)
            let fresh = try context.openSession(uuid: TA.buffers)
            #expect(try fresh.instanceInfo().pid != pid, sourceLocation: sourceLocation)
            #expect(try fresh.checksum([9]).hash == fnv1a([9]), sourceLocation: sourceLocation)
            fresh.close()
            // Closing the dead session is harmless.
            session.close()
        }

        @Test("a crashing TA: TARGET_DEAD (0xFFFF3024) from the TEE (3), now and on every later call",
              arguments: [Buffers.Crash.panic, .abort, .segfault, .trap])
        func crash(_ kind: Buffers.Crash) throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let bystanders = try Bystanders(tee, context: context)
            defer { bystanders.otherContext.finalize() }
            let victim = try context.openSession(uuid: TA.buffers)
            let pid = try victim.instanceInfo().pid

            let result = victim.call(Buffers.crash, [.valueInput(a: kind.rawValue)])
            #expect(result.error == Self.targetDead)
            #expect(result.error?.result.rawValue == 0xFFFF_3024)
            #expect(result.error?.origin.rawValue == 3)

            try bystanders.check(notOn: pid)
            try expectAftermath(tee, context: context, dead: victim, pid: pid)
            try bystanders.check(notOn: pid)
        }

        @Test("a TA host killed with SIGKILL from outside: TARGET_DEAD")
        func killedFromOutside() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let bystanders = try Bystanders(tee, context: context)
            defer { bystanders.otherContext.finalize() }
            let victim = try context.openSession(uuid: TA.buffers)
            let pid = try victim.instanceInfo().pid
            #expect(ProcFS.stat(pid)?.ppid == tee.pid)

            #expect(kill(pid, SIGKILL) == 0)
            #expect(Clock.waitUntil(timeout: 10) { !ProcFS.isAlive(pid) })
            let result = victim.call(Buffers.nop, [])
            #expect(result.error == Self.targetDead)
            try bystanders.check(notOn: pid)
            try expectAftermath(tee, context: context, dead: victim, pid: pid)
        }

        @Test("a hung TA killed from outside: the call in progress returns TARGET_DEAD")
        func hungTA() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let bystanders = try Bystanders(tee, context: context)
            defer { bystanders.otherContext.finalize() }
            let victim = try context.openSession(uuid: TA.buffers)
            let pid = try victim.instanceInfo().pid

            let call = Background { Outcome(error: victim.call(Buffers.crash, [.valueInput(a: Buffers.Crash.hang.rawValue)]).error) }
            // The TA spins forever: nothing comes back on its own, and everyone else goes on.
            #expect(call.wait(timeout: 0.5) == nil, "the hanging call returned: \(String(describing: call.result))")
            try bystanders.check(notOn: pid)
            #expect(call.result == nil)

            #expect(kill(pid, SIGKILL) == 0)
            let outcome = call.wait(timeout: 10)
            #expect(outcome != nil, "the hung call did not return after its TA host was killed")
            #expect(outcome?.error == Self.targetDead)
            try expectAftermath(tee, context: context, dead: victim, pid: pid)
        }

        @Test("a crash in a single-instance TA ends every session on that instance; the next open starts a new one")
        func singleInstanceCrash() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let first = try context.openSession(uuid: TA.buffersSingle)
            let second = try context.openSession(uuid: TA.buffersSingle)
            let pid = try first.instanceInfo().pid
            #expect(try second.instanceInfo().pid == pid)

            #expect(first.call(Buffers.crash, [.valueInput(a: Buffers.Crash.abort.rawValue)]).error == Self.targetDead)
            #expect(teeError { try second.instanceInfo() } == Self.targetDead)
            #expect(tee.waitForInstanceGone(pid))
            let fresh = try context.openSession(uuid: TA.buffersSingle)
            let info = try fresh.instanceInfo()
            #expect(info.pid != pid)
            #expect(info.sessions == 1)
        }
    }
}
