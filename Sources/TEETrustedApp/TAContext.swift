import CTEETAABI

/// The TEE services a TA instance can use: cancellation, waiting, tracing, panicking,
/// trusted storage.
public final class TAContext: @unchecked Sendable {
    let host: UnsafePointer<stee_host_api>
    /// The TA's own flags (TA_FLAG_DONT_CLOSE_HANDLE_ON_CORRUPT_OBJECT matters to storage).
    let flags: TAFlags

    init(host: UnsafePointer<stee_host_api>, flags: TAFlags) {
        self.host = host
        self.flags = flags
    }

    /// The TA's private trusted storage (TEE_STORAGE_PRIVATE).
    public var storage: TrustedStorage { TrustedStorage(context: self, id: .private) }

    /// Another storage id (OP-TEE's TEE_STORAGE_PRIVATE_REE is the same store here;
    /// TEE_STORAGE_PRIVATE_RPMB has nothing in it).
    public func storage(_ id: StorageID) -> TrustedStorage { TrustedStorage(context: self, id: id) }

    /// TEE_GetCancellationFlag: true once the client asked to cancel the current operation
    /// and cancellation is unmasked.
    public var isCancellationRequested: Bool { host.pointee.get_cancellation_flag(host.pointee.host) }

    /// TEE_MaskCancellation; returns whether it was already masked.
    @discardableResult public func maskCancellation() -> Bool { host.pointee.mask_cancellation(host.pointee.host) }

    /// TEE_UnmaskCancellation; returns whether it was masked. Entry points start masked.
    @discardableResult public func unmaskCancellation() -> Bool { host.pointee.unmask_cancellation(host.pointee.host) }

    /// TEE_Wait: throws `.cancel` when the operation is cancelled while unmasked.
    public func wait(milliseconds: UInt32) throws(TEEResult) {
        let rc = TEEResult(host.pointee.wait(host.pointee.host, milliseconds))
        if rc != .success { throw rc }
    }

    /// Trace output for teed's log, tagged with the TA's UUID (levels as OP-TEE's EMSG…FMSG).
    public func log(_ level: TraceLevel, _ message: String) {
        host.pointee.trace(host.pointee.host, Int32(level.rawValue), message)
    }

    /// TEE_Panic: ends the instance; its clients get TEE_ERROR_TARGET_DEAD.
    public func panic(_ code: UInt32 = 0) -> Never {
        host.pointee.panic(host.pointee.host, code)
        fatalError("TEE_Panic returned")
    }
}

/// OP-TEE's trace levels.
public enum TraceLevel: Int, Sendable {
    case error = 1, info = 2, debug = 3, flow = 4
}
