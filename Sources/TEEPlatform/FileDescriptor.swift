#if canImport(Glibc)
import Glibc
#endif

/// An owned file descriptor, closed exactly once when the last reference goes away
/// (or earlier through `close()`).
public final class FileDescriptor: @unchecked Sendable {
    public private(set) var rawValue: Int32

    public init(_ rawValue: Int32) { self.rawValue = rawValue }

    public var isOpen: Bool { rawValue >= 0 }

    public func close() {
        guard rawValue >= 0 else { return }
        _ = Glibc.close(rawValue)
        rawValue = -1
    }

    /// Gives up ownership without closing (the fd was handed to someone else).
    public func release() -> Int32 {
        defer { rawValue = -1 }
        return rawValue
    }

    deinit { close() }
}
