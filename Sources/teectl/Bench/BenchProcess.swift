import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// Child processes of the benchmark: teectl re-executed as a worker, and a private teed.
enum BenchProcess {
    /// This executable, as the kernel knows it.
    static var selfExecutable: String { ExecutablePath.current }

    /// The directory this executable lives in (where `swift build` puts teed, the TA
    /// host and the TA libraries too).
    static var executableDirectory: String { ExecutablePath.directory }

    /// Spawns `path` with `arguments` (argv[0] included) and this process's environment.
    /// `fds` maps child fd numbers to parent fds (e.g. [3: gate]); `stderrPath`, if given,
    /// receives the child's standard error.
    static func spawn(_ path: String, _ arguments: [String], fds: [Int32: Int32] = [:],
                      stderrPath: String? = nil) throws -> pid_t {
        // Move every source above the targets first, so no dup2 overwrites another source.
        var moved = [(Int32, Int32)]()
        defer { for (_, fd) in moved { close(fd) } }
        for (target, source) in fds.sorted(by: { $0.key < $1.key }) {
            let copy = fcntl(source, F_DUPFD_CLOEXEC, 64)
            guard copy >= 0 else { throw BenchError("fcntl: errno \(errno)") }
            moved.append((target, copy))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, copy) in moved { posix_spawn_file_actions_adddup2(&actions, copy, target) }
        if let stderrPath {
            posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard rc == 0 else { throw BenchError("cannot start \(path): errno \(rc)") }
        return pid
    }

    /// Waits for `pid` and returns its exit status (128+signal if killed).
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        if status & 0x7F == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }

    /// A pipe, both ends close-on-exec.
    static func pipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        guard Glibc.pipe(&fds) == 0 else { throw BenchError("pipe: errno \(errno)") }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// Writes all of `text`.
    static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            done += n
        }
    }
}
