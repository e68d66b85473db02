// Trusted storage requests a TA instance sends teed on its own connection (GP persistent
// objects). teed knows the TA from the connection, never from the message, and keeps every
// open handle, so sharing rules hold across all instances and sessions of a TA.

/// Bytes of an object's data stream on their way: in the datagram, or in a sealed memfd
/// attached as the datagram's first fd when they would not fit.
public enum WireData: Equatable, Sendable {
    case inline([UInt8])
    case attached(size: UInt64)

    /// Larger payloads travel in a memfd (a datagram is at most 80 KiB).
    public static let inlineLimit = 48 * 1024

    public var size: UInt64 {
        switch self {
        case let .inline(bytes): UInt64(bytes.count)
        case let .attached(size): size
        }
    }

    func encode(into w: inout WireWriter) {
        switch self {
        case let .inline(bytes):
            w.u8(0)
            w.blob(bytes)
        case let .attached(size):
            w.u8(1)
            w.u64(size)
        }
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        switch try r.u8() {
        case 0: return .inline(try r.blob(max: inlineLimit))
        case 1: return .attached(size: try r.u64())
        default: throw .invalidField("data kind")
        }
    }
}

/// What a persistent object is, as teed stores it: GP's type, sizes and usage, and the
/// size of its data stream.
public struct StoredObjectInfo: Equatable, Sendable {
    public var objectType: UInt32
    public var objectSize: UInt32
    public var maxObjectSize: UInt32
    public var usage: UInt32
    public var dataSize: UInt64

    public init(objectType: UInt32, objectSize: UInt32, maxObjectSize: UInt32, usage: UInt32, dataSize: UInt64 = 0) {
        self.objectType = objectType
        self.objectSize = objectSize
        self.maxObjectSize = maxObjectSize
        self.usage = usage
        self.dataSize = dataSize
    }

    public static let none = StoredObjectInfo(objectType: 0, objectSize: 0, maxObjectSize: 0, usage: 0)

    func encode(into w: inout WireWriter) {
        w.u32(objectType)
        w.u32(objectSize)
        w.u32(maxObjectSize)
        w.u32(usage)
        w.u64(dataSize)
    }

    static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(objectType: try r.u32(), objectSize: try r.u32(), maxObjectSize: try r.u32(), usage: try r.u32(),
             dataSize: try r.u64())
    }
}

/// One trusted storage operation. Handles are teed's, valid on the connection that opened them.
public enum StorageOperation: Equatable, Sendable {
    /// TEE_OpenPersistentObject.
    case open(storage: StorageID, objectID: [UInt8], flags: DataFlags)
    /// TEE_CreatePersistentObject; `keepOpen` false closes the handle right away.
    case create(storage: StorageID, objectID: [UInt8], flags: DataFlags, object: StoredObjectInfo,
                attributes: [UInt8], data: WireData, keepOpen: Bool)
    /// TEE_CloseObject of a persistent object.
    case close(handle: UInt32)
    case read(handle: UInt32, position: UInt64, count: UInt64)
    case write(handle: UInt32, position: UInt64, data: WireData)
    case truncate(handle: UInt32, size: UInt64)
    case rename(handle: UInt32, objectID: [UInt8])
    /// TEE_CloseAndDeletePersistentObject1: the handle is closed whatever the result.
    case delete(handle: UInt32)
    /// TEE_RestrictObjectUsage1 on a persistent object: persisted.
    case restrictUsage(handle: UInt32, usage: UInt32)
    /// The object's current information (its data size may have changed through another handle).
    case info(handle: UInt32)
    /// The TA's first object (in id order) after `after`, or the first of all when nil.
    case next(storage: StorageID, after: [UInt8]?)

    /// Bounds on what a request may carry.
    public static let maxAttributes = 16 * 1024

    var tag: UInt8 {
        switch self {
        case .open: 0
        case .create: 1
        case .close: 2
        case .read: 3
        case .write: 4
        case .truncate: 5
        case .rename: 6
        case .delete: 7
        case .restrictUsage: 8
        case .info: 9
        case .next: 10
        }
    }
}

public struct StorageRequest: WireMessage, Equatable {
    public static let opcode = Opcode.storageRequest
    public var operation: StorageOperation
    public init(_ operation: StorageOperation) { self.operation = operation }

