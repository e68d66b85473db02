import CTEECryptoBackend
import CTEETAABI
import TEEABI
import TEECrypto

/// The `stee_crypto_api` table: objects and operations here, each class's calls in its
/// own file (HostCrypto+Digest.swift and the others).
extension HostServices {
    static func cryptoTable() -> stee_crypto_api {
        var api = stee_crypto_api()
        installObjects(&api)
        installOperations(&api)
        installDigest(&api)
        api.bigint = stee_bigint_table()
        installCipher(&api)
        installMAC(&api)
        installAE(&api)
        installAsymmetric(&api)
        installDerive(&api)
        return api
    }

    static func crypto(_ ctx: UnsafeMutableRawPointer?) -> HostCrypto { host(ctx).crypto }

    private static func installObjects(_ api: inout stee_crypto_api) {
        api.object_allocate = { ctx, type, maxSize, out in
            let crypto = HostServices.crypto(ctx)
            var id: UInt32 = 0
            let rc = crypto.run { () throws(GPFault) in
                let object = try GPObject(type: GPObjectType(rawValue: type), maxObjectSize: maxSize)
                guard let added = crypto.add(object) else { throw .result(.outOfMemory) }
                id = added
            }
            out?.pointee = id
            return rc
        }
        // TEE_CloseObject closes a persistent object too (with teed).
        api.object_free = { ctx, id in
            let host = HostServices.host(ctx)
            if let persistent = host.crypto.persistentIfAny(id) {
                host.storage.close(id, persistent)
            } else {
                host.crypto.removeObject(id)
            }
        }
        api.object_reset = { ctx, id in HostServices.crypto(ctx).transientObject(id).reset() }
        api.object_populate = { ctx, id, attrs, count in
            let crypto = HostServices.crypto(ctx)
            let object = crypto.transientObject(id)
            return crypto.run { () throws(GPFault) in try object.populate(HostCrypto.attributes(attrs, count: count)) }
        }
        api.object_generate = { ctx, id, size, params, count in
            let crypto = HostServices.crypto(ctx)
            let object = crypto.transientObject(id)
            return crypto.run { () throws(GPFault) in
                try object.generateKey(size: size, parameters: HostCrypto.attributes(params, count: count))
            }
        }
        api.object_info = { ctx, id, info in
            let host = HostServices.host(ctx)
            if let persistent = host.crypto.persistentIfAny(id) { return host.storage.info(id, persistent, into: info) }
            let object = host.crypto.object(id)
            var out = stee_object_info()
            out.type = object.type.rawValue
            out.object_size = object.objectSize
            out.max_object_size = object.maxObjectSize
            out.usage = object.usage.rawValue
            out.handle_flags = object.handleFlags.rawValue
            info?.pointee = out
            return TEEResult.success.rawValue
        }
        api.object_restrict = { ctx, id, usage in
            let host = HostServices.host(ctx)
            if let persistent = host.crypto.persistentIfAny(id) { return host.storage.restrictUsage(id, persistent, usage) }
            host.crypto.object(id).restrictUsage(GPUsage(rawValue: usage))
            return TEEResult.success.rawValue
        }
        api.object_buffer_attribute = { ctx, id, attribute, buffer, length in
            let crypto = HostServices.crypto(ctx)
            let object = crypto.object(id)
            guard let length else { crypto.panic("NULL size pointer") }
            return crypto.run { () throws(GPFault) in
                let bytes = try object.bufferAttribute(GPAttributeID(rawValue: attribute))
                guard let buffer, length.pointee >= bytes.count else {
                    length.pointee = bytes.count
                    throw .result(.shortBuffer)
                }
                bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(buffer), byteCount: $0.count) }
                length.pointee = bytes.count
            }
        }
        api.object_value_attribute = { ctx, id, attribute, a, b in
            let crypto = HostServices.crypto(ctx)
            let object = crypto.object(id)
            return crypto.run { () throws(GPFault) in
                let value = try object.valueAttribute(GPAttributeID(rawValue: attribute))
                a?.pointee = value.a
                b?.pointee = value.b
            }
        }
        api.object_copy = { ctx, destination, source in
            let crypto = HostServices.crypto(ctx)
            let (to, from) = (crypto.transientObject(destination), crypto.object(source))
            _ = crypto.run { () throws(GPFault) in try to.copyAttributes(from: from) }
        }
    }

    private static func installOperations(_ api: inout stee_crypto_api) {
        api.operation_allocate = { ctx, algorithm, mode, maxKeySize, out in
            let crypto = HostServices.crypto(ctx)
            var id: UInt32 = 0
            let rc = crypto.run { () throws(GPFault) in
                guard let mode = GPOperationMode(rawValue: mode) else { throw .result(.notSupported) }
                let operation = try GPOperation(algorithm: GPAlgorithm(rawValue: algorithm), mode: mode, maxKeySize: maxKeySize)
                guard let added = crypto.add(operation) else { throw .result(.outOfMemory) }
                id = added
            }
            out?.pointee = id
            return rc
        }
        api.operation_free = { ctx, id in HostServices.crypto(ctx).removeOperation(id) }
        api.operation_info = { ctx, id, info in
            let operation = HostServices.crypto(ctx).operation(id)
            var out = stee_operation_info()
            out.algorithm = operation.algorithm.rawValue
            out.operation_class = operation.operationClass.rawValue
            out.mode = operation.mode.rawValue
            out.digest_length = UInt32(operation.outputLength)
            out.max_key_size = operation.maxKeySize
            out.key_size = operation.keySize
            out.required_key_usage = operation.requiredKeyUsage.rawValue
            out.handle_state = operation.handleFlags.rawValue
            out.operation_state = operation.state.rawValue
            out.number_of_keys = UInt32(operation.keyCount)
            out.key_sizes.0 = operation.keys.count > 0 ? operation.keys[0].objectSize : 0
            out.key_sizes.1 = operation.keys.count > 1 ? operation.keys[1].objectSize : 0
            info?.pointee = out
        }
        api.operation_reset = { ctx, id in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            _ = crypto.run { () throws(GPFault) in try operation.reset() }
        }
        api.operation_set_keys = { ctx, id, key1, key2 in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            let keys: [GPObject]? = key1 == 0 ? nil : [crypto.object(key1)] + (key2 == 0 ? [] : [crypto.object(key2)])
            return crypto.run { () throws(GPFault) in try operation.setKeys(keys) }
        }
        api.operation_copy = { ctx, destination, source in
            let crypto = HostServices.crypto(ctx)
            let (to, from) = (crypto.operation(destination), crypto.operation(source))
            _ = crypto.run { () throws(GPFault) in try to.copy(from: from) }
        }
        api.algorithm_supported = { _, algorithm, element in
            GPEngines.isSupported(algorithm: GPAlgorithm(rawValue: algorithm), element: element)
                ? TEEResult.success.rawValue : TEEResult.notSupported.rawValue
        }
    }
}
