import TEEABI

/// Who owns an object and what it is called: GP's object id (any 0…64 bytes: GP's object
/// identifiers may be empty) in the storage space of one TA.
public struct StoredObjectID: Hashable, Sendable, CustomStringConvertible {
    public static let maxIDLength = 64

    public var owner: TEEUUID
    public var id: [UInt8]

    public init?(owner: TEEUUID, id: [UInt8]) {
        guard id.count <= Self.maxIDLength else { return nil }
        self.owner = owner
        self.id = id
    }

    /// Never the id's bytes: they are the TA's secret.
    public var description: String { "object of \(owner) (\(id.count)-byte id)" }
}

/// What a persistent object holds, decrypted: GP's object information, the attributes
/// (encoded by the GP layer; opaque here) and the data stream.
public struct StoredObject: Equatable, Sendable {
    public var objectType: UInt32
    public var objectSize: UInt32
    public var maxObjectSize: UInt32
    public var usage: UInt32
    /// The attributes as the GP layer serialises them.
    public var attributes: [UInt8]
    public var data: [UInt8]

    public init(objectType: UInt32, objectSize: UInt32, maxObjectSize: UInt32, usage: UInt32,
                attributes: [UInt8], data: [UInt8]) {
        self.objectType = objectType
        self.objectSize = objectSize
        self.maxObjectSize = maxObjectSize
        self.usage = usage
        self.attributes = attributes
        self.data = data
    }
}

/// Why a store operation failed. The store changes nothing when it throws.
public enum StorageError: Error, Equatable, Sendable {
    /// No such object (TEE_ERROR_ITEM_NOT_FOUND).
    case notFound
    /// The target of a create or rename exists (TEE_ERROR_ACCESS_CONFLICT).
    case exists
    /// An object's file failed its integrity check (TEE_ERROR_CORRUPT_OBJECT).
    case corrupt
    /// The store as a whole failed its integrity or freshness check (TEE_ERROR_SECURITY).
    case security
    /// The file system is full (TEE_ERROR_STORAGE_NO_SPACE).
    case noSpace
    /// Any other I/O failure (TEE_ERROR_STORAGE_NOT_AVAILABLE).
    case unavailable(String)

    public var result: TEEResult {
        switch self {
        case .notFound: .itemNotFound
        case .exists: TEEResult(0xFFFF_0003)  // TEE_ERROR_ACCESS_CONFLICT
        case .corrupt: TEEResult(0xF010_0001)
        case .security: .security
        case .noSpace: .storageNoSpace
        case .unavailable: TEEResult(0xF010_0003)
        }
    }
}

/// Persistent objects, each committed atomically and durably: after a call returns, the
/// object is the new one on disk; after a crash at any instant, each object is byte-equal
/// to its state before or after the interrupted call.
public protocol ObjectStore: AnyObject {
    /// The object, decrypted and verified.
    func read(_ id: StoredObjectID) throws(StorageError) -> StoredObject
    /// Creates (`replacing: false`: `.exists` if there is one) or replaces the object.
    func write(_ id: StoredObjectID, _ object: StoredObject, replacing: Bool) throws(StorageError)
    /// Renames within the owner's space; `.exists` if `newID` is taken, `.notFound` if `id` is not.
    func rename(_ id: StoredObjectID, to newID: [UInt8]) throws(StorageError)
    func delete(_ id: StoredObjectID) throws(StorageError)
    /// The owner's object ids (decrypted) with their data sizes, in a stable order.
    func list(owner: TEEUUID) throws(StorageError) -> [(id: [UInt8], dataSize: Int)]
    /// gpd.tee.trustedStorage.antiRollback.protectionLevel for this store's anchor.
    var antiRollbackLevel: UInt32 { get }
    /// Objects and data bytes per owner, sorted by owner (`teectl storage list`).
    func owners() throws(StorageError) -> [StorageOwnerUsage]
    /// Checks every object and the store's own records (`teectl storage verify`).
    func verify() throws(StorageError) -> StorageVerification
}

extension ObjectStore {
    public func owners() throws(StorageError) -> [StorageOwnerUsage] { [] }

    public func verify() throws(StorageError) -> StorageVerification { StorageVerification() }
}
