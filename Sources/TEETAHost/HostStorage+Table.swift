import CTEETAABI
import TEEABI

/// The `stee_storage_api` table: trampolines into the host's `HostStorage`.
extension HostServices {
    static func storageTable() -> stee_storage_api {
        var api = stee_storage_api()
        api.open = { ctx, storage, id, length, flags, object in
            HostServices.hostStorage(ctx).open(storage: storage, id: id, length: length, flags: flags, handle: object).rawValue
        }
        api.create = { ctx, storage, id, length, flags, attributes, data, dataLength, object in
            HostServices.hostStorage(ctx).create(storage: storage, id: id, length: length, flags: flags, attributes: attributes,
                                data: data, dataLength: dataLength, handle: object).rawValue
        }
        api.close_and_delete = { ctx, object in HostServices.hostStorage(ctx).closeAndDelete(object).rawValue }
        api.rename = { ctx, object, id, length in HostServices.hostStorage(ctx).rename(object, to: id, length: length).rawValue }
        api.read = { ctx, object, buffer, size, count in HostServices.hostStorage(ctx).read(object, into: buffer, size: size, count: count).rawValue }
        api.write = { ctx, object, buffer, size in HostServices.hostStorage(ctx).write(object, from: buffer, size: size).rawValue }
        api.truncate = { ctx, object, size in HostServices.hostStorage(ctx).truncate(object, size: size).rawValue }
        api.seek = { ctx, object, offset, whence in HostServices.hostStorage(ctx).seek(object, offset: offset, whence: whence).rawValue }
        api.enumerator_allocate = { ctx, out in HostServices.hostStorage(ctx).allocateEnumerator(out).rawValue }
        api.enumerator_free = { ctx, id in HostServices.crypto(ctx).removeEnumerator(id) }
        api.enumerator_reset = { ctx, id in HostServices.crypto(ctx).enumerator(id).reset() }
        api.enumerator_start = { ctx, id, storageID in HostServices.hostStorage(ctx).startEnumerator(id, storage: storageID).rawValue }
        api.enumerator_next = { ctx, id, info, objectID, length in
            HostServices.hostStorage(ctx).nextObject(id, info: info, objectID: objectID, length: length).rawValue
        }
        api.object_export = { ctx, object, buffer, length, type, size, usage in
            HostServices.hostStorage(ctx).export(object, into: buffer, length: length, type: type, objectSize: size, usage: usage).rawValue
        }
        api.object_import = { ctx, type, size, usage, buffer, length, object in
            HostServices.hostStorage(ctx).import(type: type, objectSize: size, usage: usage, from: buffer, length: length, object: object).rawValue
        }
        return api
    }

    static func hostStorage(_ ctx: UnsafeMutableRawPointer?) -> HostStorage { host(ctx).storage }
}
