import TEEClient
#if canImport(Glibc)
import Glibc
#endif

/// The TAs and commands the benchmark drives (Examples/buffers/include/buffers_ta.h).
enum BenchTAs {
    /// BuffersTA: multi-instance, so every session opens a new TA host.
    static let buffers = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7df")!
    /// BuffersSingleTA (test fixture): single instance, multi-session.
    static let buffersSingle = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7e0")!

    /// BUFFERS_CMD_NOP: ignores its parameters.
    static let nop: UInt32 = 0
    /// BUFFERS_CMD_CHECKSUM: FNV-1a of the whole input memref (param 0) into value param 1.
    static let checksum: UInt32 = 1

    /// The TA's checksum, to check the TA really read the memory.
    static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var hash: UInt32 = 0x811c_9dc5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }
}

extension BenchTAs {
    /// BUFFERS_CMD_INSTANCE: value param 0 = (TA host pid, sessions on the instance).
    static let instance: UInt32 = 9

    /// The pid of the TA host serving `session`.
    static func hostPID(_ session: TEESession) throws -> pid_t {
        pid_t(truncatingIfNeeded: try session.invoke(instance, .valueOutput).value(0).a)
    }
}
