import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// TEEC_RequestCancellation through TEECancellation.
    @Suite("cancellation")
    struct CancellationTests {
        struct Outcome: Sendable {
            var error: TEEError?
            var elapsed: Double
        }

        @Test("cancelling a WAIT 5000 in progress returns CANCEL well within 5 s")
        func cancelInProgress() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.buffers)

            // The cancel must land while the call runs. If it lands first (the thread had
            // not started the call yet), the call ends in CANCEL from the API; try again
            // with a longer head start.
            var headStart = 0.1
            for _ in 0..<6 {
                let cancellation = TEECancellation()
                let call = Background { () -> Outcome in
                    let start = Clock.now
                    let error = session.call(Buffers.wait, [.valueInput(a: 5000)], cancellation: cancellation).error
                    return Outcome(error: error, elapsed: Clock.now - start)
                }
                usleep(useconds_t(headStart * 1e6))
                let cancelledAt = Clock.now
                cancellation.cancel()
                let outcome = try #require(call.wait(timeout: 10), "the cancelled WAIT did not return within 10 s")
                let returnedAfter = Clock.now - cancelledAt
                if outcome.error == TEEError(.cancel, origin: .api) {
                    headStart *= 2
                    continue
                }
                #expect(outcome.error?.result == .cancel, "\(String(describing: outcome.error))")
                #expect(outcome.error?.origin == .trustedApp, "\(String(describing: outcome.error))")
                #expect(outcome.elapsed < 4.0, "the call took \(outcome.elapsed) s")
                #expect(returnedAfter < 3.0, "returned \(returnedAfter) s after the cancel")
                // The session is fine afterwards, and a later cancel is harmless.
                try session.invoke(Buffers.nop)
                cancellation.cancel()
                try session.invoke(Buffers.wait, .valueInput(a: 1))
                return
            }
            Issue.record("the cancel never reached a running call")
        }

        @Test("cancelling before the call starts: CANCEL from the API, nothing sent, session unaffected")
        func cancelBeforeStart() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.buffers)

            let cancellation = TEECancellation()
            cancellation.cancel()
            let start = Clock.now
            let result = session.call(Buffers.wait, [.valueInput(a: 5000)], cancellation: cancellation)
            #expect(result.error == TEEError(.cancel, origin: .api))
            #expect(Clock.now - start < 1.0)
            // Still usable, with and without a fresh cancellation object.
            try session.invoke(Buffers.nop)
            try session.invoke(Buffers.wait, .valueInput(a: 1), cancellation: TEECancellation())
            #expect(try session.instanceInfo().sessions == 1)
        }

        @Test("a cancellation of a call that already finished changes nothing")
        func cancelAfterFinish() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.buffers)
            let cancellation = TEECancellation()
            try session.invoke(Buffers.wait, .valueInput(a: 1), cancellation: cancellation)
            cancellation.cancel()
            let start = Clock.now
            try session.invoke(Buffers.wait, .valueInput(a: 200))
            #expect(Clock.now - start >= 0.19, "a stale cancel cut a later WAIT short")
            #expect(try session.checksum([1, 2]).hash == fnv1a([1, 2]))
        }
    }
}
