import CTEEShims

/// Signals delivered as readable events on a descriptor, so the daemon's poll loop handles
/// SIGTERM, SIGINT and SIGCHLD in order with everything else.
public struct SignalFD {
    public let fd: FileDescriptor

    public init(signals: [Int32]) throws(PlatformError) {
        let rc = signals.withUnsafeBufferPointer { stee_signalfd($0.baseAddress, Int32($0.count)) }
        fd = FileDescriptor(try PlatformError.check("signalfd", rc))
    }

    /// The next pending signal, or nil when none is pending.
    public func next() -> Int32? {
        let sig = stee_signalfd_read(fd.rawValue)
        return sig > 0 ? sig : nil
    }
}
