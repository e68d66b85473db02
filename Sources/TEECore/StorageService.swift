import Logging
import TEEABI
import TEEPlatform
import TEEStorage

/// GP trusted storage (TEE Internal Core API 1.3.1 §5.7–5.9) as teed serves it to TA
/// instances: every open handle of every instance lives here, so GP's sharing rules hold
/// across all instances and sessions of a TA; objects are read from and committed to the
/// `ObjectStore` whole, per operation, and not kept decrypted in between. Data positions
/// live in the TA host (per handle); teed gets them with each read and write.
///
/// Requests come from the connection teed handed a TA's host, so `owner` is the TA's UUID
/// whatever the request says: one TA never names another's objects.
final class StorageService {
    struct Handle {
        var clientID: Int
        var object: StoredObjectID
        var flags: DataFlags
        /// The object failed its integrity check and was deleted (OP-TEE's
        /// `remove_corrupt_obj`); the handle only answers CORRUPT_OBJECT until closed.
        var corrupt = false
    }

    let store: any ObjectStore
    private let logger: Logger
    /// The largest data stream served: objects are held whole in memory while teed works on them.
    let maxDataSize: UInt64
    private(set) var handles: [UInt32: Handle] = [:]
    private var lastHandle: UInt32 = 0
    /// Data sizes of objects with open handles (teed is the only writer), for TEE_GetObjectInfo1
    /// and TEE_DATA_SEEK_END without reading the object.
    private var dataSizes: [StoredObjectID: UInt64] = [:]

    /// Bound on what one TA instance can make teed hold.
    static let maxHandlesPerClient = 4096

    init(store: any ObjectStore, logger: Logger, maxDataSize: UInt64 = 64 << 20) {
        self.store = store
        self.logger = logger
        self.maxDataSize = min(maxDataSize, PersistentObjectLimits.maxPosition)
    }

    /// One request of TA `owner` on connection `clientID`; `attached` is the datagram's first
    /// fd (data too large to travel inline). Returns the reply and the fd to attach to it.
    func handle(_ operation: StorageOperation, owner: TEEUUID, clientID: Int,
                attached: FileDescriptor?) -> (StorageReply, FileDescriptor?) {
        let caller = Caller(owner: owner, clientID: clientID)
        switch operation {
        case let .open(storage, objectID, flags):
            return (open(storage, objectID, flags, caller), nil)
        case let .create(storage, objectID, flags, object, attributes, data, keepOpen):
            return (create(storage, objectID, flags, object, attributes, data, attached, keepOpen, caller), nil)
        case let .close(handle):
            return (close(handle, caller), nil)
        case let .read(handle, position, count):
            return read(handle, position, count, caller)
        case let .write(handle, position, data):
            return (write(handle, position, data, attached, caller), nil)
        case let .truncate(handle, size):
            return (truncate(handle, size, caller), nil)
        case let .rename(handle, objectID):
            return (rename(handle, objectID, caller), nil)
        case let .delete(handle):
            return (delete(handle, caller), nil)
        case let .restrictUsage(handle, usage):
            return (restrictUsage(handle, usage, caller), nil)
        case let .info(handle):
            return (info(handle, caller), nil)
        case let .next(storage, after):
            return (next(storage, after, caller), nil)
        }
    }

    /// The connection is gone (its host ended): its handles close.
    func release(clientID: Int) {
        for (id, handle) in handles where handle.clientID == clientID { remove(id) }
    }

    // MARK: Persistent objects

    private struct Caller {
        var owner: TEEUUID
        var clientID: Int
    }

    private func open(_ storage: StorageID, _ objectID: [UInt8], _ flags: DataFlags, _ caller: Caller) -> StorageReply {
        guard flags.isSubset(of: .openMask) else { return StorageReply(result: .badParameters) }
        // OP-TEE without RPMB has no file operations for the RPMB id: ITEM_NOT_FOUND.
        guard storage.isServed else { return StorageReply(result: .itemNotFound) }
        guard let id = StoredObjectID(owner: caller.owner, id: objectID) else { return StorageReply(result: .badParameters) }
        guard flags.canShare(with: openFlags(id)) else { return StorageReply(result: .accessConflict) }
        guard count(caller.clientID) < Self.maxHandlesPerClient else { return StorageReply(result: .outOfMemory) }
        let object: StoredObject
        switch load(id) {
        case let .success(loaded): object = loaded
        case let .failure(result): return StorageReply(result: result)
        }
        dataSizes[id] = UInt64(object.data.count)
        let handle = add(Handle(clientID: caller.clientID, object: id, flags: flags))
        return StorageReply(result: .success, handle: handle, info: Self.info(object), attributes: object.attributes)
    }

