import ArgumentParser
import TEEClient
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// `teectl bench`: DESIGN.md §5's latency and throughput figures, each against a plain
/// Unix-socket ping-pong measured in the same run.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure invoke, open-session and throughput figures against a Unix-socket ping-pong floor.",
        discussion: """
        Needs a teed with BuffersTA and BuffersSingleTA installed, or --spawn to start a private \
        one (TAs taken from the directory of this teectl, as `swift build` lays them out). Every \
        latency case runs --warmup untimed iterations, then up to --iterations timed ones \
        (fewer if that would exceed --max-case-seconds, never fewer than 30). Timings use \
        clock_gettime(CLOCK_MONOTONIC); build with -c release for meaningful figures.
        """)

    @OptionGroup var daemon: DaemonOptions

    @Flag(help: "Start a private teed in a temporary directory (TAs installed from this teectl's directory) and stop it afterwards.")
    var spawn = false

    @Option(help: "Timed iterations per latency case.")
    var iterations = 5000

    @Option(help: "Untimed warm-up iterations per latency case.")
    var warmup = 200

    @Option(help: "Time budget of one latency case, in seconds (slow cases get fewer iterations).")
    var maxCaseSeconds = 2.0

    @Option(help: "Timed opens that start a new TA instance (default: iterations/50, at least 20).")
    var instanceIterations: Int?

    @Option(help: "Untimed pause before each new-instance open, in milliseconds, so teed's pre-started spare host is ready.")
    var instancePauseMs = 25

    @Option(help: "Length of each throughput run (1, 2 and 8 clients), in seconds.")
    var throughputSeconds = 1.0

    @Option(help: "Latency placements, comma-separated and in order: cross (client and peer pinned to different CPUs), same (pinned to one CPU), free (unpinned). The first also runs CHECKSUM and first use.")
    var placements = "cross,same,free"

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        guard iterations > 0, warmup >= 0, maxCaseSeconds > 0, instancePauseMs >= 0, throughputSeconds > 0 else {
            throw ValidationError("counts and durations must be positive")
        }
        if let instanceIterations, instanceIterations <= 0 { throw ValidationError("--instance-iterations must be positive") }
        _ = try parsedPlacements()
    }

    func run() throws {
        var privateDaemon: PrivateDaemon?
        if spawn {
            progress("starting a private teed")
            let started = try PrivateDaemon()
            privateDaemon = started
            do {
                try started.start()
            } catch {
                started.stop()
                throw error
            }
        }
        defer { privateDaemon?.stop() }
        let socket = privateDaemon?.socketPath ?? daemon.socket ?? TEEPaths.defaultSocket
        do {
            try measure(socket: socket, privateDaemon: privateDaemon != nil)
        } catch {
            if let log = privateDaemon?.logTail(), !log.isEmpty { progress("the private teed logged:\n\(log)") }
            throw error
        }
    }

    private func measure(socket: String, privateDaemon: Bool) throws {
        let context: TEEContext
        let status: StatusReply
        do {
            context = try TEEContext(socketPath: socket)
            status = try context.status()
        } catch {
            throw BenchError("no teed answers at \(socket) (\(error)); start one, or run `teectl bench --spawn`")
        }
        defer { context.finalize() }
        for (uuid, name) in [(BenchTAs.buffers, "BuffersTA"), (BenchTAs.buffersSingle, "BuffersSingleTA")]
        where !status.installedTAs.contains(uuid) {
            throw BenchError("\(name) (\(uuid)) is not installed in teed's TA directory \(status.taDirectory); install it with `teectl ta install lib\(name).so`, or use --spawn")
        }

        let policy = IterationPolicy(iterations: iterations, warmup: warmup,
                                     budgetNanoseconds: UInt64(maxCaseSeconds * 1e9))
        let newInstanceCount = instanceIterations ?? max(iterations / 50, 20)
        let original = try CPUAffinity.get()
        let available = CPUAffinity.cpus(in: original)
        defer { try? CPUAffinity.set(0, original) }
        var chosen = try parsedPlacements()
        if available.count < 2 && chosen.contains(.cross) {
            progress("only one CPU available: skipping the cross-CPU placement")
            chosen.removeAll { $0 == .cross }
        }
        var report = BenchReport(
            machine: .current(),
            daemon: "\(status.version), pid \(status.pid)\(privateDaemon ? " (private, --spawn)" : ""), socket \(socket)",
            settings: [("iterations", "\(iterations)"), ("warm-up", "\(warmup)"), ("max per case", "\(maxCaseSeconds) s"),
                       ("CPUs used", available.prefix(2).map(String.init).joined(separator: ",")),
                       ("teed pinned with the client", privateDaemon ? "yes" : "no (not ours)"),
                       ("new-instance opens", "\(newInstanceCount) after \(instancePauseMs) ms pauses"),
                       ("throughput runs", "\(throughputSeconds) s")])

        // A private teed is pinned with the client in pinned placements, so that open + close
        // (client -> teed -> TA host and back) has a defined placement too. Its pre-started
        // spare host inherits that, so teed's children are unpinned again after each step.
        let teedMask = privateDaemon ? try CPUAffinity.get(status.pid) : nil
        func placeTeed(on cpu: Int?) throws {
            guard let teedMask else { return }
            if let cpu { try CPUAffinity.pin(status.pid, to: cpu) } else { try CPUAffinity.set(status.pid, teedMask) }
            for child in CPUAffinity.children(of: status.pid) { try? CPUAffinity.set(child, teedMask) }
        }
        defer { try? placeTeed(on: nil) }
        for (index, placement) in chosen.enumerated() {
            let cpus = placement.cpus(from: available)
            if let cpus { try CPUAffinity.pin(0, to: cpus.client) } else { try CPUAffinity.set(0, original) }
            try placeTeed(on: cpus?.client)
            try measureLatency(placement, peerCPU: cpus?.peer, full: index == 0, context: context, policy: policy, into: &report)
        }
        try CPUAffinity.set(0, original)
        try placeTeed(on: nil)

        progress("open starting a new instance")
        report.add(.free, "open_new_instance", "open starting a new instance (BuffersTA)",
                   try SessionBenchmarks(context: context, policy: policy)
                       .openNewInstance(iterations: newInstanceCount, warmup: min(5, warmup), pauseMilliseconds: instancePauseMs))

        for clients in [1, 2, 8] {
            progress("throughput, \(clients) client\(clients == 1 ? "" : "s"), unpinned")
            report.throughput.append(try ThroughputBenchmark.run(clients: clients, socket: socket, seconds: throughputSeconds,
                                                                 warmup: warmup, cpus: nil))
        }
        if available.count >= 2 {
            for clients in [1, 2] {
                progress("throughput, \(clients) client\(clients == 1 ? "" : "s"), pinned pairs")
                report.throughput.append(try ThroughputBenchmark.run(clients: clients, socket: socket, seconds: throughputSeconds,
                                                                     warmup: warmup, cpus: Array(available.prefix(2))))
            }
        }

        print(json ? report.json() : report.table(), terminator: "")
    }

    /// The floor, the invoke figures (interleaved) and open + close under one placement;
    /// `full` adds the slow or placement-insensitive cases (CHECKSUM, first use).
    private func measureLatency(_ placement: Placement, peerCPU: Int?, full: Bool, context: TEEContext,
                                policy: IterationPolicy, into report: inout BenchReport) throws {
        let tag = "[\(placement.short)]"
        let floor = try FloorPeer(peerCPU: peerCPU)
        let session = try context.openSession(uuid: BenchTAs.buffers)
        defer { session.close() }
        if let peerCPU { try CPUAffinity.pin(try BenchTAs.hostPID(session), to: peerCPU) }
        let invokes = InvokeBenchmarks(session: session, policy: policy)
        let sizes = [("4k", "4 KiB", 4 << 10), ("1m", "1 MiB", 1 << 20), ("16m", "16 MiB", 16 << 20)]
        var blocks = [TEESharedMemory]()
        defer { blocks.forEach { $0.release() } }
        for (_, _, size) in sizes {
            let memory = try context.allocateSharedMemory(size: size, flags: .input)
            blocks.append(memory)
            InvokeBenchmarks.fill(memory)
            try session.invoke(BenchTAs.nop, .whole(memory))   // first use: the TA host maps it
        }

        progress("\(tag) floor, null invoke and untouched memrefs, interleaved")
        var cases: [(String, String, () throws -> UInt64)] = [
            ("floor", "floor: AF_UNIX SEQPACKET ping-pong, 64 B", floor.roundTrip),
            ("null_invoke", "null invoke (NOP, no params)", invokes.nullInvoke),
            ("null_invoke_lowlevel", "null invoke, low-level API (ClientParameter)", invokes.nullInvokeLowLevel),
        ]
        for ((suffix, label, _), memory) in zip(sizes, blocks) {
            cases.append(("nop_memref_\(suffix)", "NOP + \(label) shm memref, untouched", { try invokes.untouched(memory) }))
        }
        let samples = try policy.measureInterleaved(cases.map(\.2))
        for ((key, label, _), s) in zip(cases, samples) { report.add(placement, key, label, s) }
        progress("\(tag) open + close on a running instance")
        report.add(placement, "open_close_running", "open + close, running instance (BuffersSingleTA)",
                   try SessionBenchmarks(context: context, policy: policy).openCloseOnRunningInstance(peerCPU: peerCPU))
        guard full else { return }

        var later = [(String, String, LatencySamples)]()
        for ((suffix, label, _), memory) in zip(sizes, blocks) {
            progress("\(tag) CHECKSUM, \(label)")
            later.append(("checksum_\(suffix)", "CHECKSUM + \(label) shm memref, TA reads all", try invokes.read(memory)))
            later.append(("fnv1a_in_process_\(suffix)", "  reference: same FNV-1a of \(label) in-process", invokes.readInProcess(memory)))
        }
        progress("\(tag) first use of fresh blocks")
        for (suffix, label, size) in sizes {
            later.append(("first_use_\(suffix)", "NOP + fresh \(label) shm, first use (host maps it)",
                          try invokes.firstUse(context: context, size: size, count: Self.firstUseBlocks)))
        }
        for (key, label, samples) in later { report.add(placement, key, label, samples) }
    }

    /// Fresh blocks per size for the first-use figure.
    private static let firstUseBlocks = 9

    private func parsedPlacements() throws -> [Placement] {
        var list = [Placement]()
        for name in placements.split(separator: ",") {
            guard let p = Placement(rawValue: String(name)) else { throw ValidationError("unknown placement '\(name)' (cross, same, free)") }
            if !list.contains(p) { list.append(p) }
        }
        guard !list.isEmpty else { throw ValidationError("--placements needs at least one of cross, same, free") }
        return list
    }

    private func progress(_ message: String) {
        StandardError.write("bench: \(message)")
    }
}
