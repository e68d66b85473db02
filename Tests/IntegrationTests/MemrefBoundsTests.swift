import Testing
import TEEClient

extension Integration {
    /// Partial memrefs must lie inside their block, in a direction its flags allow; the
    /// client library refuses anything else (BAD_PARAMETERS from the API) before sending.
    @Suite("memref windows and bounds")
    struct MemrefBoundsTests {
        static let badParameters = TEEError(.badParameters, origin: .api)

        /// A session on the buffers TA and a 64-byte in/out block holding 0, 1, … 63.
        private func setUp() throws -> (TEEDaemonFixture, TEEContext, TEESession, TEESharedMemory) {
            let tee = try TEEDaemonFixture()
            let context = try tee.makeContext()
            let session = try context.openSession(uuid: TA.buffers)
            let memory = try context.allocateSharedMemory(size: 64, flags: .inputOutput)
            for i in 0..<64 { memory.buffer[i] = UInt8(i) }
            return (tee, context, session, memory)
        }

        @Test("windows that end exactly at the block's end are accepted, in every direction")
        func windowsAtTheEnd() throws {
            let (tee, context, session, memory) = try setUp()
            defer { tee.stop() }
            defer { context.finalize() }
            for (offset, size) in [(0, 64), (60, 4), (63, 1), (64, 0), (0, 0), (32, 32)] {
                let sum = try session.invoke(Buffers.checksum, .partialInput(memory, offset: offset, size: size), .valueOutput).value(1)
                #expect(sum.a == fnv1a((offset..<offset + size).map { UInt8($0) }), "offset \(offset) size \(size)")
                #expect(sum.b == UInt32(size))
            }
            // Output window at the very end.
            let fill = try session.invoke(Buffers.fill, .partialOutput(memory, offset: 56, size: 8), .valueInput(a: 0xEE, b: 8))
            #expect(fill.size(0) == 8)
            #expect(Array(memory.buffer[56..<64]) == [UInt8](repeating: 0xEE, count: 8))
            #expect(Array(memory.buffer[0..<56]) == (0..<56).map { UInt8($0) })
            // In/out window at the very end: reversed in place, nothing else touched.
            try session.invoke(Buffers.reverse, .partialInout(memory, offset: 60, size: 4))
            #expect(Array(memory.buffer[60..<64]) == [0xEE, 0xEE, 0xEE, 0xEE])
            try session.invoke(Buffers.reverse, .partialInout(memory, offset: 52, size: 8))
            #expect(Array(memory.buffer[52..<60]) == [0xEE, 0xEE, 0xEE, 0xEE, 55, 54, 53, 52])
        }

        @Test("one byte past the end, or before the start, is BAD_PARAMETERS from the API")
        func pastTheEnd() throws {
            let (tee, context, session, memory) = try setUp()
            defer { tee.stop() }
            defer { context.finalize() }
            for (offset, size) in [(61, 4), (0, 65), (64, 1), (65, 0), (1, 64), (-1, 1), (0, -1), (-4, 8)] {
                for parameter in [TEEParameter.partialInput(memory, offset: offset, size: size),
                                  .partialOutput(memory, offset: offset, size: size),
                                  .partialInout(memory, offset: offset, size: size)] {
                    let result = session.call(Buffers.nop, [parameter])
                    #expect(result.error == Self.badParameters, "offset \(offset) size \(size): \(String(describing: result.error))")
                }
            }
            #expect(try session.instanceInfo().sessions == 1)
        }

        @Test("offset + size overflowing Int is BAD_PARAMETERS from the API")
        func overflow() throws {
            let (tee, context, session, memory) = try setUp()
            defer { tee.stop() }
            defer { context.finalize() }
            for (offset, size) in [(Int.max, 1), (1, Int.max), (Int.max, Int.max), (Int.max, 0), (32, Int.max - 16), (Int.min, 1)] {
                #expect(session.call(Buffers.nop, [.partialInput(memory, offset: offset, size: size)]).error == Self.badParameters)
                #expect(session.call(Buffers.nop, [.partialInout(memory, offset: offset, size: size)]).error == Self.badParameters)
            }
        }