    private func create(_ storage: StorageID, _ objectID: [UInt8], _ flags: DataFlags, _ info: StoredObjectInfo,
                        _ attributes: [UInt8], _ data: WireData, _ attached: FileDescriptor?, _ keepOpen: Bool,
                        _ caller: Caller) -> StorageReply {
        guard flags.isSubset(of: .createMask) else { return StorageReply(result: .badParameters) }
        guard storage.isServed else { return StorageReply(result: .itemNotFound) }
        guard let id = StoredObjectID(owner: caller.owner, id: objectID) else { return StorageReply(result: .badParameters) }
        // An object someone has open is replaced only with OVERWRITE, and only if the new
        // handle could share it with the open ones (GP 1.3.1 §5.7: TEE_CreatePersistentObject and the sharing rules).
        let others = openFlags(id)
        if !others.isEmpty {
            guard flags.contains(.overwrite), flags.subtracting(.overwrite).canShare(with: others) else {
                return StorageReply(result: .accessConflict)
            }
        }
        guard !keepOpen || count(caller.clientID) < Self.maxHandlesPerClient else { return StorageReply(result: .outOfMemory) }
        let bytes: [UInt8]
        switch received(data, attached) {
        case let .success(received): bytes = received
        case let .failure(result): return StorageReply(result: result)
        }
        let object = StoredObject(objectType: info.objectType, objectSize: info.objectSize, maxObjectSize: info.maxObjectSize,
                                  usage: info.usage, attributes: attributes, data: bytes)
        do throws(StorageError) {
            try store.write(id, object, replacing: flags.contains(.overwrite))
        } catch {
            return StorageReply(result: failed(error, id))
        }
        if !others.isEmpty || keepOpen { dataSizes[id] = UInt64(bytes.count) }
        let handle = keepOpen ? add(Handle(clientID: caller.clientID, object: id, flags: flags.subtracting(.overwrite))) : 0
        return StorageReply(result: .success, handle: handle, info: Self.info(object))
    }

    private func close(_ handle: UInt32, _ caller: Caller) -> StorageReply {
        guard owned(handle, caller) != nil else { return StorageReply(result: .itemNotFound) }
        remove(handle)
        return StorageReply(result: .success)
    }

    private func rename(_ handle: UInt32, _ objectID: [UInt8], _ caller: Caller) -> StorageReply {
        guard let open = owned(handle, caller) else { return StorageReply(result: .itemNotFound) }
        guard open.flags.contains(.accessWriteMeta) else { return StorageReply(result: .accessConflict) }
        guard !open.corrupt else { return StorageReply(result: .corruptObject) }
        guard let target = StoredObjectID(owner: caller.owner, id: objectID) else { return StorageReply(result: .badParameters) }
        // The new name must be free: no object, no handle (ACCESS_CONFLICT, as OP-TEE
        // answers a rename onto the object's own name too).
        guard target != open.object, openFlags(target).isEmpty else { return StorageReply(result: .accessConflict) }
        do throws(StorageError) {
            try store.rename(open.object, to: objectID)
        } catch {
            return StorageReply(result: error == .notFound ? vanished(open.object) : failed(error, open.object))
        }
        dataSizes[target] = dataSizes.removeValue(forKey: open.object)
        handles[handle]?.object = target
        return StorageReply(result: .success)
    }

    /// TEE_CloseAndDeletePersistentObject1: the handle closes whatever happens.
    private func delete(_ handle: UInt32, _ caller: Caller) -> StorageReply {
        guard let open = owned(handle, caller) else { return StorageReply(result: .itemNotFound) }
        guard open.flags.contains(.accessWriteMeta) else { return StorageReply(result: .accessConflict) }
        remove(handle)
        // A corrupt object is gone already.
        guard !open.corrupt else { return StorageReply(result: .success) }
        do throws(StorageError) {
            try store.delete(open.object)
        } catch {
            if error != .notFound { return StorageReply(result: failed(error, open.object)) }
        }
        return StorageReply(result: .success)
    }

    /// TEE_RestrictObjectUsage1 on a persistent object: the new usage is committed.
    private func restrictUsage(_ handle: UInt32, _ usage: UInt32, _ caller: Caller) -> StorageReply {
        modify(handle, caller, needs: .accessWriteMeta) { object throws(TEEResult) in object.usage &= usage }
    }

    private func info(_ handle: UInt32, _ caller: Caller) -> StorageReply {
        guard let open = owned(handle, caller) else { return StorageReply(result: .itemNotFound) }
        guard !open.corrupt else { return StorageReply(result: .corruptObject) }
        if let size = dataSizes[open.object] {
            return StorageReply(result: .success, info: StoredObjectInfo(objectType: 0, objectSize: 0, maxObjectSize: 0, usage: 0, dataSize: size))
        }
        switch load(open.object, underHandle: true) {
        case let .success(object):
            dataSizes[open.object] = UInt64(object.data.count)
            return StorageReply(result: .success, info: Self.info(object))
        case let .failure(result):
            return StorageReply(result: result)
        }
    }

