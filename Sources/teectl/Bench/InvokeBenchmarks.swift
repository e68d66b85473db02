import TEEClient
import TEEPlatform

/// Invokes on one open session of the buffers TA: null invoke, and whole memrefs of
/// allocated shared memory that the TA ignores (NOP) or reads (CHECKSUM).
struct InvokeBenchmarks {
    let session: TEESession
    let policy: IterationPolicy

    /// BUFFERS_CMD_NOP with no parameters, through the Swift API (`session.invoke`).
    func nullInvoke() throws -> UInt64 {
        try IterationPolicy.time { try session.invoke(BenchTAs.nop) }
    }

    /// The same through the lower-level entry point libteec uses (ClientParameter array,
    /// caller-owned outputs): shows what the Swift convenience layer costs.
    func nullInvokeLowLevel() throws -> UInt64 {
        var outputs = ClientOutputs()
        return try IterationPolicy.time {
            try session.invoke(command: BenchTAs.nop, parameters: noParameters, outputs: &outputs)
        }
    }

    private let noParameters: [ClientParameter] = [.none, .none, .none, .none]

    /// NOP with a whole memref of `memory` (allocated once by the caller and reused for
    /// every iteration): after the first call the TA host has it mapped, nothing is copied.
    func untouched(_ memory: TEESharedMemory) throws -> UInt64 {
        try IterationPolicy.time { try session.invoke(BenchTAs.nop, .whole(memory)) }
    }

    /// CHECKSUM: the TA reads every byte of `memory` (checked once against our own sum).
    func read(_ memory: TEESharedMemory) throws -> LatencySamples {
        let session = session
        let expected = BenchTAs.fnv1a(UnsafeRawBufferPointer(memory.buffer))
        let check = try session.invoke(BenchTAs.checksum, .whole(memory), .valueOutput).value(1)
        guard check.a == expected, Int(check.b) == memory.size else {
            throw BenchError("CHECKSUM of \(memory.size) bytes gave 0x\(String(check.a, radix: 16)) over \(check.b) bytes, expected 0x\(String(expected, radix: 16))")
        }
        // A slow case: fewer warm-up rounds; the time budget limits the count.
        return try policy.measure(warmup: Self.slowWarmup(memory.size, policy)) {
            try IterationPolicy.time { try session.invoke(BenchTAs.checksum, .whole(memory), .valueOutput) }
        }
    }

    /// The same FNV-1a over the same bytes in this process, no TEE: what CHECKSUM costs
    /// without crossing into the TA.
    func readInProcess(_ memory: TEESharedMemory) -> LatencySamples {
        let bytes = UnsafeRawBufferPointer(memory.buffer)
        var sink: UInt32 = 0
        let samples = policy.measure(warmup: Self.slowWarmup(memory.size, policy)) {
            IterationPolicy.time { sink ^= BenchTAs.fnv1a(bytes) }
        }
        if sink == 0x1234_5678 { StandardError.write("") }   // keeps the loop from being optimised away
        return samples
    }

    /// The first invoke with a block: its fd travels with the request and the TA host maps
    /// it. Measured on `count` fresh blocks of `size` bytes, each filled (every page touched
    /// here) before and released after.
    func firstUse(context: TEEContext, size: Int, count: Int) throws -> LatencySamples {
        var samples = LatencySamples(capacity: count)
        for _ in 0..<count {
            let memory = try context.allocateSharedMemory(size: size, flags: .input)
            defer { memory.release() }
            Self.fill(memory)
            samples.append(try IterationPolicy.time { try session.invoke(BenchTAs.nop, .whole(memory)) })
        }
        return samples
    }

    /// Real contents, every page touched on the client side before anything is timed.
    static func fill(_ memory: TEESharedMemory) {
        let buffer = memory.buffer
        for i in 0..<buffer.count { buffer[i] = UInt8(truncatingIfNeeded: i &* 31 &+ 7) }
    }

    private static func slowWarmup(_ size: Int, _ policy: IterationPolicy) -> Int {
        max(3, min(policy.warmup, (64 << 20) / max(size, 1)))
    }
}
