/// One attribute of an object (`TEE_Attribute`): bytes, or two integers.
public enum GPAttributeValue: Sendable {
    case bytes(SecureBytes)
    case value(a: UInt32, b: UInt32)
}

public struct GPAttribute: Sendable {
    public var id: GPAttributeID
    public var value: GPAttributeValue

    public init(_ id: GPAttributeID, bytes: [UInt8]) {
        self.id = id
        value = .bytes(SecureBytes(bytes))
    }

    public init(_ id: GPAttributeID, bytes: SecureBytes) {
        self.id = id
        value = .bytes(bytes)
    }

    public init(_ id: GPAttributeID, a: UInt32, b: UInt32) {
        self.id = id
        value = .value(a: a, b: b)
    }

    var bytes: SecureBytes? {
        if case let .bytes(b) = value { return b }
        return nil
    }
}
