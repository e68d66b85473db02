import TEEABI

/// An `ObjectStore` that keeps objects in memory: for tests of the layers above, and for a
/// teed run without persistence. Same semantics as the file store, nothing durable.
public final class MemoryObjectStore: ObjectStore {
    private var objects: [StoredObjectID: StoredObject] = [:]

    public init() {}

    public func read(_ id: StoredObjectID) throws(StorageError) -> StoredObject {
        guard let object = objects[id] else { throw .notFound }
        return object
    }

    public func write(_ id: StoredObjectID, _ object: StoredObject, replacing: Bool) throws(StorageError) {
        if !replacing, objects[id] != nil { throw .exists }
        objects[id] = object
    }

    public func rename(_ id: StoredObjectID, to newID: [UInt8]) throws(StorageError) {
        guard let object = objects[id] else { throw .notFound }
        guard let target = StoredObjectID(owner: id.owner, id: newID) else { throw .notFound }
        guard target == id || objects[target] == nil else { throw .exists }
        objects[id] = nil
        objects[target] = object
    }

    public func delete(_ id: StoredObjectID) throws(StorageError) {
        guard objects.removeValue(forKey: id) != nil else { throw .notFound }
    }

    public func list(owner: TEEUUID) throws(StorageError) -> [(id: [UInt8], dataSize: Int)] {
        objects.filter { $0.key.owner == owner }
            .map { (id: $0.key.id, dataSize: $0.value.data.count) }
            .sorted { $0.id.lexicographicallyPrecedes($1.id) }
    }

    public var antiRollbackLevel: UInt32 { 0 }

    public func owners() throws(StorageError) -> [StorageOwnerUsage] {
        Dictionary(grouping: objects, by: \.key.owner)
            .map { StorageOwnerUsage(owner: $0.key, objects: $0.value.count, bytes: $0.value.reduce(0) { $0 + $1.value.data.count }) }
            .sorted { $0.owner < $1.owner }
    }

    public func verify() throws(StorageError) -> StorageVerification {
        var report = StorageVerification()
        report.objectsChecked = objects.count
        report.bytes = objects.values.reduce(0) { $0 + $1.data.count }
        return report
    }
}
