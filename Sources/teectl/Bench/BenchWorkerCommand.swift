import ArgumentParser
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

/// The other side of `teectl bench`, in a process of its own (hidden from help):
/// `echo` is the floor's peer (socket on fd 3); `invoke` is one throughput client
/// (start gate on fd 3, results on fd 4).
struct BenchWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-worker", abstract: "Internal: a child process of teectl bench.", shouldDisplay: false)

    @Argument(help: "echo | invoke")
    var role: String

    @Option(help: "teed's socket (invoke).")
    var socket: String?

    @Option(help: "How long to invoke after the start gate opens, in milliseconds (invoke).")
    var durationMs: Int = 1000

    @Option(help: "Invokes before saying ready (invoke).")
    var warmup: Int = 200

    @Option(help: "Pin this worker and its TA host to this CPU (invoke).")
    var cpu: Int?

    func run() throws {
        switch role {
        case "echo": FloorPeer.echo(fd: 3)
        case "invoke": invokeUntilDeadline()
        default: throw BenchError("unknown role \(role)")
        }
    }

    private func invokeUntilDeadline() -> Never {
        let gate: Int32 = 3, results: Int32 = 4
        do {
            if let cpu { try CPUAffinity.pin(0, to: cpu) }
            let context = try TEEContext(socketPath: socket)
            let session = try context.openSession(uuid: BenchTAs.buffers)
            if let cpu { try CPUAffinity.pin(try BenchTAs.hostPID(session), to: cpu) }
            for _ in 0..<warmup { try session.invoke(BenchTAs.nop) }
            BenchProcess.write(results, "ready\n")
            var byte: UInt8 = 0
            while read(gate, &byte, 1) < 0 && errno == EINTR {}
            let start = MonotonicClock.now()
            let deadline = start + UInt64(durationMs) * 1_000_000
            var count = 0
            var now = start
            repeat {
                try session.invoke(BenchTAs.nop)
                count += 1
                now = MonotonicClock.now()
            } while now < deadline
            BenchProcess.write(results, "done \(count) \(now - start)\n")
            session.close()
            context.finalize()
            Glibc.exit(0)
        } catch {
            BenchProcess.write(results, "error \(error)\n")
            Glibc.exit(1)
        }
    }
}
