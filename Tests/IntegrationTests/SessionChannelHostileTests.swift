import Testing
@testable import TEEClient
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// Invokes bypass teed: a client talks to the TA host directly on its session channel.
    /// Whatever a client sends there, the host refuses it without dying, so the other
    /// clients of a shared (single-instance) TA are unaffected.
    @Suite("hostile session-channel traffic")
    struct SessionChannelHostileTests {
        private typealias MemfdCreate = @convention(c) (UnsafePointer<CChar>, UInt32) -> Int32

        /// A memfd without seals (a client could shrink it under the host's mapping).
        static func unsealedMemfd(size: Int) -> Int32 {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memfd_create") else { return -1 }
            let create = unsafeBitCast(symbol, to: MemfdCreate.self)
            let fd = create("hostile", 1 /* MFD_CLOEXEC */)
            if fd >= 0 { ftruncate(fd, off_t(size)) }
            return fd
        }

        /// The attacker's session channel, as a raw socket.
        private func raw(_ session: TEESession) -> RawClient { RawClient(adopting: dup(session.channel.fd.rawValue)) }

        private func invoke(_ command: UInt32, _ types: ParameterTypes, _ params: [WireParameter], seq: UInt32) -> [UInt8] {
            InvokeRequest(command: command, operation: WireOperation(types: types, params: params)).datagram(requestID: seq)
        }

        /// The host's answer to a raw invoke: result and origin.
        private func reply(_ client: RawClient, seq: UInt32, sourceLocation: SourceLocation = #_sourceLocation) -> TEEError? {
            switch client.receive(timeout: 10) {
            case let .datagram(bytes):
                guard let (header, reply) = try? decode(bytes, as: InvokeReply.self) else {
                    Issue.record("not an invoke reply: \(bytes.prefix(16))", sourceLocation: sourceLocation)
                    return nil
                }
                #expect(header.requestID == seq, sourceLocation: sourceLocation)
                return TEEError(reply.result, origin: reply.origin)
            case let other:
                Issue.record("no reply from the TA host: \(other)", sourceLocation: sourceLocation)
                return nil
            }
        }

        @Test("bad shared-memory references are refused with BAD_PARAMETERS from the TEE; the shared host survives")
        func badRegions() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let victimContext = try tee.makeContext()
            defer { victimContext.finalize() }
            let victim = try victimContext.openSession(uuid: TA.buffersSingle)
            let pid = try victim.instanceInfo().pid
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.buffersSingle)
            let attacker = raw(session)
            let refused = TEEError(.badParameters, origin: .tee)
            let checksum = ParameterTypes(.memrefInput, .valueOutput)
            let output = WireParameter.value(a: 0, b: 0)

            let sealed = try MemoryFile.create(name: "small", size: 16)
            let unsealed = Self.unsealedMemfd(size: 4096)
            let zero = open("/dev/zero", O_RDWR | O_CLOEXEC)
            var pipeFDs: [Int32] = [-1, -1]
            pipe(&pipeFDs)
            defer { [unsealed, zero, pipeFDs[0], pipeFDs[1]].forEach { close($0) } }
            #expect(unsealed >= 0 && zero >= 0)

            var seq: UInt32 = 0xF000_0000
            let cases: [(String, [WireParameter], [Int32])] = [
                ("an fd index with no fd attached", [.shared(id: 50, fdIndex: 0, offset: 0, size: 1), output], []),
                ("an fd index past the attached fds", [.shared(id: 50, fdIndex: 3, offset: 0, size: 1), output], [sealed.rawValue]),
                ("a region id the host never saw", [.shared(id: 77, fdIndex: nil, offset: 0, size: 1), output], []),
                ("one-call region without its fd", [.shared(id: 0, fdIndex: nil, offset: 0, size: 1), output], []),
                ("an unsealed memfd", [.shared(id: 51, fdIndex: 0, offset: 0, size: 16), output], [unsealed]),
                ("/dev/zero", [.shared(id: 52, fdIndex: 0, offset: 0, size: 16), output], [zero]),
                ("a pipe", [.shared(id: 53, fdIndex: 0, offset: 0, size: 16), output], [pipeFDs[0]]),
                ("a window past the region", [.shared(id: 54, fdIndex: 0, offset: 8, size: 16), output], [sealed.rawValue]),
                ("a huge offset", [.shared(id: 55, fdIndex: 0, offset: UInt64.max, size: 1), output], [sealed.rawValue]),
                ("a huge size", [.shared(id: 56, fdIndex: 0, offset: 1, size: UInt64.max), output], [sealed.rawValue]),
            ]
            for (what, params, fds) in cases {
                seq += 1
                #expect(attacker.send(invoke(Buffers.checksum, checksum, params + [.none, .none], seq: seq), fds: fds) == 0)
                #expect(reply(attacker, seq: seq) == refused, "\(what)")
            }
            // A valid window of the sealed region is accepted, so the refusals above were about the windows.
            seq += 1
            #expect(attacker.send(invoke(Buffers.checksum, checksum, [.shared(id: 57, fdIndex: 0, offset: 0, size: 16), output, .none, .none], seq: seq),
                                  fds: [sealed.rawValue]) == 0)
            #expect(reply(attacker, seq: seq) == TEEError(.success, origin: .trustedApp))

            #expect(ProcFS.isAlive(pid))
            #expect(try victim.instanceInfo() == (pid, 2))
        }

        @Test("garbage, wrong opcodes and floods on a session channel: no crash, other clients unaffected")
        func garbage() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let victimContext = try tee.makeContext()
            defer { victimContext.finalize() }
            let victim = try victimContext.openSession(uuid: TA.buffersSingle)
            let pid = try victim.instanceInfo().pid
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.buffersSingle)
            let attacker = raw(session)

            // Requests meant for teed, or replies: answered with BAD_PARAMETERS from the TEE.
            for (i, datagram) in [OpenSessionRequest(uuid: TA.buffers, login: .public).datagram(requestID: 0xF100_0001),
                                  StatusRequest().datagram(requestID: 0xF100_0002),
                                  InvokeReply(result: .success, origin: .tee, outputs: .empty).datagram(requestID: 0xF100_0003)].enumerated() {
                #expect(attacker.send(datagram) == 0)
                #expect(reply(attacker, seq: 0xF100_0001 + UInt32(i)) == TEEError(.badParameters, origin: .tee))
            }
            // An invoke whose body does not decode.
            let truncated = Array(InvokeRequest(command: 1, operation: .empty).datagram(requestID: 0xF100_0010).dropLast(3))
            #expect(attacker.send(truncated) == 0)
            #expect(reply(attacker, seq: 0xF100_0010) == TEEError(.badParameters, origin: .tee))

            // Random bytes, cancels and releases for things that do not exist: dropped.
            var rng = SplitMix64(seed: 7)
            for _ in 0..<500 {
                let bytes = (0..<Int.random(in: 1...200, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                attacker.send(bytes)
                attacker.send(CancelRequest().datagram(requestID: UInt32.random(in: 0...UInt32.max, using: &rng)))
                attacker.send(ReleaseSharedMemory(id: UInt32.random(in: 0...UInt32.max, using: &rng)).datagram())
            }
            // Too many descriptors for one datagram.
            let many = (0..<20).map { _ in open("/dev/null", O_RDONLY | O_CLOEXEC) }
            defer { many.forEach { close($0) } }
            attacker.send(InvokeRequest(command: 0, operation: .empty).datagram(requestID: 0xF100_0020), fds: many)

            // Drain whatever the host answered, then check it is all right.
            while case .datagram = attacker.receive(timeout: 1) {}
            #expect(ProcFS.isAlive(pid), "the shared TA host died:\n\(tee.log)")
            #expect(try victim.instanceInfo() == (pid, 2))
            #expect(try victim.checksum([1, 2, 3]).hash == fnv1a([1, 2, 3]))
            // The attacker's own session still answers proper requests on its channel.
            #expect(attacker.send(invoke(Buffers.nop, ParameterTypes(), [.none, .none, .none, .none], seq: 0xF100_0030)) == 0)
            var answered = false
            while case let .datagram(bytes) = attacker.receive(timeout: 10) {
                if let (header, r) = try? decode(bytes, as: InvokeReply.self), header.requestID == 0xF100_0030 {
                    answered = r.result == .success
                    break
                }
            }
            #expect(answered)
        }
    }
}
