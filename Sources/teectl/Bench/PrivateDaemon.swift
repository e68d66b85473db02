import TEEClient
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// `teectl bench --spawn`: a teed of its own in a temporary directory, with the benchmark's
/// TAs installed from the build directory (as Scripts/demo.sh does), stopped afterwards.
final class PrivateDaemon {
    /// The TA images the benchmark needs, as `swift build` names them.
    static let images = ["libBuffersTA.so", "libBuffersSingleTA.so"]

    let directory: String
    let socketPath: String
    let logPath: String
    private var pid: pid_t = -1

    init() throws {
        let base = TEEPaths.environment("TMPDIR") ?? "/tmp"
        var template = Array("\(base)/swift-tee-bench.XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw BenchError("cannot create a temporary directory in \(base)")
        }
        directory = String(cString: made)
        socketPath = directory + "/teed.sock"
        logPath = directory + "/teed.log"
    }

    /// Installs the TAs and starts teed; returns once its socket accepts connections.
    func start() throws {
        let bin = BenchProcess.executableDirectory
        let state = directory + "/state"
        for name in ["teed", "tee-ta-host"] + Self.images where access("\(bin)/\(name)", R_OK) != 0 {
            throw BenchError("--spawn needs \(bin)/\(name); build every product first (swift build -c release)")
        }
        for image in Self.images {
            _ = try runCapturing(BenchProcess.selfExecutable, ["ta", "install", "--state-dir", state, "\(bin)/\(image)"])
        }
        pid = try BenchProcess.spawn("\(bin)/teed", ["teed", "--state-dir", state, "--socket", socketPath, "--log-level", "warning"],
                                     stderrPath: logPath)
        let deadline = MonotonicClock.now() + 10_000_000_000
        while MonotonicClock.now() < deadline {
            if let context = try? TEEContext(socketPath: socketPath) {
                context.finalize()
                return
            }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                pid = -1
                throw BenchError("teed exited at start; see \(logPath)")
            }
            MonotonicClock.sleep(milliseconds: 10)
        }
        throw BenchError("teed did not start within 10 s; see \(logPath)")
    }

    /// The end of teed's log (it logs warnings and errors only).
    func logTail(lines: Int = 20) -> String {
        TextFile.read(logPath).split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    /// Stops teed (SIGTERM, as on shutdown) and removes the directory.
    func stop() {
        if pid > 0 {
            kill(pid, SIGTERM)
            BenchProcess.wait(pid)
            pid = -1
        }
        Self.remove(directory)
    }

    deinit { stop() }

    /// rm -rf, for the directory this object made.
    private static func remove(_ path: String) {
        if let dir = opendir(path) {
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name == "." || name == ".." { continue }
                let child = path + "/" + name
                var st = stat()
                if lstat(child, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { remove(child) } else { unlink(child) }
            }
            closedir(dir)
        }
        rmdir(path)
    }
}
