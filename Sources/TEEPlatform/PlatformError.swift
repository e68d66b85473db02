#if canImport(Glibc)
import Glibc
#endif

/// A failed system call: which one and its errno.
public struct PlatformError: Error, Equatable, Sendable, CustomStringConvertible {
    public var call: String
    public var errno: Int32

    public init(_ call: String, errno: Int32) {
        self.call = call
        self.errno = errno
    }

    /// From a shim's `-errno` return convention.
    static func check(_ call: String, _ rc: Int32) throws(PlatformError) -> Int32 {
        guard rc >= 0 else { throw PlatformError(call, errno: -rc) }
        return rc
    }

    public var description: String { "\(call): \(String(cString: strerror(errno))) (errno \(errno))" }
}
