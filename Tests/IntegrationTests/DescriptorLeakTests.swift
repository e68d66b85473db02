import Testing
import TEEClient

extension Integration {
    /// Nothing a client does leaves descriptors behind, in the client or in teed.
    @Suite("descriptor leaks")
    struct DescriptorLeakTests {
        /// One full client life: context, session, shared memory (allocated, registered and
        /// a large temporary buffer), invokes, release, close, finalize.
        private func cycle(_ tee: TEEDaemonFixture, _ n: Int) throws {
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.buffers)
            let memory = try context.allocateSharedMemory(size: 4096, flags: .inputOutput)
            memory.buffer.initializeMemory(as: UInt8.self, repeating: UInt8(truncatingIfNeeded: n))
            let sum = try session.invoke(Buffers.checksum, .partialInput(memory, offset: 0, size: 4096), .valueOutput).value(1)
            #expect(sum.a == fnv1a(memory.buffer))
            try session.invoke(Buffers.fill, .partialOutput(memory, offset: 100, size: 50), .valueInput(a: 7, b: 50))
            let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 256, alignment: 8)
            defer { scratch.deallocate() }
            let registered = try context.registerSharedMemory(scratch.baseAddress!, size: 256, flags: .inputOutput)
            try session.invoke(Buffers.reverse, .whole(registered))
            #expect(try session.checksum([UInt8](repeating: 1, count: 40_000)).count == 40_000)
            registered.release()
            memory.release()
            session.close()
        }

        @Test("50 open/invoke/release/close cycles leave the test process's descriptor count unchanged")
        func noLeak() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            try cycle(tee, 0)   // warm-up: anything opened once and kept is not a leak
            let before = ProcFS.descriptors()
            let teedBefore = ProcFS.descriptors(of: "\(tee.pid)").count
            for n in 1...50 { try cycle(tee, n) }
            let after = ProcFS.descriptors()
            let added = after.filter { before[$0.key] != $0.value }
            #expect(after.count == before.count, "descriptors before: \(before.count), after: \(after.count); new: \(added)")
            // teed lets go of everything too, once the instances have ended.
            let settled = Clock.waitUntil(timeout: 10) { ProcFS.descriptors(of: "\(tee.pid)").count <= teedBefore }
            #expect(settled, "teed holds \(ProcFS.descriptors(of: "\(tee.pid)").count) descriptors, had \(teedBefore)")
        }
    }
}
