#if canImport(Glibc)
import Glibc
#endif

/// Process limits the daemon and its hosts adjust for themselves.
public enum ResourceLimits {
    /// Raises the soft limit on open files to the hard limit: teed holds one descriptor per
    /// client and per TA host, a TA host one per session.
    public static func raiseOpenFiles() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// The soft limit on open files.
    public static var openFiles: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        return Int(clamping: limit.rlim_cur)
    }
}
