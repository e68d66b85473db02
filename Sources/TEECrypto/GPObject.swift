import TEEABI

/// A transient object (`TEE_ObjectHandle` of a key): its type, size limits, usage and
/// attributes. Key bytes live in `SecureBytes`, wiped when the object lets them go.
public final class GPObject {
    public let type: GPObjectType
    public let maxObjectSize: UInt32
    public internal(set) var objectSize: UInt32 = 0
    public internal(set) var usage: GPUsage = .all
    public internal(set) var isInitialized = false
    var attributes: [GPAttributeID: GPAttributeValue] = [:]
    let spec: GPObjectTypeSpec

    /// TEE_AllocateTransientObject: NOT_SUPPORTED for a type or size this TEE does not offer.
    public init(type: GPObjectType, maxObjectSize: UInt32) throws(GPFault) {
        guard let spec = GPObjectTypeSpec.all[type], spec.allows(size: maxObjectSize) else {
            throw .result(.notSupported)
        }
        self.type = type
        self.maxObjectSize = maxObjectSize
        self.spec = spec
    }

    /// An object of a known spec without GP's allocation checks (restored persistent objects).
    init(type: GPObjectType, maxObjectSize: UInt32, spec: GPObjectTypeSpec) {
        self.type = type
        self.maxObjectSize = maxObjectSize
        self.spec = spec
    }

    public var handleFlags: GPHandleFlags { isInitialized ? .initialized : [] }

    /// TEE_ResetTransientObject: back to uninitialized, usage restored.
    public func reset() {
        attributes = [:]
        objectSize = 0
        isInitialized = false
        usage = .all
    }

    /// TEE_PopulateTransientObject. Panics if already initialized or an attribute does not
    /// belong to the type; BAD_PARAMETERS when the values make no valid key of this size.
    public func populate(_ given: [GPAttribute]) throws(GPFault) {
        guard !isInitialized else { throw .panic("populate of an initialized object") }
        var found: [GPAttributeID: GPAttributeValue] = [:]
        for attribute in given {
            guard spec.required.contains(attribute.id) || spec.optional.contains(attribute.id) else {
                throw .panic("attribute \(attribute.id) does not belong to type \(type)")
            }
            guard found[attribute.id] == nil else { throw .panic("attribute \(attribute.id) given twice") }
            guard attribute.id.isValue == (attribute.bytes == nil) else { throw .panic("attribute \(attribute.id) of the wrong kind") }
            found[attribute.id] = attribute.value
        }
        for id in spec.required where found[id] == nil { throw .panic("missing attribute \(id)") }
        for group in spec.allOrNone {
            let present = group.filter { found[$0] != nil }.count
            guard present == 0 || present == group.count else { throw .result(.badParameters) }
        }
        guard let size = spec.sizeOf(found), size <= maxObjectSize, spec.allows(size: size) else {
            throw .result(.badParameters)
        }
        // Copies: the caller's buffers may change or go away.
        attributes = found.mapValues { value in
            if case let .bytes(b) = value { return .bytes(b.copy()) }
            return value
        }
        objectSize = size
        isInitialized = true
    }

    /// TEE_GenerateKey.
    public func generateKey(size: UInt32, parameters: [GPAttribute]) throws(GPFault) {
        guard !isInitialized else { throw .panic("generate on an initialized object") }
        guard size <= maxObjectSize, spec.allows(size: size) else { throw .panic("key size \(size) not allowed") }
        guard let generate = spec.generate else { throw .result(.notSupported) }
        let made = try generate(size, parameters)
        attributes = Dictionary(made.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
        objectSize = size
        isInitialized = true
    }

    /// TEE_DeriveKey's result: `secret` as this object's TEE_ATTR_SECRET_VALUE.
    /// BAD_PARAMETERS when it is too large for the object or of a size its type forbids.
    func setDerivedSecret(_ secret: SecureBytes) throws(GPFault) {
        guard !isInitialized else { throw .panic("derived key object is already initialized") }
        let size = UInt32(clamping: secret.count * 8)
        guard size <= maxObjectSize, spec.allows(size: size) else { throw .result(.badParameters) }
        attributes = [.secretValue: .bytes(secret)]
        objectSize = size
        isInitialized = true
    }

    /// TEE_RestrictObjectUsage1: usage can only shrink.
    public func restrictUsage(_ allowed: GPUsage) {
        usage.formIntersection(allowed)
    }

    /// TEE_GetObjectBufferAttribute: secret parts only from an extractable object.
    public func bufferAttribute(_ id: GPAttributeID) throws(GPFault) -> SecureBytes {
        guard !id.isValue else { throw .panic("\(id) is a value attribute") }
        guard id.isPublic || usage.contains(.extractable) else { throw .panic("\(id) is secret and the object is not extractable") }
        guard isInitialized, case let .bytes(b)? = attributes[id] else { throw .result(.itemNotFound) }
        return b
    }

    /// TEE_GetObjectValueAttribute.
    public func valueAttribute(_ id: GPAttributeID) throws(GPFault) -> (a: UInt32, b: UInt32) {
        guard id.isValue else { throw .panic("\(id) is a buffer attribute") }
        guard id.isPublic || usage.contains(.extractable) else { throw .panic("\(id) is secret and the object is not extractable") }
        guard isInitialized, case let .value(a, b)? = attributes[id] else { throw .result(.itemNotFound) }
        return (a, b)
    }

    /// TEE_CopyObjectAttributes1: `source` must be initialized and fit this object.
    public func copyAttributes(from source: GPObject) throws(GPFault) {
        guard !isInitialized else { throw .panic("copy into an initialized object") }
        guard source.isInitialized else { throw .panic("copy from an uninitialized object") }
        guard source.type == type || Self.publicPart(of: source.type) == type else { throw .panic("incompatible object types") }
        guard source.objectSize <= maxObjectSize else { throw .panic("source larger than this object") }
        let wanted = Set(spec.required + spec.optional)
        attributes = source.attributes.filter { wanted.contains($0.key) }.mapValues { value in
            if case let .bytes(b) = value { return .bytes(b.copy()) }
            return value
        }
        objectSize = source.objectSize
        usage = source.usage
        isInitialized = true
    }

    /// The attribute bytes an engine needs (never handed to the TA from here).
    public func secret(_ id: GPAttributeID) -> SecureBytes? {
        if case let .bytes(b)? = attributes[id] { return b }
        return nil
    }

    public func value(_ id: GPAttributeID) -> (a: UInt32, b: UInt32)? {
        if case let .value(a, b)? = attributes[id] { return (a, b) }
        return nil
    }

    /// A key pair type's public counterpart (0xA1… → 0xA0…).
    static func publicPart(of type: GPObjectType) -> GPObjectType? {
        type.rawValue >> 24 == 0xA1 ? GPObjectType(rawValue: type.rawValue & 0xA0FF_FFFF) : nil
    }

    /// A copy with its own key bytes (what TEE_SetOperationKey keeps).
    func snapshot() -> GPObject {
        let copy = try! GPObject(type: type, maxObjectSize: maxObjectSize)
        copy.attributes = attributes.mapValues { value in
            if case let .bytes(b) = value { return .bytes(b.copy()) }
            return value
        }
        copy.objectSize = objectSize
        copy.usage = usage
        copy.isInitialized = isInitialized
        return copy
    }
}
