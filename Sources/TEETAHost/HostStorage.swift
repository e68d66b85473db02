import CTEETAABI
import TEEABI
import TEEClient
import TEECrypto
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// GP trusted storage in the TA host (TEE Internal Core API 1.3.1 §5.7–5.9): the checks GP
/// makes panics, the per-handle state (data position, open flags), and requests to teed,
/// which holds the objects, every handle of every instance, and the sharing rules.
final class HostStorage {
    private unowned let host: TAHost
    /// False for a TA with TA_FLAG_DONT_CLOSE_HANDLE_ON_CORRUPT_OBJECT: a handle on an object
    /// found corrupt then stays open (teed has deleted the object) until the TA closes it.
    var closesHandleOnCorrupt = true

    init(host: TAHost) { self.host = host }

    private var crypto: HostCrypto { host.crypto }

    private func panic(_ why: String) -> Never { host.panicTA(why) }

    private func request(_ operation: StorageOperation, attaching fd: FileDescriptor? = nil) -> (StorageReply, FileDescriptor?) {
        guard let service = host.service else { return (StorageReply(result: .storageNotAvailable), nil) }
        return withExtendedLifetime(fd) { service.storage(operation, attaching: fd?.rawValue) }
    }

    // MARK: Persistent objects

    func open(storage: UInt32, id: UnsafeRawPointer?, length: Int, flags raw: UInt32,
              handle out: UnsafeMutablePointer<UInt32>?) -> TEEResult {
        guard let out else { panic("TEE_OpenPersistentObject: object is NULL") }
        out.pointee = 0
        let flags = DataFlags(rawValue: raw)
        guard flags.isSubset(of: .openMask) else { panic("TEE_OpenPersistentObject: unknown flags 0x\(String(raw, radix: 16))") }
        let objectID = objectID(id, length, "TEE_OpenPersistentObject")
        let (reply, _) = request(.open(storage: StorageID(rawValue: storage), objectID: objectID, flags: flags))
        guard reply.result == .success else { return reply.result }
        guard let object = Self.restore(reply.info, reply.attributes) else {
            _ = request(.close(handle: reply.handle))
            return .corruptObject
        }
        return adopt(PersistentObject(handle: reply.handle, object: object, flags: flags, dataSize: reply.info.dataSize), out)
    }

    func create(storage: UInt32, id: UnsafeRawPointer?, length: Int, flags raw: UInt32, attributes: UInt32,
                data: UnsafeRawPointer?, dataLength: Int, handle out: UnsafeMutablePointer<UInt32>?) -> TEEResult {
        out?.pointee = 0
        let flags = DataFlags(rawValue: raw)
        guard flags.isSubset(of: .createMask) else { panic("TEE_CreatePersistentObject: unknown flags 0x\(String(raw, radix: 16))") }
        let objectID = objectID(id, length, "TEE_CreatePersistentObject")
        // The attributes come from an initialized transient object or a persistent one; none
        // makes a data object.
        let source = attributes == 0 ? GPObject.dataObject() : crypto.object(attributes)
        guard source.isInitialized else { panic("TEE_CreatePersistentObject: attributes object \(attributes) is not initialized") }
        guard dataLength == 0 || data != nil else { panic("TEE_CreatePersistentObject: initialData is NULL") }
        guard UInt64(dataLength) <= PersistentObjectLimits.maxPosition else { return .storageNoSpace }
        let exported = source.exportedAttributes()
        guard exported.count <= StorageOperation.maxAttributes else { return .storageNoSpace }
        guard let (payload, fd) = outgoing(data, dataLength) else { return .outOfMemory }
        // GP: a persistent object's maximum size is its size.
        let info = StoredObjectInfo(objectType: source.type.rawValue, objectSize: source.objectSize,
                                    maxObjectSize: source.objectSize, usage: source.usage.rawValue)
        let (reply, _) = request(.create(storage: StorageID(rawValue: storage), objectID: objectID, flags: flags, object: info,
                                         attributes: exported.bytes, data: payload, keepOpen: out != nil), attaching: fd)
        guard reply.result == .success, let out else { return reply.result }
        // The handle's object is a copy: later changes to the source do not reach it.
        let object = exported.withUnsafeBytes { raw in
            try? GPObject.restored(type: source.type, objectSize: source.objectSize, usage: source.usage, attributes: raw)
        }
        guard let object else {
            _ = request(.close(handle: reply.handle))
            return .corruptObject
        }
        return adopt(PersistentObject(handle: reply.handle, object: object, flags: flags.subtracting(.overwrite),
                                      dataSize: reply.info.dataSize), out)
    }

