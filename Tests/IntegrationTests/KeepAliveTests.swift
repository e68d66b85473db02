import Testing
import TEEClient

extension Integration {
    /// When an instance ends: after its last session unless it is kept alive; never
    /// through DestroyEntryPoint when it crashed.
    @Suite("instance lifetime and keep-alive")
    struct KeepAliveTests {
        @Test("keep-alive: the instance outlives its last session, and the next open reuses it")
        func keepAlive() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }

            let first = try context.openSession(uuid: TA.buffersKeepAlive)
            let pid = try first.instanceInfo().pid
            first.close()
            #expect(ProcFS.isAlive(pid))
            let listed = try tee.status().instances.filter { $0.uuid == TA.buffersKeepAlive }
            #expect(listed.map(\.pid) == [pid])
            #expect(listed.first?.sessions == 0)

            let second = try context.openSession(uuid: TA.buffersKeepAlive)
            #expect(try second.instanceInfo() == (pid, 1))
            second.close()
            #expect(!tee.taLogged("DestroyEntryPoint", pid: pid))
            #expect(tee.taLogged("CreateEntryPoint", pid: pid))
        }

        @Test("single instance without keep-alive: DestroyEntryPoint after the last close; the next open gets a new host")
        func notKeptAlive() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }

            let a = try context.openSession(uuid: TA.buffersSingle)
            let b = try context.openSession(uuid: TA.buffersSingle)
            let pid = try a.instanceInfo().pid
            a.close()
            // One session is left: the instance lives on.
            #expect(!tee.taLogged("DestroyEntryPoint", pid: pid))
            #expect(try b.instanceInfo() == (pid, 1))
            b.close()
            #expect(tee.waitForLog { _ in tee.taLogged("DestroyEntryPoint", pid: pid) }, "no DestroyEntryPoint for \(pid):\n\(tee.log)")
            #expect(tee.taLogged("CloseSessionEntryPoint", pid: pid))
            #expect(Clock.waitUntil(timeout: 10) { !ProcFS.isAlive(pid) })
            #expect(tee.waitForInstanceGone(pid))

            let c = try context.openSession(uuid: TA.buffersSingle)
            let info = try c.instanceInfo()
            #expect(info.pid != pid)
            #expect(info.sessions == 1)
        }

        @Test("a crashed instance never runs DestroyEntryPoint", arguments: [TA.buffersSingle, TA.buffersKeepAlive, TA.buffers])
        func noDestroyAfterCrash(_ uuid: TEEUUID) throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }

            let session = try context.openSession(uuid: uuid)
            let pid = try session.instanceInfo().pid
            #expect(session.call(Buffers.crash, [.valueInput(a: Buffers.Crash.panic.rawValue)]).error == TEEError(.targetDead, origin: .tee))
            #expect(tee.waitForInstanceGone(pid))
            #expect(Clock.waitUntil(timeout: 10) { !ProcFS.isAlive(pid) })
            // The log is about the right process (positive control), and has no destroy for it.
            #expect(tee.taLogged("CreateEntryPoint", pid: pid))
            #expect(!tee.taLogged("DestroyEntryPoint", pid: pid), "\(tee.log)")
            session.close()
        }
    }
}
