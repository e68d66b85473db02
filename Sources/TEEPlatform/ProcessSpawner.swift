import CTEEShims
#if canImport(Glibc)
import Glibc
#endif

/// Starts child processes (TA hosts) with a clean signal state and one inherited fd.
public enum ProcessSpawner {
    /// Spawns `path` with `arguments` (argv[0] included); `fd3`, if given, becomes fd 3.
    public static func spawn(path: String, arguments: [String], environment: [String], fd3: Int32?) throws(PlatformError) -> Int32 {
        func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] { strings.map { strdup($0) } + [nil] }
        let argv = cStrings(arguments)
        let envp = cStrings(environment)
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        return try PlatformError.check("posix_spawn \(path)", stee_spawn(path, argv, envp, fd3 ?? -1))
    }

    /// Reaps one exited child without blocking: its pid and a description of how it ended.
    public static func reap() -> (pid: Int32, status: ExitStatus)? {
        var status: Int32 = 0
        let pid = waitpid(-1, &status, WNOHANG)
        guard pid > 0 else { return nil }
        return (pid, ExitStatus(raw: status))
    }
}

/// How a child ended.
public enum ExitStatus: Equatable, Sendable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    init(raw: Int32) {
        if raw & 0x7F == 0 { self = .exited((raw >> 8) & 0xFF) } else { self = .signaled(raw & 0x7F) }
    }

    public var description: String {
        switch self {
        case let .exited(code): "exited with status \(code)"
        case let .signaled(sig): "killed by signal \(sig)"
        }
    }
}