    // MARK: Data streams

    private func read(_ handle: UInt32, _ position: UInt64, _ count: UInt64, _ caller: Caller) -> (StorageReply, FileDescriptor?) {
        guard let open = owned(handle, caller) else { return (StorageReply(result: .itemNotFound), nil) }
        guard open.flags.contains(.accessRead) else { return (StorageReply(result: .accessConflict), nil) }
        guard !open.corrupt else { return (StorageReply(result: .corruptObject), nil) }
        let object: StoredObject
        switch load(open.object, underHandle: true) {
        case let .success(loaded): object = loaded
        case let .failure(result): return (StorageReply(result: result), nil)
        }
        let size = UInt64(object.data.count)
        dataSizes[open.object] = size
        // At or past the end of the stream a read yields nothing (GP 1.3.1 §5.9, TEE_ReadObjectData).
        let start = min(position, size)
        let end = start + min(count, size - start)
        let slice = object.data[Int(start)..<Int(end)]
        let info = StoredObjectInfo(objectType: object.objectType, objectSize: object.objectSize,
                                    maxObjectSize: object.maxObjectSize, usage: object.usage, dataSize: size)
        guard slice.count > WireData.inlineLimit else {
            return (StorageReply(result: .success, info: info, data: .inline(Array(slice))), nil)
        }
        let copy: Result<FileDescriptor, PlatformError> = slice.withUnsafeBytes { raw in
            Result { () throws(PlatformError) in try MemoryFile.sealedCopy(name: "stee-object-data", contents: raw) }
        }
        switch copy {
        case let .success(fd):
            return (StorageReply(result: .success, info: info, data: .attached(size: UInt64(slice.count))), fd)
        case let .failure(error):
            logger.error("cannot hand out object data", metadata: ["error": "\(error)"])
            return (StorageReply(result: .outOfMemory), nil)
        }
    }

    private func write(_ handle: UInt32, _ position: UInt64, _ data: WireData, _ attached: FileDescriptor?,
                       _ caller: Caller) -> StorageReply {
        guard let open = owned(handle, caller) else { return StorageReply(result: .itemNotFound) }
        guard open.flags.contains(.accessWrite) else { return StorageReply(result: .accessConflict) }
        // GP: a position past TEE_DATA_MAX_POSITION after the write is OVERFLOW, and nothing is written.
        let (end, overflow) = position.addingReportingOverflow(data.size)
        guard !overflow, end <= PersistentObjectLimits.maxPosition else { return StorageReply(result: .overflow) }
        let bytes: [UInt8]
        switch received(data, attached) {
        case let .success(received): bytes = received
        case let .failure(result): return StorageReply(result: result)
        }
        return modify(handle, caller, needs: .accessWrite) { object throws(TEEResult) in
            guard max(end, UInt64(object.data.count)) <= maxDataSize else { throw .storageNoSpace }
            // Past the end, the stream is first extended with zeros up to the position.
            if end > UInt64(object.data.count) {
                object.data.append(contentsOf: repeatElement(0, count: Int(end) - object.data.count))
            }
            object.data.replaceSubrange(Int(position)..<Int(end), with: bytes)
        }
    }

    private func truncate(_ handle: UInt32, _ size: UInt64, _ caller: Caller) -> StorageReply {
        modify(handle, caller, needs: .accessWrite) { object throws(TEEResult) in
            guard size <= maxDataSize else { throw .storageNoSpace }
            if size < UInt64(object.data.count) {
                object.data.removeSubrange(Int(size)...)
            } else {
                object.data.append(contentsOf: repeatElement(0, count: Int(size) - object.data.count))
            }
        }
    }

    /// Reads the object behind `handle`, changes it, and commits it whole.
    private func modify(_ handle: UInt32, _ caller: Caller, needs right: DataFlags,
                        _ change: (inout StoredObject) throws(TEEResult) -> Void) -> StorageReply {
        guard let open = owned(handle, caller) else { return StorageReply(result: .itemNotFound) }
        guard open.flags.contains(right) else { return StorageReply(result: .accessConflict) }
        guard !open.corrupt else { return StorageReply(result: .corruptObject) }
        var object: StoredObject
        switch load(open.object, underHandle: true) {
        case let .success(loaded): object = loaded
        case let .failure(result): return StorageReply(result: result)
        }
        do throws(TEEResult) {
            try change(&object)
        } catch {
            return StorageReply(result: error)
        }
        do throws(StorageError) {
            try store.write(open.object, object, replacing: true)
        } catch {
            return StorageReply(result: failed(error, open.object))
        }
        dataSizes[open.object] = UInt64(object.data.count)
        return StorageReply(result: .success, info: Self.info(object))
    }

