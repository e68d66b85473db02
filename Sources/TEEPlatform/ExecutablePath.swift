#if canImport(Glibc)
import Glibc
#endif

/// Where the running executable lives: teed finds `tee-ta-host` next to itself, and
/// teectl finds the host and its own binary the same way.
public enum ExecutablePath {
    /// This executable, as the kernel knows it.
    public static var current: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The directory of this executable.
    public static var directory: String {
        let me = current
        return String(me[..<(me.lastIndex(of: "/") ?? me.startIndex)])
    }

    /// An executable installed next to this one.
    public static func sibling(_ name: String) -> String { directory + "/" + name }
}
