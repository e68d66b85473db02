import Testing
import TEEClient

extension Integration {
    /// Many threads, sessions and contexts at once.
    @Suite("concurrency")
    struct ConcurrencyTests {
        /// 200 checksums of varying buffers on `session`; returns what went wrong.
        static func hammer(_ session: TEESession, seed: Int, memory: TEESharedMemory?) -> [String] {
            var failures = [String]()
            for n in 0..<200 {
                let bytes = (0..<(n % 97)).map { UInt8(truncatingIfNeeded: $0 &+ seed &* 7 &+ n) }
                do {
                    let sum: (hash: UInt32, count: UInt32)
                    if let memory, n % 2 == 1 {
                        memory.buffer.copyBytes(from: bytes)
                        let v = try session.invoke(Buffers.checksum, .partialInput(memory, offset: 0, size: bytes.count), .valueOutput).value(1)
                        sum = (v.a, v.b)
                    } else {
                        sum = try session.checksum(bytes)
                    }
                    if sum.hash != fnv1a(bytes) || sum.count != UInt32(bytes.count) {
                        failures.append("invoke \(n): got \(sum), expected \(fnv1a(bytes))")
                    }
                } catch {
                    failures.append("invoke \(n): \(error)")
                }
            }
            return failures
        }

        private func run(_ sessions: [TEESession], memories: [TEESharedMemory?]) {
            let jobs = sessions.enumerated().map { i, session in
                let memory = memories[i]
                return Background { Self.hammer(session, seed: i, memory: memory) }
            }
            for (i, job) in jobs.enumerated() {
                let failures = job.wait(timeout: 180)
                #expect(failures != nil, "thread \(i) did not finish within 180 s")
                #expect(failures?.isEmpty == true, "thread \(i): \(failures ?? [])")
            }
        }

        @Test("8 threads × 8 sessions × 200 invokes on one context all succeed")
        func oneContext() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let sessions = try (0..<8).map { i in try context.openSession(uuid: i % 2 == 0 ? TA.buffers : TA.buffersSingle) }
            let memories: [TEESharedMemory?] = try (0..<8).map { _ in try context.allocateSharedMemory(size: 128, flags: .input) }
            run(sessions, memories: memories)
            #expect(try tee.status().instances.filter { $0.uuid == TA.buffersSingle }.map(\.sessions) == [4])
        }

        @Test("8 threads over 2 contexts × 200 invokes all succeed")
        func twoContexts() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let contexts = try [tee.makeContext(), tee.makeContext()]
            defer { contexts.forEach { $0.finalize() } }
            let sessions = try (0..<8).map { i in try contexts[i % 2].openSession(uuid: TA.buffers) }
            let memories: [TEESharedMemory?] = try (0..<8).map { i in
                i % 4 == 0 ? nil : try contexts[i % 2].allocateSharedMemory(size: 128, flags: .inputOutput)
            }
            run(sessions, memories: memories)
            #expect(try tee.status().clients == 3)
        }

        @Test("4 threads sharing one session: calls are serialised, none is lost")
        func sharedSession() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.buffers)
            run(Array(repeating: session, count: 4), memories: [nil, nil, nil, nil])
        }

        @Test("threads opening and closing sessions on one context while others invoke")
        func openCloseChurn() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let steady = try context.openSession(uuid: TA.buffersKeepAlive)
            let churners = (0..<3).map { i in
                Background { () -> [String] in
                    var failures = [String]()
                    for n in 0..<15 {
                        do {
                            let s = try context.openSession(uuid: i == 0 ? TA.helloWorld : TA.buffersKeepAlive)
                            if i == 0 { _ = try s.increment(UInt32(n)) } else { _ = try s.instanceInfo() }
                            s.close()
                        } catch {
                            failures.append("cycle \(n): \(error)")
                        }
                    }
                    return failures
                }
            }
            let invoker = Background { Self.hammer(steady, seed: 99, memory: nil) }
            for job in churners + [invoker] {
                let failures = job.wait(timeout: 180)
                #expect(failures?.isEmpty == true, "\(String(describing: failures))")
            }
            #expect(try steady.instanceInfo().sessions == 1)
        }
    }
}
