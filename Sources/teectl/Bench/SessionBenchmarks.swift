import TEEClient

/// Opening sessions through teed.
struct SessionBenchmarks {
    let context: TEEContext
    let policy: IterationPolicy

    /// Open + close of a session on the single-instance, multi-session fixture TA while
    /// another session keeps its instance up: no process is started or ended.
    /// `peerCPU`: where to pin the instance's TA host (teed's placement is the caller's).
    func openCloseOnRunningInstance(peerCPU: Int?) throws -> LatencySamples {
        let context = context
        let anchor = try context.openSession(uuid: BenchTAs.buffersSingle)
        defer { anchor.close() }
        if let peerCPU { try CPUAffinity.pin(try BenchTAs.hostPID(anchor), to: peerCPU) }
        return try policy.measure {
            try IterationPolicy.time {
                let session = try context.openSession(uuid: BenchTAs.buffersSingle)
                session.close()
            }
        }
    }

    /// Open of a session of the multi-instance buffers TA: every open starts an instance
    /// (teed hands the image to its pre-started spare host). Only the open is timed; the
    /// close (which ends the instance) and a pause of `pauseMilliseconds`, which gives teed
    /// time to reap the old host and the new spare time to start, are not.
    func openNewInstance(iterations: Int, warmup: Int, pauseMilliseconds: Int) throws -> LatencySamples {
        var samples = LatencySamples(capacity: iterations)
        for i in 0..<(warmup + iterations) {
            MonotonicClock.sleep(milliseconds: pauseMilliseconds)
            var session: TEESession?
            let elapsed = try IterationPolicy.time { session = try context.openSession(uuid: BenchTAs.buffers) }
            session?.close()
            if i >= warmup { samples.append(elapsed) }
        }
        return samples
    }
}