    /// TEE_CloseObject of a persistent object.
    func close(_ id: UInt32, _ persistent: PersistentObject) {
        _ = request(.close(handle: persistent.handle))
        crypto.removePersistent(id)
    }

    /// TEE_CloseAndDeletePersistentObject1: the handle is closed whatever the result.
    func closeAndDelete(_ id: UInt32) -> TEEResult {
        let persistent = crypto.persistent(id)
        guard persistent.flags.contains(.accessWriteMeta) else {
            panic("TEE_CloseAndDeletePersistentObject1: object \(id) was not opened with TEE_DATA_FLAG_ACCESS_WRITE_META")
        }
        let (reply, _) = request(.delete(handle: persistent.handle))
        crypto.removePersistent(id)
        return reply.result
    }

    func rename(_ id: UInt32, to newID: UnsafeRawPointer?, length: Int) -> TEEResult {
        let persistent = crypto.persistent(id)
        guard persistent.flags.contains(.accessWriteMeta) else {
            panic("TEE_RenamePersistentObject: object \(id) was not opened with TEE_DATA_FLAG_ACCESS_WRITE_META")
        }
        let objectID = objectID(newID, length, "TEE_RenamePersistentObject")
        let (reply, _) = request(.rename(handle: persistent.handle, objectID: objectID))
        return checked(reply.result, id, persistent)
    }

    /// TEE_GetObjectInfo1 of a persistent object; its data size comes fresh from teed.
    func info(_ id: UInt32, _ persistent: PersistentObject, into info: UnsafeMutablePointer<stee_object_info>?) -> UInt32 {
        let (reply, _) = request(.info(handle: persistent.handle))
        if reply.result == .success { persistent.dataSize = reply.info.dataSize }
        var out = stee_object_info()
        out.type = persistent.object.type.rawValue
        out.object_size = persistent.object.objectSize
        out.max_object_size = persistent.object.maxObjectSize
        out.usage = persistent.object.usage.rawValue
        out.data_size = Int(persistent.dataSize)
        out.data_position = Int(persistent.position)
        out.handle_flags = persistent.handleFlags
        info?.pointee = out
        return checked(reply.result, id, persistent).rawValue
    }

    /// TEE_RestrictObjectUsage1 of a persistent object: committed, so it needs WRITE_META.
    func restrictUsage(_ id: UInt32, _ persistent: PersistentObject, _ usage: UInt32) -> UInt32 {
        guard persistent.flags.contains(.accessWriteMeta) else {
            panic("TEE_RestrictObjectUsage1: persistent object \(id) was not opened with TEE_DATA_FLAG_ACCESS_WRITE_META")
        }
        let (reply, _) = request(.restrictUsage(handle: persistent.handle, usage: usage))
        if reply.result == .success { persistent.object.restrictUsage(GPUsage(rawValue: usage)) }
        return checked(reply.result, id, persistent).rawValue
    }

    // MARK: Data streams