    public func encode(into w: inout WireWriter) {
        w.u8(operation.tag)
        switch operation {
        case let .open(storage, objectID, flags):
            w.u32(storage.rawValue)
            w.blob(objectID)
            w.u32(flags.rawValue)
        case let .create(storage, objectID, flags, object, attributes, data, keepOpen):
            w.u32(storage.rawValue)
            w.blob(objectID)
            w.u32(flags.rawValue)
            object.encode(into: &w)
            w.blob(attributes)
            data.encode(into: &w)
            w.bool(keepOpen)
        case let .close(handle), let .delete(handle), let .info(handle):
            w.u32(handle)
        case let .read(handle, position, count):
            w.u32(handle)
            w.u64(position)
            w.u64(count)
        case let .write(handle, position, data):
            w.u32(handle)
            w.u64(position)
            data.encode(into: &w)
        case let .truncate(handle, size):
            w.u32(handle)
            w.u64(size)
        case let .rename(handle, objectID):
            w.u32(handle)
            w.blob(objectID)
        case let .restrictUsage(handle, usage):
            w.u32(handle)
            w.u32(usage)
        case let .next(storage, after):
            w.u32(storage.rawValue)
            w.bool(after != nil)
            if let after { w.blob(after) }
        }
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        let maxID = PersistentObjectLimits.maxIDLength
        switch try r.u8() {
        case 0:
            return Self(.open(storage: StorageID(rawValue: try r.u32()), objectID: try r.blob(max: maxID),
                              flags: DataFlags(rawValue: try r.u32())))
        case 1:
            return Self(.create(storage: StorageID(rawValue: try r.u32()), objectID: try r.blob(max: maxID),
                                flags: DataFlags(rawValue: try r.u32()), object: try StoredObjectInfo.decode(&r),
                                attributes: try r.blob(max: StorageOperation.maxAttributes), data: try WireData.decode(&r),
                                keepOpen: try r.bool()))
        case 2: return Self(.close(handle: try r.u32()))
        case 3: return Self(.read(handle: try r.u32(), position: try r.u64(), count: try r.u64()))
        case 4: return Self(.write(handle: try r.u32(), position: try r.u64(), data: try WireData.decode(&r)))
        case 5: return Self(.truncate(handle: try r.u32(), size: try r.u64()))
        case 6: return Self(.rename(handle: try r.u32(), objectID: try r.blob(max: maxID)))
        case 7: return Self(.delete(handle: try r.u32()))
        case 8: return Self(.restrictUsage(handle: try r.u32(), usage: try r.u32()))
        case 9: return Self(.info(handle: try r.u32()))
        case 10:
            let storage = StorageID(rawValue: try r.u32())
            return Self(.next(storage: storage, after: try r.bool() ? try r.blob(max: maxID) : nil))
        default:
            throw .invalidField("storage operation")
        }
    }
}

/// teed's answer to any storage request: GP's result and what the operation yields (a new
/// handle, an object's information and attributes, bytes read, the id an enumeration found).
public struct StorageReply: WireMessage, Equatable {
    public static let opcode = Opcode.storageReply
    public var result: TEEResult
    public var handle: UInt32
    public var objectID: [UInt8]
    public var info: StoredObjectInfo
    /// The object's attributes as the GP layer serialised them (open only).
    public var attributes: [UInt8]
    public var data: WireData

    public init(result: TEEResult, handle: UInt32 = 0, objectID: [UInt8] = [], info: StoredObjectInfo = .none,
                attributes: [UInt8] = [], data: WireData = .inline([])) {
        self.result = result
        self.handle = handle
        self.objectID = objectID
        self.info = info
        self.attributes = attributes
        self.data = data
    }

    public func encode(into w: inout WireWriter) {
        w.u32(result.rawValue)
        w.u32(handle)
        w.blob(objectID)
        info.encode(into: &w)
        w.blob(attributes)
        data.encode(into: &w)
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(result: TEEResult(try r.u32()), handle: try r.u32(), objectID: try r.blob(max: PersistentObjectLimits.maxIDLength),
             info: try StoredObjectInfo.decode(&r), attributes: try r.blob(max: StorageOperation.maxAttributes),
             data: try WireData.decode(&r))
    }
}
