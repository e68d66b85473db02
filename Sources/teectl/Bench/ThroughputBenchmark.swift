#if canImport(Glibc)
import Glibc
#endif

/// N client processes (`teectl bench-worker invoke`), each with its own session, doing null
/// invokes as fast as they can for the same window. Start is synchronised through a pipe:
/// every worker opens its session and warms up, says "ready" on the result pipe (fd 4),
/// then blocks reading the gate pipe (fd 3) until the parent closes its write end.
enum ThroughputBenchmark {
    /// `cpus`: if given, worker i and its TA host are pinned to cpus[i % cpus.count].
    static func run(clients: Int, socket: String, seconds: Double, warmup: Int, cpus: [Int]?) throws -> ThroughputResult {
        let gate = try BenchProcess.pipe()
        let results = try BenchProcess.pipe()
        var pids = [pid_t]()
        var gateOpen = true
        defer {
            if gateOpen { close(gate.write) }
            close(results.read)
            for pid in pids { kill(pid, SIGKILL); BenchProcess.wait(pid) }
        }
        let arguments = ["teectl", "bench-worker", "invoke", "--socket", socket,
                         "--duration-ms", String(Int(seconds * 1000)), "--warmup", String(warmup)]
        do {
            for i in 0..<clients {
                let pin = cpus.map { ["--cpu", String($0[i % $0.count])] } ?? []
                pids.append(try BenchProcess.spawn(BenchProcess.selfExecutable, arguments + pin, fds: [3: gate.read, 4: results.write]))
            }
        } catch {
            close(gate.read); close(results.write)
            throw error
        }
        close(gate.read)
        close(results.write)

        var lines = LineReader(fd: results.read)
        var ready = 0
        while ready < clients {
            guard let line = lines.next() else { throw BenchError("a throughput worker exited before it was ready") }
            guard line == "ready" else { throw BenchError("throughput worker: \(line)") }
            ready += 1
        }
        close(gate.write)   // everyone starts now
        gateOpen = false

        var perClient = [Double]()
        while perClient.count < clients {
            guard let line = lines.next() else { throw BenchError("a throughput worker exited without a result") }
            let fields = line.split(separator: " ")
            guard fields.count == 3, fields[0] == "done", let count = Double(fields[1]), let nanos = Double(fields[2]), nanos > 0 else {
                throw BenchError("throughput worker: \(line)")
            }
            perClient.append(count / (nanos / 1e9))
        }
        for pid in pids {
            let status = BenchProcess.wait(pid)
            if status != 0 { throw BenchError("a throughput worker exited with status \(status)") }
        }
        pids = []
        return ThroughputResult(pinnedPairs: cpus != nil, clients: clients, perClient: perClient)
    }
}
