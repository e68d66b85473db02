#if canImport(Glibc)
import Glibc
#endif

/// How a child process ended.
enum ExitStatus: Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    init(waitStatus status: Int32) {
        self = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
    }

    var description: String {
        switch self {
        case let .exited(code): "exit \(code)"
        case let .signaled(sig): "signal \(sig)"
        }
    }
}

struct SpawnError: Error, CustomStringConvertible {
    var description: String
}

/// A process started with posix_spawn: stdin from /dev/null, stdout and stderr to files,
/// no descriptor of the test process inherited, default signal dispositions.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    let executable: String
    let stdoutPath: String
    let stderrPath: String
    private(set) var status: ExitStatus?

    /// `environment` entries override or (with a nil value) remove the inherited ones.
    init(_ executable: String, _ arguments: [String], environment: [String: String?] = [:],
         stdout stdoutPath: String, stderr stderrPath: String) throws {
        self.executable = executable
        self.stdoutPath = stdoutPath
        self.stderrPath = stderrPath

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        ChildProcess.closeInheritedDescriptors(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var env = ChildProcess.currentEnvironment()
        for (key, value) in environment { env[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw SpawnError(description: "posix_spawn \(executable): \(String(cString: strerror(rc)))") }
        self.pid = pid
    }

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// glibc 2.34's posix_spawn_file_actions_addclosefrom_np, which the Glibc module does
    /// not import; without it, every descriptor that would survive exec is closed one by one.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            let closeFrom = unsafeBitCast(symbol, to: AddCloseFrom.self)
            if closeFrom(&actions, 3) == 0 { return }
        }
        for fd in ProcFS.descriptors().keys where fd > 2 {
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 && flags & FD_CLOEXEC == 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        }
    }

    static func currentEnvironment() -> [String: String] {
        var env = [String: String]()
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { env[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return env
    }

    /// Reaps the process if it has ended; nil while it runs.
    @discardableResult
    func poll() -> ExitStatus? {
        if let status { return status }
        var raw: Int32 = 0
        let rc = waitpid(pid, &raw, WNOHANG)
        if rc == pid { status = ExitStatus(waitStatus: raw) }
        return status
    }

    /// Waits up to `timeout` seconds for the process to end.
    func wait(timeout: Double) -> ExitStatus? {
        let deadline = Clock.now + timeout
        while Clock.now < deadline {
            if let status = poll() { return status }
            usleep(5_000)
        }
        return poll()
    }

    func signal(_ sig: Int32) {
        guard status == nil else { return }
        kill(pid, sig)
    }

    /// SIGKILL and reap, for cleanup paths.
    func terminate() {
        guard poll() == nil else { return }
        kill(pid, SIGKILL)
        _ = wait(timeout: 10)
    }

    var stdout: String { readFile(stdoutPath) ?? "" }
    var stderr: String { readFile(stderrPath) ?? "" }

    /// Runs to completion (killed after `timeout` seconds) and returns status and output.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String?] = [:],
                    outputDirectory: String, timeout: Double = 120) throws -> (status: ExitStatus?, stdout: String, stderr: String) {
        let name = outputDirectory + "/run-\(UInt32.random(in: 0...UInt32.max))"
        let child = try ChildProcess(executable, arguments, environment: environment, stdout: name + ".out", stderr: name + ".err")
        let status = child.wait(timeout: timeout)
        if status == nil { child.terminate() }
        return (status, child.stdout, child.stderr)
    }
}

enum Clock {
    /// Monotonic seconds.
    static var now: Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Polls `condition` every 10 ms until it holds or `timeout` seconds pass.
    @discardableResult
    static func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = now + timeout
        while now < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}

func readFile(_ path: String) -> String? {
    readFileBytes(path).map { String(decoding: $0, as: UTF8.self) }
}

func readFileBytes(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var data = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { break }
        data += chunk.prefix(n)
    }
    return data
}

/// Finds `tool` on PATH.
func which(_ tool: String) -> String? {
    let path = ChildProcess.currentEnvironment()["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
        let candidate = "\(dir)/\(tool)"
        if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
}
