#if canImport(Glibc)
import Glibc
#endif

/// Where teed lives, decided the same way by teed and by every client:
///
/// - socket: `$TEE_SOCKET`, else `$XDG_RUNTIME_DIR/swift-tee/teed.sock`, else
///   `<default state directory>/teed.sock`;
/// - state directory: `$TEE_STATE_DIR`, else `$XDG_STATE_HOME/swift-tee`, else
///   `$HOME/.local/state/swift-tee`;
/// - TA directory: `<state directory>/ta`.
public enum TEEPaths {
    public static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let s = String(cString: value)
        return s.isEmpty ? nil : s
    }

    public static var defaultStateDirectory: String {
        if let dir = environment("TEE_STATE_DIR") { return dir }
        if let dir = environment("XDG_STATE_HOME") { return dir + "/swift-tee" }
        let home = environment("HOME") ?? "/tmp"
        return home + "/.local/state/swift-tee"
    }

    public static var defaultSocket: String {
        if let path = environment("TEE_SOCKET") { return path }
        if let runtime = environment("XDG_RUNTIME_DIR") { return runtime + "/swift-tee/teed.sock" }
        return defaultStateDirectory + "/teed.sock"
    }

    public static func taDirectory(stateDirectory: String) -> String { stateDirectory + "/ta" }

    /// Creates `path` and its missing parents with `mode` (0700 for everything teed owns).
    public static func makeDirectory(_ path: String, mode: mode_t = 0o700) throws(PlatformError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, mode) != 0 && errno != EEXIST { throw PlatformError("mkdir \(prefix)", errno: errno) }
        }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { throw PlatformError("not a directory: \(path)", errno: ENOTDIR) }
    }
}
