import CTEEShims

/// Confines the calling process before untrusted TA code runs in it: no new privileges,
/// not dumpable (no ptrace or /proc/PID/mem by other processes of the user), no core
/// dumps, bounded address space, and a seccomp filter against network sockets,
/// io_uring, ptrace and exec.
public enum Sandbox {
    public static func apply(maxAddressSpace: UInt64) throws(PlatformError) {
        _ = try PlatformError.check("sandbox", stee_sandbox_apply(maxAddressSpace))
    }

    /// Ends this process with `sig` when the parent (teed) dies, so no TA host outlives it.
    public static func dieWithParent(signal: Int32) {
        _ = stee_set_parent_death_signal(signal)
    }
}