        @Test("a direction the block's flags do not allow is BAD_PARAMETERS from the API")
        func directions() throws {
            let (tee, context, session, _) = try setUp()
            defer { tee.stop() }
            defer { context.finalize() }
            let input = try context.allocateSharedMemory(size: 16, flags: .input)
            let output = try context.allocateSharedMemory(size: 16, flags: .output)

            #expect(session.call(Buffers.nop, [.partialOutput(input, offset: 0, size: 16)]).error == Self.badParameters)
            #expect(session.call(Buffers.nop, [.partialInout(input, offset: 0, size: 16)]).error == Self.badParameters)
            #expect(session.call(Buffers.nop, [.partialInput(output, offset: 0, size: 16)]).error == Self.badParameters)
            #expect(session.call(Buffers.nop, [.partialInout(output, offset: 0, size: 16)]).error == Self.badParameters)

            // The allowed directions work.
            input.buffer.copyBytes(from: [UInt8](repeating: 3, count: 16))
            #expect(try session.invoke(Buffers.checksum, .partialInput(input, offset: 4, size: 8), .valueOutput).value(1).a
                    == fnv1a([UInt8](repeating: 3, count: 8)))
            try session.invoke(Buffers.fill, .partialOutput(output, offset: 8, size: 8), .valueInput(a: 0x77, b: 8))
            #expect(Array(output.buffer[8..<16]) == [UInt8](repeating: 0x77, count: 8))
            // A whole output-only block is an output memref: the TA refuses it as checksum input.
            #expect(session.call(Buffers.checksum, [.whole(output), .valueOutput]).error == TEEError(.badParameters, origin: .trustedApp))
            // Flags must name a direction.
            #expect(throws: Self.badParameters) { try context.allocateSharedMemory(size: 16, flags: []) }
            #expect(throws: Self.badParameters) { try context.allocateSharedMemory(size: -1, flags: .input) }
        }

        @Test("zero-size shared memory: whole and empty partial memrefs work; anything larger does not")
        func zeroSize() throws {
            let (tee, context, session, _) = try setUp()
            defer { tee.stop() }
            defer { context.finalize() }
            let empty = try context.allocateSharedMemory(size: 0, flags: .inputOutput)
            #expect(empty.size == 0)
            #expect(empty.buffer.count == 0)
            let whole = try session.invoke(Buffers.checksum, .partialInput(empty, offset: 0, size: 0), .valueOutput).value(1)
            #expect(whole.a == 0x811c_9dc5)
            #expect(whole.b == 0)
            try session.invoke(Buffers.nop, .whole(empty))
            try session.invoke(Buffers.reverse, .whole(empty))
            // Asking the TA to write into it: SHORT_BUFFER with the size needed.
            let fill = session.call(Buffers.fill, [.partialOutput(empty, offset: 0, size: 0), .valueInput(a: 1, b: 4)])
            #expect(fill.error == TEEError(.shortBuffer, origin: .trustedApp))
            #expect(fill.size(0) == 4)
            #expect(session.call(Buffers.nop, [.partialInput(empty, offset: 0, size: 1)]).error == Self.badParameters)
            #expect(session.call(Buffers.nop, [.partialInput(empty, offset: 1, size: 0)]).error == Self.badParameters)
            empty.release()

            // A zero-size temporary buffer is fine too.
            #expect(try session.checksum([]) == (0x811c_9dc5, 0))
        }

        @Test("registered memory: windows are mirrored both ways, bounds checked the same way")
        func registered() throws {
            let (tee, context, session, _) = try setUp()
            defer { tee.stop() }
            defer { context.finalize() }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 32, alignment: 8)
            defer { buffer.deallocate() }
            for i in 0..<32 { buffer[i] = UInt8(i) }
            let memory = try context.registerSharedMemory(buffer.baseAddress!, size: 32, flags: .inputOutput)
            try session.invoke(Buffers.reverse, .partialInout(memory, offset: 24, size: 8))
            #expect(Array(buffer[24..<32]) == [31, 30, 29, 28, 27, 26, 25, 24])
            #expect(Array(buffer[0..<24]) == (0..<24).map { UInt8($0) })
            #expect(session.call(Buffers.reverse, [.partialInout(memory, offset: 25, size: 8)]).error == Self.badParameters)
            memory.release()
        }

        @Test("open-session parameters: shared and temporary memrefs reach the TA through teed")
        func openSessionMemrefs() throws {
            let (tee, context, _, memory) = try setUp()
            defer { tee.stop() }
            defer { context.finalize() }
            let big = [UInt8](repeating: 9, count: 100_000)
            let session = try context.openSession(uuid: TA.buffers, .partialInput(memory, offset: 8, size: 8),
                                                  .tempInput(big), .valueInput(a: 1), .whole(memory))
            #expect(try session.checksum([1]).hash == fnv1a([1]))
            // The same block, now used on the session channel.
            #expect(try session.invoke(Buffers.checksum, .partialInput(memory, offset: 0, size: 64), .valueOutput).value(1).a
                    == fnv1a((0..<64).map { UInt8($0) }))
            #expect(throws: Self.badParameters) {
                try context.openSession(uuid: TA.buffers, .partialInput(memory, offset: 60, size: 8))
            }
        }

        @Test("a large temporary buffer (beyond the inline limit) round trips")
        func largeTemporary() throws {
            let (tee, context, session, _) = try setUp()
            defer { tee.stop() }
            defer { context.finalize() }
            let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            #expect(try session.checksum(bytes) == (fnv1a(bytes), 200_000))
            let reversed = try session.invoke(Buffers.reverse, .tempInout(bytes)).bytes(0)
            #expect(reversed == bytes.reversed())
        }
    }
}
