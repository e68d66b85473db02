#if canImport(Glibc)
import Glibc
#endif

/// Writes to descriptor 2 without touching C's shared `stderr` stream.
public enum StandardError {
    public static func write(_ line: String) {
        var bytes = Array(line.utf8)
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
