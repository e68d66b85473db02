import CTEETAABI

/// An open persistent object (a GP persistent object handle) for Swift TAs: its data
/// stream with this handle's position, its key if it holds one, rename and delete. Closed
/// when released, or by `close()` / `delete()`; using it after that stops the TA.
public final class PersistentObject {
    /// TEE_GetObjectInfo1 of a persistent object.
    public struct Info: Sendable, Equatable {
        public var objectType: GPObjectType
        public var objectSize: Int
        public var usage: GPUsage
        public var dataSize: Int
        public var position: Int
        /// TEE_HANDLE_FLAG_PERSISTENT | INITIALIZED | the data flags the handle was opened with.
        public var handleFlags: UInt32

        init(_ raw: stee_object_info) {
            objectType = GPObjectType(rawValue: raw.type)
            objectSize = Int(raw.object_size)
            usage = GPUsage(rawValue: raw.usage)
            dataSize = raw.data_size
            position = raw.data_position
            handleFlags = raw.handle_flags
        }

        /// The data flags the handle was opened with.
        public var flags: DataFlags { DataFlags(rawValue: handleFlags & 0xFFFF) }
    }

    /// `TEE_DATA_SEEK_*`.
    public enum Whence: UInt32, Sendable {
        case start = 0, current = 1, end = 2
    }

    private let storage: TrustedStorage
    private var handle: UInt32
    private var api: stee_storage_api { storage.api }
    private var host: UnsafeMutableRawPointer? { storage.host }

    init(storage: TrustedStorage, handle: UInt32) {
        self.storage = storage
        self.handle = handle
    }

    deinit { close() }

    public var isOpen: Bool { handle != 0 }

    /// TEE_CloseObject.
    public func close() {
        guard handle != 0 else { return }
        storage.context.host.pointee.crypto.pointee.object_free(host, handle)
        handle = 0
    }

    /// TEE_GetObjectInfo1.
    public func info() throws(TEEError) -> Info {
        var info = stee_object_info()
        try check(storage.context.host.pointee.crypto.pointee.object_info(host, current(), &info))
        return Info(info)
    }

    /// TEE_ReadObjectData: up to `count` bytes from the position, which moves past them;
    /// fewer (none) at the end of the stream.
    public func read(_ count: Int) throws(TEEError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var read = 0
        let rc = bytes.withUnsafeMutableBytes { api.read(host, current(), $0.baseAddress, count, &read) }
        try check(rc)
        bytes.removeSubrange(read...)
        return bytes
    }

    /// Everything from the position to the end of the stream.
    public func readToEnd() throws(TEEError) -> [UInt8] {
        let info = try info()
        return try read(max(info.dataSize - info.position, 0))
    }

    /// TEE_WriteObjectData at the position (zero-filling up to it past the end); committed
    /// when this returns.
    public func write(_ bytes: [UInt8]) throws(TEEError) {
        let rc = bytes.withUnsafeBytes { api.write(host, current(), $0.baseAddress, $0.count) }
        try check(rc)
    }

    /// TEE_TruncateObjectData: shortens or zero-extends the stream; the position stays.
    public func truncate(to size: Int) throws(TEEError) {
        try check(api.truncate(host, current(), size))
    }

    /// TEE_SeekObjectData. A position below 0 becomes 0; past 2^32 - 1 is `OVERFLOW`.
    public func seek(_ offset: Int64, from whence: Whence) throws(TEEError) {
        try check(api.seek(host, current(), offset, whence.rawValue))
    }

    /// TEE_RenamePersistentObject (the handle needs `.accessWriteMeta`).
    public func rename(to objectID: [UInt8]) throws(TEEError) {
        let rc = objectID.withUnsafeBytes { api.rename(host, current(), $0.baseAddress, $0.count) }
        try check(rc)
    }

    /// TEE_CloseAndDeletePersistentObject1 (the handle needs `.accessWriteMeta`); closes it.
    public func delete() throws(TEEError) {
        let rc = api.close_and_delete(host, current())
        handle = 0
        try check(rc)
    }

    /// TEE_RestrictObjectUsage1: committed (the handle needs `.accessWriteMeta`).
    public func restrictUsage(to usage: GPUsage) throws(TEEError) {
        try check(storage.context.host.pointee.crypto.pointee.object_restrict(host, current(), usage.rawValue))
    }

    /// The key the object holds, as a `Key` of this TA's own crypto; nil for a data object.
    public func key() throws(TEEError) -> Key? {
        var length = 0
        var type: UInt32 = 0, size: UInt32 = 0, usage: UInt32 = 0
        let id = current()
        _ = api.object_export(host, id, nil, &length, &type, &size, &usage)
        guard GPObjectType(rawValue: type) != .data else { return nil }
        let attributes = SecureBytes(count: length)
        let rc = attributes.withUnsafeMutableBytes { api.object_export(host, id, $0.baseAddress, &length, &type, &size, &usage) }
        try check(rc)
        return try attributes.withUnsafeBytes { raw throws(TEEError) in
            try Key(type: GPObjectType(rawValue: type), objectSize: size, usage: GPUsage(rawValue: usage), attributes: raw)
        }
    }

    private func current() -> UInt32 {
        guard handle != 0 else { fatalError("use of a closed persistent object") }
        return handle
    }

    /// A corrupt object's handle has been closed by the TEE unless the TA keeps such handles.
    private func check(_ rc: UInt32) throws(TEEError) {
        let result = TEEResult(rc)
        guard result != .success else { return }
        if result == .corruptObject, !storage.context.flags.contains(.dontCloseHandleOnCorruptObject) { handle = 0 }
        throw TEEError(result, origin: .tee)
    }
}
