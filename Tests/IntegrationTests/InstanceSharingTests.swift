import Testing
import TEEClient

extension Integration {
    /// GP's instance properties, end to end: who shares a TA host process with whom.
    @Suite("instance sharing: single, multi and BUSY")
    struct InstanceSharingTests {
        @Test("single instance without multiSession: a second open gets BUSY (0xFFFF000D) from the TEE until the first closes")
        func busy() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let other = try tee.makeContext()
            defer { other.finalize() }

            let first = try context.openSession(uuid: TA.buffersSolo)
            let pid = try first.instanceInfo().pid
            let busy = teeError { try context.openSession(uuid: TA.buffersSolo) }
            #expect(busy == TEEError(.busy, origin: .tee))
            #expect(busy?.result.rawValue == 0xFFFF_000D)
            #expect(busy?.origin.rawValue == 3)
            // From another client too, and the first session is unaffected.
            #expect(teeError { try other.openSession(uuid: TA.buffersSolo) } == TEEError(.busy, origin: .tee))
            #expect(try first.instanceInfo() == (pid, 1))

            first.close()
            let next = try other.openSession(uuid: TA.buffersSolo)
            let info = try next.instanceInfo()
            #expect(info.sessions == 1)
            #expect(teeError { try context.openSession(uuid: TA.buffersSolo) } == TEEError(.busy, origin: .tee))
            next.close()
            #expect(try context.openSession(uuid: TA.buffersSolo).instanceInfo().sessions == 1)
        }

        @Test("single instance with multiSession: every session shares one TA host")
        func singleInstance() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let other = try tee.makeContext()
            defer { other.finalize() }

            let a = try context.openSession(uuid: TA.buffersSingle)
            let b = try context.openSession(uuid: TA.buffersSingle)
            let infoA = try a.instanceInfo()
            let infoB = try b.instanceInfo()
            #expect(infoA.pid == infoB.pid)
            #expect(infoA.sessions == 2)
            #expect(infoB.sessions == 2)
            // A third session from another client joins the same instance.
            let c = try other.openSession(uuid: TA.buffersSingle)
            #expect(try c.instanceInfo() == (infoA.pid, 3))
            c.close()
            #expect(try a.instanceInfo() == (infoA.pid, 2))
            #expect(try tee.status().instances.filter { $0.uuid == TA.buffersSingle }.map(\.sessions) == [2])
        }

        @Test("two clients opening and closing a single-instance TA in a loop never see TARGET_DEAD")
        func openCloseRace() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let socket = tee.socketPath
            // Each close may end the instance while the other client's open is on its way:
            // teed must send that open to a new instance, not to the one that is ending.
            let jobs = (0..<2).map { _ in
                Background { () -> [String] in
                    var failures = [String]()
                    do {
                        let context = try TEEContext(socketPath: socket)
                        defer { context.finalize() }
                        for i in 0..<150 {
                            do {
                                let session = try context.openSession(uuid: TA.buffersSingle)
                                session.close()
                            } catch {
                                failures.append("open \(i): \(error)")
                            }
                        }
                    } catch {
                        failures.append("context: \(error)")
                    }
                    return failures
                }
            }
            for job in jobs {
                let failures = job.wait(timeout: 120)
                #expect(failures == [], "\(failures ?? ["timed out"])")
            }
        }

        @Test("multi-instance: every session gets its own TA host")
        func multiInstance() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let sessions = try (0..<3).map { _ in try context.openSession(uuid: TA.buffers) }
            let infos = try sessions.map { try $0.instanceInfo() }
            #expect(Set(infos.map(\.pid)).count == 3)
            #expect(infos.allSatisfy { $0.sessions == 1 })
            let listed = try tee.status().instances.filter { $0.uuid == TA.buffers }
            #expect(Set(listed.map(\.pid)) == Set(infos.map(\.pid)))
        }

        @Test("opens racing for a single-instance TA without multiSession: exactly one wins, the others get BUSY")
        func concurrentSoloOpens() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let contexts = try (0..<4).map { _ in try tee.makeContext() }
            defer { contexts.forEach { $0.finalize() } }
            struct Attempt: Sendable {
                var session: TEESession?
                var error: TEEError?
            }
            let jobs = contexts.map { context in
                Background { () -> Attempt in
                    do throws(TEEError) {
                        return Attempt(session: try context.openSession(uuid: TA.buffersSolo))
                    } catch {
                        return Attempt(error: error)
                    }
                }
            }
            let attempts = jobs.compactMap { $0.wait(timeout: 30) }
            #expect(attempts.count == 4)
            let winners = attempts.compactMap(\.session)
            #expect(winners.count == 1)
            #expect(attempts.compactMap(\.error).allSatisfy { $0 == TEEError(.busy, origin: .tee) })
            #expect(try winners.first?.instanceInfo().sessions == 1)
        }

        @Test("opens racing for a single-instance TA that is still loading all land on one instance")
        func concurrentOpens() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let contexts = try (0..<4).map { _ in try tee.makeContext() }
            defer { contexts.forEach { $0.finalize() } }
            let jobs = contexts.map { context in
                Background { () -> [Int32] in
                    guard let session = try? context.openSession(uuid: TA.buffersSingle),
                          let info = try? session.instanceInfo() else { return [] }
                    return [info.pid]
                }
            }
            let pids = jobs.compactMap { $0.wait(timeout: 30) }.flatMap { $0 }
            #expect(pids.count == 4)
            #expect(Set(pids).count == 1)
        }
    }
}