    // MARK: Enumeration

    /// The TA's first object after `after` in byte order (a cursor that survives objects
    /// coming and going between calls). An object that fails its check is reported with its
    /// id so the enumeration moves past it.
    private func next(_ storage: StorageID, _ after: [UInt8]?, _ caller: Caller) -> StorageReply {
        guard storage.isServed else { return StorageReply(result: .itemNotFound) }
        let ids: [[UInt8]]
        do throws(StorageError) {
            ids = try store.list(owner: caller.owner).map(\.id).sorted { $0.lexicographicallyPrecedes($1) }
        } catch {
            return StorageReply(result: error.result)
        }
        for objectID in ids where after.map({ $0.lexicographicallyPrecedes(objectID) }) ?? true {
            guard let id = StoredObjectID(owner: caller.owner, id: objectID) else { continue }
            switch load(id) {
            case let .success(object):
                return StorageReply(result: .success, objectID: objectID, info: Self.info(object))
            case .failure(.itemNotFound):
                continue  // deleted since the listing
            case let .failure(result):
                return StorageReply(result: result, objectID: objectID)
            }
        }
        return StorageReply(result: .itemNotFound)
    }

    // MARK: Helpers

    private static func info(_ object: StoredObject) -> StoredObjectInfo {
        StoredObjectInfo(objectType: object.objectType, objectSize: object.objectSize, maxObjectSize: object.maxObjectSize,
                         usage: object.usage, dataSize: UInt64(object.data.count))
    }

    /// The flags of the live handles on `id`.
    private func openFlags(_ id: StoredObjectID) -> [DataFlags] {
        handles.values.filter { $0.object == id && !$0.corrupt }.map(\.flags)
    }

    private func count(_ clientID: Int) -> Int { handles.values.count(where: { $0.clientID == clientID }) }

    private func owned(_ handle: UInt32, _ caller: Caller) -> Handle? {
        guard let open = handles[handle], open.clientID == caller.clientID else { return nil }
        return open
    }

    private func add(_ handle: Handle) -> UInt32 {
        repeat {
            lastHandle = lastHandle == UInt32.max ? 1 : lastHandle + 1
        } while handles[lastHandle] != nil
        handles[lastHandle] = handle
        return lastHandle
    }

    private func remove(_ handle: UInt32) {
        guard let open = handles.removeValue(forKey: handle) else { return }
        if !handles.values.contains(where: { $0.object == open.object }) { dataSizes[open.object] = nil }
    }

    /// The object, decrypted and verified. Under an open handle, an object that is gone was
    /// removed behind teed's back: that is corruption too.
    private func load(_ id: StoredObjectID, underHandle: Bool = false) -> Result<StoredObject, TEEResult> {
        do throws(StorageError) {
            return .success(try store.read(id))
        } catch {
            if error == .notFound { return .failure(underHandle ? vanished(id) : .itemNotFound) }
            return .failure(failed(error, id))
        }
    }

    /// GP's result for a store failure; a corrupt object is deleted and its handles marked
    /// (GP 1.3.1 §5.7: the implementation deletes a corrupt object before reporting it).
    private func failed(_ error: StorageError, _ id: StoredObjectID) -> TEEResult {
        switch error {
        case .corrupt:
            logger.error("Secure storage corruption detected: deleting the object", metadata: ["object": "\(id)"])
            try? store.delete(id)
            markCorrupt(id)
        case .security:
            logger.critical("Secure storage corruption detected: the store failed its integrity check")
        case let .unavailable(why):
            logger.error("trusted storage unavailable", metadata: ["error": "\(why)"])
        default:
            break
        }
        return error.result
    }

    private func vanished(_ id: StoredObjectID) -> TEEResult {
        logger.error("Secure storage corruption detected: an open object disappeared", metadata: ["object": "\(id)"])
        markCorrupt(id)
        return .corruptObject
    }

    private func markCorrupt(_ id: StoredObjectID) {
        for (handle, open) in handles where open.object == id { handles[handle]?.corrupt = true }
        dataSizes[id] = nil
    }

    /// Data sent with a request: inline, or a sealed memfd of exactly the size announced.
    private func received(_ data: WireData, _ attached: FileDescriptor?) -> Result<[UInt8], TEEResult> {
        switch data {
        case let .inline(bytes):
            return .success(bytes)
        case let .attached(size):
            guard size <= maxDataSize else { return .failure(.storageNoSpace) }
            guard let attached, let sealed = try? MemoryFile.sealedSize(attached.rawValue), sealed == size,
                  let bytes = try? RegularFile.read(attached, limit: Int(size), name: "object data"),
                  bytes.count == Int(size) else { return .failure(.badParameters) }
            return .success(bytes)
        }
    }
}