    func read(_ id: UInt32, into buffer: UnsafeMutableRawPointer?, size: Int, count: UnsafeMutablePointer<Int>?) -> TEEResult {
        let persistent = crypto.persistent(id)
        guard persistent.flags.contains(.accessRead) else {
            panic("TEE_ReadObjectData: object \(id) was not opened with TEE_DATA_FLAG_ACCESS_READ")
        }
        guard let count else { panic("TEE_ReadObjectData: count is NULL") }
        guard size == 0 || buffer != nil else { panic("TEE_ReadObjectData: buffer is NULL") }
        count.pointee = 0
        guard size > 0 else { return .success }
        let (reply, fd) = request(.read(handle: persistent.handle, position: persistent.position, count: UInt64(size)))
        guard reply.result == .success else { return checked(reply.result, id, persistent) }
        let read: Int
        switch reply.data {
        case let .inline(bytes):
            guard bytes.count <= size else { return .storageNotAvailable }
            bytes.withUnsafeBytes { if $0.count > 0 { buffer!.copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
            read = bytes.count
        case let .attached(length):
            guard length <= UInt64(size), let fd, (try? MemoryFile.sealedSize(fd.rawValue)) == length,
                  let bytes = try? RegularFile.read(fd, limit: Int(length), name: "object data"), bytes.count == Int(length) else {
                return .storageNotAvailable
            }
            bytes.withUnsafeBytes { buffer!.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
            read = bytes.count
        }
        persistent.position += UInt64(read)
        persistent.dataSize = reply.info.dataSize
        count.pointee = read
        return .success
    }

    func write(_ id: UInt32, from buffer: UnsafeRawPointer?, size: Int) -> TEEResult {
        let persistent = crypto.persistent(id)
        guard persistent.flags.contains(.accessWrite) else {
            panic("TEE_WriteObjectData: object \(id) was not opened with TEE_DATA_FLAG_ACCESS_WRITE")
        }
        guard size == 0 || buffer != nil else { panic("TEE_WriteObjectData: buffer is NULL") }
        // GP: a data position past TEE_DATA_MAX_POSITION after the write is OVERFLOW.
        let (end, overflow) = persistent.position.addingReportingOverflow(UInt64(size))
        guard !overflow, end <= PersistentObjectLimits.maxPosition else { return .overflow }
        guard size > 0 else { return .success }
        guard let (payload, fd) = outgoing(buffer, size) else { return .outOfMemory }
        let (reply, _) = request(.write(handle: persistent.handle, position: persistent.position, data: payload), attaching: fd)
        guard reply.result == .success else { return checked(reply.result, id, persistent) }
        persistent.position = end
        persistent.dataSize = reply.info.dataSize
        return .success
    }

    func truncate(_ id: UInt32, size: Int) -> TEEResult {
        let persistent = crypto.persistent(id)
        guard persistent.flags.contains(.accessWrite) else {
            panic("TEE_TruncateObjectData: object \(id) was not opened with TEE_DATA_FLAG_ACCESS_WRITE")
        }
        let (reply, _) = request(.truncate(handle: persistent.handle, size: UInt64(size)))
        guard reply.result == .success else { return checked(reply.result, id, persistent) }
        persistent.dataSize = reply.info.dataSize
        return .success
    }

    /// TEE_SeekObjectData: a position below 0 becomes 0; past TEE_DATA_MAX_POSITION is
    /// OVERFLOW and the position stays where it was.
    func seek(_ id: UInt32, offset: Int64, whence: UInt32) -> TEEResult {
        let persistent = crypto.persistent(id)
        let base: UInt64
        switch whence {
        case 0: base = 0
        case 1: base = persistent.position
        case 2:
            let (reply, _) = request(.info(handle: persistent.handle))
            guard reply.result == .success else { return checked(reply.result, id, persistent) }
            persistent.dataSize = reply.info.dataSize
            base = reply.info.dataSize
        default:
            panic("TEE_SeekObjectData: invalid whence \(whence)")
        }
        // base ≤ 2^32, so only a positive offset can overflow.
        let (position, overflow) = Int64(base).addingReportingOverflow(offset)
        guard !overflow, position <= Int64(PersistentObjectLimits.maxPosition) else { return .overflow }
        persistent.position = UInt64(max(position, 0))
        return .success
    }

    // MARK: Enumerators

    func allocateEnumerator(_ out: UnsafeMutablePointer<UInt32>?) -> TEEResult {
        guard let out else { panic("TEE_AllocatePersistentObjectEnumerator: objectEnumerator is NULL") }
        guard let id = crypto.add(ObjectEnumerator()) else {
            out.pointee = 0
            return .outOfMemory
        }
        out.pointee = id
        return .success
    }

    /// GP: ITEM_NOT_FOUND when the storage does not exist or holds no object.
    func startEnumerator(_ id: UInt32, storage: UInt32) -> TEEResult {
        let enumerator = crypto.enumerator(id)
        enumerator.reset()
        let storageID = StorageID(rawValue: storage)
        let (reply, _) = request(.next(storage: storageID, after: nil))
        guard reply.result == .success || reply.result == .corruptObject else { return reply.result }
        enumerator.storage = storageID
        return .success
    }

    func nextObject(_ id: UInt32, info: UnsafeMutablePointer<stee_object_info>?, objectID buffer: UnsafeMutableRawPointer?,
                    length: UnsafeMutablePointer<Int>?) -> TEEResult {
        let enumerator = crypto.enumerator(id)
        guard let buffer, let length else { panic("TEE_GetNextPersistentObject: objectID or objectIDLen is NULL") }
        guard let storage = enumerator.storage else { return .itemNotFound }
        let (reply, _) = request(.next(storage: storage, after: enumerator.after))
        // A corrupt object is reported once; the enumeration goes on after it.
        if reply.result == .success || reply.result == .corruptObject { enumerator.after = reply.objectID }
        guard reply.result == .success, reply.objectID.count <= PersistentObjectLimits.maxIDLength else { return reply.result }
        reply.objectID.withUnsafeBytes { if $0.count > 0 { buffer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
        length.pointee = reply.objectID.count
        var out = stee_object_info()
        out.type = reply.info.objectType
        out.object_size = reply.info.objectSize
        out.max_object_size = reply.info.objectSize
        out.usage = reply.info.usage
        out.data_size = Int(reply.info.dataSize)
        out.handle_flags = GPHandleFlags.persistent.rawValue | GPHandleFlags.initialized.rawValue
        info?.pointee = out
        return .success
    }

    // MARK: Moving objects between a Swift TA's TEECrypto and the host's

    func export(_ id: UInt32, into buffer: UnsafeMutableRawPointer?, length: UnsafeMutablePointer<Int>?,
                type: UnsafeMutablePointer<UInt32>?, objectSize: UnsafeMutablePointer<UInt32>?,
                usage: UnsafeMutablePointer<UInt32>?) -> TEEResult {
        let object = crypto.object(id)
        guard let length else { panic("object export without a length") }
        type?.pointee = object.type.rawValue
        objectSize?.pointee = object.objectSize
        usage?.pointee = object.usage.rawValue
        let exported = object.exportedAttributes()
        guard let buffer, length.pointee >= exported.count else {
            length.pointee = exported.count
            return .shortBuffer
        }
        exported.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        length.pointee = exported.count
        return .success
    }

    func `import`(type: UInt32, objectSize: UInt32, usage: UInt32, from buffer: UnsafeRawPointer?, length: Int,
                  object out: UnsafeMutablePointer<UInt32>?) -> TEEResult {
        guard let out else { panic("object import without a handle pointer") }
        out.pointee = 0
        let raw = UnsafeRawBufferPointer(start: length > 0 ? buffer : nil, count: buffer == nil ? 0 : length)
        guard let object = try? GPObject.restored(type: GPObjectType(rawValue: type), objectSize: objectSize,
                                                  usage: GPUsage(rawValue: usage), attributes: raw) else { return .badParameters }
        guard let id = crypto.add(object) else { return .outOfMemory }
        out.pointee = id
        return .success
    }

    // MARK: Helpers

    /// An object id the TA passes: at most TEE_OBJECT_ID_MAX_LEN bytes, and (GP, checked as
    /// OP-TEE does with a READ access check without ANY_OWNER) never in client shared memory.
    private func objectID(_ pointer: UnsafeRawPointer?, _ length: Int, _ function: String) -> [UInt8] {
        guard length <= PersistentObjectLimits.maxIDLength else {
            panic("\(function): object id of \(length) bytes (TEE_OBJECT_ID_MAX_LEN is 64)")
        }
        guard length > 0 else { return [] }
        guard let pointer else { panic("\(function): object id is NULL") }
        // Only ownership is checked here (no READ flag): that needs no /proc/self/maps read,
        // which cost ≈ 0.3 ms per call. An unreadable id faults the TA on the copy below, which
        // ends it as the panic would.
        let rights = MemoryAccess.check(flags: 0, address: UInt(bitPattern: pointer), size: length,
                                        clientRanges: host.clientRanges)
        guard rights == .success else { panic("\(function): the object id lies in client shared memory or is not readable") }
        return Array(UnsafeRawBufferPointer(start: pointer, count: length))
    }

    private func adopt(_ persistent: PersistentObject, _ out: UnsafeMutablePointer<UInt32>) -> TEEResult {
        guard let id = crypto.add(persistent) else {
            _ = request(.close(handle: persistent.handle))
            return .outOfMemory
        }
        out.pointee = id
        return .success
    }

    /// A corrupt object's handle closes (OP-TEE's remove_corrupt_obj: teed has deleted the
    /// object) unless the TA asked to keep it; later use of a closed handle panics.
    private func checked(_ result: TEEResult, _ id: UInt32, _ persistent: PersistentObject) -> TEEResult {
        if result == .corruptObject, closesHandleOnCorrupt { close(id, persistent) }
        return result
    }

    /// The TA's bytes as they go to teed: inline, or a sealed read-only memfd.
    private func outgoing(_ pointer: UnsafeRawPointer?, _ length: Int) -> (WireData, FileDescriptor?)? {
        let bytes = UnsafeRawBufferPointer(start: length > 0 ? pointer : nil, count: length)
        if length <= WireData.inlineLimit { return (.inline(Array(bytes)), nil) }
        guard let fd = try? MemoryFile.sealedCopy(name: "stee-object-data", contents: bytes) else { return nil }
        return (.attached(size: UInt64(length)), fd)
    }

    private static func restore(_ info: StoredObjectInfo, _ attributes: [UInt8]) -> GPObject? {
        attributes.withUnsafeBytes { raw in
            try? GPObject.restored(type: GPObjectType(rawValue: info.objectType), objectSize: info.objectSize,
                                   usage: GPUsage(rawValue: info.usage), attributes: raw)
        }
    }
}
