import CTEETAABI

/// A trusted storage space of the TA (GP TEE Internal Core API chapter 5), for Swift TAs:
/// the same service C TAs reach through libutee (the host's `stee_storage_api`, teed's
/// object store). GP results are thrown as `TEEError` (origin TEE); what GP says must panic
/// (a missing access right, an id longer than 64 bytes) ends the TA as TEE_Panic would.
///
///     let object = try context.storage.create(Array("counter".utf8), data: [0, 0, 0, 0])
///     try object.seek(0, from: .start)
///     let bytes = try object.read(4)
public struct TrustedStorage {
    let context: TAContext
    /// `TEE_STORAGE_PRIVATE` unless asked otherwise.
    public let id: StorageID

    var api: stee_storage_api { context.host.pointee.storage.pointee }
    var host: UnsafeMutableRawPointer? { context.host.pointee.host }

    /// TEE_CreatePersistentObject: a data object, or one holding `key`'s attributes (type,
    /// size and usage come from the key). `flags` may include `.overwrite`; without it an
    /// existing object is `ACCESS_CONFLICT`.
    public func create(_ objectID: [UInt8], flags: DataFlags = [.accessRead, .accessWrite, .accessWriteMeta],
                       key: Key? = nil, data: [UInt8] = []) throws(TEEError) -> PersistentObject {
        let attributes = try key.map { key throws(TEEError) in try hostObject(for: key) } ?? 0
        defer { if attributes != 0 { context.host.pointee.crypto.pointee.object_free(host, attributes) } }
        var handle: UInt32 = 0
        let rc = objectID.withUnsafeBytes { id in
            data.withUnsafeBytes { bytes in
                api.create(host, self.id.rawValue, id.baseAddress, id.count, flags.rawValue, attributes, bytes.baseAddress,
                           bytes.count, &handle)
            }
        }
        try check(rc)
        return PersistentObject(storage: self, handle: handle)
    }

    /// TEE_OpenPersistentObject.
    public func open(_ objectID: [UInt8], flags: DataFlags = .accessRead) throws(TEEError) -> PersistentObject {
        var handle: UInt32 = 0
        let rc = objectID.withUnsafeBytes { id in api.open(host, self.id.rawValue, id.baseAddress, id.count, flags.rawValue, &handle) }
        try check(rc)
        return PersistentObject(storage: self, handle: handle)
    }

    /// The TA's objects in this storage, through a persistent object enumerator. Objects
    /// found corrupt are skipped (the TEE has deleted them).
    public func objects() throws(TEEError) -> [(id: [UInt8], info: PersistentObject.Info)] {
        var enumerator: UInt32 = 0
        try check(api.enumerator_allocate(host, &enumerator))
        defer { api.enumerator_free(host, enumerator) }
        let started = TEEResult(api.enumerator_start(host, enumerator, id.rawValue))
        if started == .itemNotFound { return [] }
        try check(started.rawValue)
        var found: [(id: [UInt8], info: PersistentObject.Info)] = []
        var buffer = [UInt8](repeating: 0, count: PersistentObjectLimits.maxIDLength)
        while true {
            var info = stee_object_info()
            var length = 0
            let rc = TEEResult(buffer.withUnsafeMutableBytes { api.enumerator_next(host, enumerator, &info, $0.baseAddress, &length) })
            switch rc {
            case .success: found.append((Array(buffer.prefix(length)), PersistentObject.Info(info)))
            case .itemNotFound: return found
            case .corruptObject: continue
            default: throw TEEError(rc, origin: .tee)
            }
        }
    }

    /// A transient object in the host holding `key` (what TEE_CreatePersistentObject copies).
    private func hostObject(for key: Key) throws(TEEError) -> UInt32 {
        let form = key.storageForm
        var object: UInt32 = 0
        let rc = form.attributes.withUnsafeBytes { raw in
            api.object_import(host, form.type.rawValue, form.objectSize, form.usage.rawValue, raw.baseAddress, raw.count, &object)
        }
        try check(rc)
        return object
    }

    func check(_ rc: UInt32) throws(TEEError) {
        guard rc == TEEResult.success.rawValue else { throw TEEError(TEEResult(rc), origin: .tee) }
    }
}
