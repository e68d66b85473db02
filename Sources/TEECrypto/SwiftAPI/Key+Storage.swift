import TEEABI

/// Keys in trusted storage form, so a Swift TA can keep them in persistent objects
/// (`TEETrustedApp`'s `TrustedStorage`) and get them back. The bytes stay in `SecureBytes`.
extension Key {
    /// The GP object type (`TEE_TYPE_*`).
    public var type: GPObjectType { object.type }

    /// Type, size, usage and the attributes serialised as trusted storage keeps them.
    public var storageForm: (type: GPObjectType, objectSize: UInt32, usage: GPUsage, attributes: SecureBytes) {
        (object.type, object.objectSize, object.usage, object.exportedAttributes())
    }

    /// A key rebuilt from its storage form (as read back from a persistent object);
    /// `CORRUPT_OBJECT` if the form does not describe a valid key of `type`.
    public convenience init(type: GPObjectType, objectSize: UInt32, usage: GPUsage,
                            attributes: UnsafeRawBufferPointer) throws(TEEError) {
        let object = try typed { () throws(GPFault) in
            try GPObject.restored(type: type, objectSize: objectSize, usage: usage, attributes: attributes)
        }
        self.init(object: object)
    }
}
