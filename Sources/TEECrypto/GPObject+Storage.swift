import TEEABI

/// Persistent objects: an object's attributes in the form trusted storage keeps them, and
/// objects rebuilt from that form. Key bytes stay in `SecureBytes` on both ends.
///
/// Format, version 1, little-endian: `u8 1`, `u32 count`, then each attribute in id order:
/// `u32 id`, followed by `u32 a, u32 b` for a value attribute or `u32 length` and the bytes
/// for a buffer attribute. Type, sizes and usage travel beside it (the store keeps them as
/// fields of their own).
extension GPObject {
    static let storageFormatVersion: UInt8 = 1

    /// TEE_TYPE_DATA: what a persistent object created without attributes is. GP: its
    /// object size and maximum are 0; it has a data stream and nothing else.
    public static let dataObjectSpec = GPObjectTypeSpec(minSize: 0, maxSize: 0, step: 0, required: [], sizeOf: { _ in 0 })

    /// A pure data object (TEE_CreatePersistentObject with TEE_HANDLE_NULL attributes).
    public static func dataObject(usage: GPUsage = .all) -> GPObject {
        let object = GPObject(type: .data, maxObjectSize: 0, spec: dataObjectSpec)
        object.usage = usage
        object.isInitialized = true
        return object
    }

    /// The attributes, serialised. An uninitialized object has none.
    public func exportedAttributes() -> SecureBytes {
        let sorted = attributes.sorted { $0.key.rawValue < $1.key.rawValue }
        let length = 5 + sorted.reduce(0) { total, entry in
            switch entry.value {
            case .value: total + 12
            case let .bytes(b): total + 8 + b.count
            }
        }
        let out = SecureBytes(count: length)
        out.withUnsafeMutableBytes { raw in
            var offset = 0
            func put(_ v: UInt32) {
                withUnsafeBytes(of: v.littleEndian) { raw.baseAddress!.advanced(by: offset).copyMemory(from: $0.baseAddress!, byteCount: 4) }
                offset += 4
            }
            raw[0] = Self.storageFormatVersion
            offset = 1
            put(UInt32(sorted.count))
            for (id, value) in sorted {
                put(id.rawValue)
                switch value {
                case let .value(a, b):
                    put(a)
                    put(b)
                case let .bytes(b):
                    put(UInt32(b.count))
                    b.withUnsafeBytes { if $0.count > 0 { raw.baseAddress!.advanced(by: offset).copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
                    offset += b.count
                }
            }
        }
        return out
    }

    /// A persistent object's in-memory form: initialized, with `usage`, and (as GP says of
    /// persistent objects) a maximum size equal to its size. Attributes that do not belong
    /// to the type, are missing, repeated or cut short make the object `CORRUPT_OBJECT`.
    public static func restored(type: GPObjectType, objectSize: UInt32, usage: GPUsage,
                                attributes raw: UnsafeRawBufferPointer) throws(GPFault) -> GPObject {
        let corrupt = GPFault.result(.corruptObject)
        let spec: GPObjectTypeSpec
        if type == .data {
            spec = dataObjectSpec
        } else {
            guard let known = GPObjectTypeSpec.all[type] else { throw corrupt }
            spec = known
        }
        var reader = AttributeReader(raw)
        guard try reader.u8() == storageFormatVersion else { throw corrupt }
        let count = try reader.u32()
        guard count <= 64 else { throw corrupt }
        let allowed = Set(spec.required + spec.optional)
        var found: [GPAttributeID: GPAttributeValue] = [:]
        for _ in 0..<count {
            let id = GPAttributeID(rawValue: try reader.u32())
            guard allowed.contains(id), found[id] == nil else { throw corrupt }
            if id.isValue {
                found[id] = .value(a: try reader.u32(), b: try reader.u32())
            } else {
                let length = Int(try reader.u32())
                found[id] = .bytes(SecureBytes(try reader.bytes(length)))
            }
        }
        guard reader.isAtEnd, spec.required.allSatisfy({ found[$0] != nil }) else { throw corrupt }
        let object = GPObject(type: type, maxObjectSize: type == .data ? 0 : objectSize, spec: spec)
        object.attributes = found
        object.objectSize = type == .data ? 0 : objectSize
        object.usage = usage
        object.isInitialized = true
        return object
    }
}

/// Bounds-checked reads of the attribute format; every failure is a corrupt object.
private struct AttributeReader {
    let raw: UnsafeRawBufferPointer
    var offset = 0

    init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

    var isAtEnd: Bool { offset == raw.count }

    mutating func u8() throws(GPFault) -> UInt8 {
        guard offset < raw.count else { throw .result(.corruptObject) }
        defer { offset += 1 }
        return raw[offset]
    }

    mutating func u32() throws(GPFault) -> UInt32 {
        guard raw.count - offset >= 4 else { throw .result(.corruptObject) }
        var v: UInt32 = 0
        withUnsafeMutableBytes(of: &v) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + 4])) }
        offset += 4
        return UInt32(littleEndian: v)
    }

    mutating func bytes(_ count: Int) throws(GPFault) -> UnsafeRawBufferPointer {
        guard count >= 0, raw.count - offset >= count else { throw .result(.corruptObject) }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: raw[offset..<offset + count])
    }
}
