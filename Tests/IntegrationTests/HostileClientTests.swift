import Synchronization
import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// teed's socket is open to every local user: whatever arrives on it, teed answers
    /// with an error or hangs up, and goes on serving everyone else.
    @Suite("hostile clients")
    struct HostileClientTests {
        /// A well-behaved client working in the background for the whole test.
        final class StopFlag: Sendable {
            let raised = Atomic<Bool>(false)
        }

        final class NormalClient: Sendable {
            private let stopFlag = StopFlag()
            private let job: Background<[String]>

            init(_ tee: TEEDaemonFixture) throws {
                let context = try tee.makeContext()
                let hello = try context.openSession(uuid: TA.helloWorld)
                let buffers = try context.openSession(uuid: TA.buffers)
                let flag = stopFlag
                job = Background {
                    var failures = [String]()
                    var n: UInt32 = 0
                    while !flag.raised.load(ordering: .relaxed) || n < 50 {
                        n += 1
                        do {
                            if try hello.increment(n) != n + 1 { failures.append("increment \(n) wrong") }
                            let bytes = [UInt8](repeating: UInt8(truncatingIfNeeded: n), count: Int(n % 50))
                            if try buffers.checksum(bytes).hash != fnv1a(bytes) { failures.append("checksum \(n) wrong") }
                            if n % 10 == 0 { _ = try context.status() }
                        } catch {
                            failures.append("call \(n): \(error)")
                            if failures.count > 20 { break }
                        }
                    }
                    context.finalize()
                    return failures
                }
            }

            /// Stops the loop and returns its failures (nil if it never finished).
            func finish() -> [String]? {
                stopFlag.raised.store(true, ordering: .relaxed)
                return job.wait(timeout: 60)
            }
        }

        /// Sends `bytes` on a fresh connection and checks that teed refuses them.
        private func expectRefused(_ tee: TEEDaemonFixture, _ bytes: [UInt8], fds: [Int32] = [], _ what: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) throws {
            let client = try RawClient(tee.socketPath)
            let sent = client.send(bytes, fds: fds)
            #expect(sent == 0, "\(what): send failed with errno \(sent)", sourceLocation: sourceLocation)
            if let problem = client.refusal() {
                Issue.record("\(what): \(problem)", sourceLocation: sourceLocation)
            }
        }

        private func header(_ opcode: UInt8, requestID: UInt32 = 1, magic: UInt16 = 0x5453, version: UInt8 = 1) -> [UInt8] {
            var w = WireWriter()
            w.u16(magic)
            w.u8(version)
            w.u8(opcode)
            w.u32(requestID)
            return w.bytes
        }

        @Test("malformed datagrams are refused; teed and a concurrent normal client are unaffected")
        func malformed() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let normal = try NormalClient(tee)
            let teedFDs = ProcFS.descriptors(of: "\(tee.pid)").count

            let status = StatusRequest().datagram(requestID: 5)
            for length in 1..<WireHeader.size {
                try expectRefused(tee, Array(status.prefix(length)), "\(length)-byte header")
            }
            try expectRefused(tee, header(0x03, magic: 0x5354), "wrong magic")
            try expectRefused(tee, header(0x03, magic: 0), "zero magic")
            try expectRefused(tee, header(0x03, version: 2), "version 2")
            for opcode: UInt8 in [0x00, 0x04, 0x55, 0x7F, 0xFE] {
                try expectRefused(tee, header(opcode), "unknown opcode 0x\(String(opcode, radix: 16))")
            }
            // Known opcodes that are not requests to teed.
            try expectRefused(tee, OpenSessionReply(result: .success, origin: .tee, sessionID: 1).datagram(), "a reply sent to teed")
            try expectRefused(tee, ErrorReply(result: .generic, message: "x").datagram(), "an error reply sent to teed")
            try expectRefused(tee, HostLoaded(result: .success, uuid: TA.buffers, flags: []).datagram(), "a TA host message")
            try expectRefused(tee, HostShutdown().datagram(), "a shutdown order")
            try expectRefused(tee, InvokeRequest(command: 0, operation: .empty).datagram(), "an invoke sent to teed")
            try expectRefused(tee, CancelRequest().datagram(requestID: 1), "a cancel sent to teed")
            // Valid headers, bodies that do not decode.
            let openRequest = OpenSessionRequest(uuid: TA.helloWorld, login: .public).datagram()
            for length in [WireHeader.size, WireHeader.size + 5, WireHeader.size + 16, openRequest.count - 1] {
                try expectRefused(tee, Array(openRequest.prefix(length)), "open request cut to \(length) bytes")
            }
            try expectRefused(tee, Array(CloseSessionRequest(sessionID: 1).datagram().dropLast(2)), "short close request")
            try expectRefused(tee, status + [0], "status request with a trailing byte")
            try expectRefused(tee, openRequest + [1, 2, 3], "open request with trailing bytes")
            var badTypes = header(0x01)
            badTypes += TA.helloWorld.octets + [0, 0, 0, 0, 0, 0, 0, 0] + [0x44, 0, 0, 0]
            try expectRefused(tee, badTypes, "open request with reserved parameter types")
            var badStorage = header(0x01)
            badStorage += TA.helloWorld.octets + [0, 0, 0, 0, 0, 0, 0, 0] + [0x05, 0, 0, 0, 9]
            try expectRefused(tee, badStorage, "open request with an unknown memref storage tag")
            // Oversized garbage (larger than any datagram teed accepts).
            try expectRefused(tee, [UInt8](repeating: 0xA5, count: 100_000), "100 kB of garbage")
            try expectRefused(tee, status + [UInt8](repeating: 0, count: WireHeader.maxDatagram), "an oversized status request")
            // Too many descriptors for any request.
            let devnull = (0..<20).map { _ in open("/dev/null", O_RDONLY | O_CLOEXEC) }
            defer { devnull.forEach { close($0) } }
            try expectRefused(tee, status, fds: devnull, "a status request carrying 20 descriptors")

            #expect(tee.isRunning, "teed died:\n\(tee.log)")
            #expect(try tee.status().pid == tee.pid)
            let failures = normal.finish()
            #expect(failures == [], "the normal client was disturbed: \(String(describing: failures))")
            // Every refused connection and descriptor was let go.
            let settled = Clock.waitUntil(timeout: 10) { ProcFS.descriptors(of: "\(tee.pid)").count <= teedFDs }
            #expect(settled, "teed holds \(ProcFS.descriptors(of: "\(tee.pid)").count) descriptors, had \(teedFDs)")
        }

        @Test("an empty datagram ends the connection; nothing else happens")
        func emptyDatagram() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let client = try RawClient(tee.socketPath)
            #expect(client.send([]) == 0)
            let reply = client.receive()
            #expect(reply == .closed || reply == .timeout, "\(reply)")
            #expect(try tee.status().pid == tee.pid)
        }

        @Test("empty datagrams carrying descriptors leave none open in teed")
        func emptyDatagramsWithDescriptors() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let teedFDs = ProcFS.descriptors(of: "\(tee.pid)").count
            let devnull = (0..<16).map { _ in open("/dev/null", O_RDONLY | O_CLOEXEC) }
            defer { devnull.forEach { close($0) } }
            for _ in 0..<10 {
                let client = try RawClient(tee.socketPath)
                #expect(client.send([], fds: devnull) == 0)
                _ = client.receive(timeout: 2)
            }
            // The 160 descriptors sent must all be closed again, not just the connections.
            let settled = Clock.waitUntil(timeout: 10) { ProcFS.descriptors(of: "\(tee.pid)").count <= teedFDs }
            #expect(settled, "teed holds \(ProcFS.descriptors(of: "\(tee.pid)").count) descriptors, had \(teedFDs)")
            #expect(try tee.status().pid == tee.pid)
        }

        @Test("extra descriptors on an open request: BAD_PARAMETERS from the TEE, connection kept")
        func openWithDescriptors() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let client = try RawClient(tee.socketPath)
            let devnull = (0..<5).map { _ in open("/dev/null", O_RDONLY | O_CLOEXEC) }
            defer { devnull.forEach { close($0) } }
            #expect(client.send(OpenSessionRequest(uuid: TA.helloWorld, login: .public), requestID: 7, fds: devnull) == 0)
            guard case let .datagram(bytes) = client.receive() else { Issue.record("no reply"); return }
            let (header, reply) = try decode(bytes, as: OpenSessionReply.self)
            #expect(header.requestID == 7)
            #expect(reply.result == .badParameters && reply.origin == .tee)
            let status = client.call(StatusRequest(), requestID: 8, expecting: StatusReply.self)
            #expect(status?.pid == tee.pid)
            #expect(status?.instances.isEmpty == true)
        }

        @Test("1000 random datagrams as fast as possible: teed stays up and serves a normal client throughout")
        func randomFlood() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let normal = try NormalClient(tee)
            let teedFDs = ProcFS.descriptors(of: "\(tee.pid)").count
            var rng = SplitMix64(seed: 0x5EED)
            var client = try RawClient(tee.socketPath)
            var connections = 1
            var sent = 0
            while sent < 1000 {
                var bytes = (0..<Int.random(in: 0...300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                if bytes.count >= WireHeader.size && Bool.random(using: &rng) {
                    // A plausible header in front of random bytes reaches the body decoders.
                    bytes[0] = 0x53; bytes[1] = 0x54; bytes[2] = 1
                    bytes[3] = [0x01, 0x02, 0x03, 0x20, 0x81].randomElement(using: &rng)!
                }
                if client.send(bytes) == 0 {
                    sent += 1
                } else {
                    // teed hung up on this connection (as it should): carry on with a new one.
                    client = try RawClient(tee.socketPath)
                    connections += 1
                }
            }
            #expect(connections > 1, "teed never hung up on a client sending garbage")
            #expect(tee.isRunning, "teed died:\n\(tee.log)")
            #expect(try tee.status().pid == tee.pid)
            let failures = normal.finish()
            #expect(failures == [], "the normal client was disturbed: \(String(describing: failures))")
            client = try RawClient(tee.socketPath)
            let settled = Clock.waitUntil(timeout: 10) { ProcFS.descriptors(of: "\(tee.pid)").count <= teedFDs + 1 }
            #expect(settled, "teed holds \(ProcFS.descriptors(of: "\(tee.pid)").count) descriptors, had \(teedFDs)")
        }

        @Test("closing another client's session: ITEM_NOT_FOUND, and the session still works for its owner")
        func foreignClose() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let owner = try tee.makeContext()
            defer { owner.finalize() }
            let hello = try owner.openSession(uuid: TA.helloWorld)
            let buffers = try owner.openSession(uuid: TA.buffersSingle)

            let attacker = try RawClient(tee.socketPath)
            for (i, id) in [hello.id, buffers.id, hello.id &+ 1000, 0, UInt32.max].enumerated() {
                let reply = attacker.call(CloseSessionRequest(sessionID: id), requestID: UInt32(10 + i), expecting: ResultReply.self)
                #expect(reply == ResultReply(result: .itemNotFound, origin: .tee), "closing session \(id): \(String(describing: reply))")
            }
            // The attacker's connection is still served, and the sessions are untouched.
            #expect(attacker.call(StatusRequest(), requestID: 20, expecting: StatusReply.self)?.instances.count == 2)
            #expect(try hello.increment(1) == 2)
            #expect(try buffers.instanceInfo().sessions == 1)
            #expect(!tee.log.contains("Goodbye!"))
            // Its owner can close it.
            hello.close()
            #expect(tee.log.contains("Goodbye!"))
        }
    }
}
