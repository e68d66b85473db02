/// The type of one of the four operation parameters as the TA sees it (`TEE_PARAM_TYPE_*`).
/// Client-side types (temp, whole and partial memrefs) are resolved to these before they
/// leave the client library.
public enum ParameterType: UInt8, Sendable, CaseIterable {
    case none = 0
    case valueInput = 1
    case valueOutput = 2
    case valueInout = 3
    case memrefInput = 5
    case memrefOutput = 6
    case memrefInout = 7

    public var isValue: Bool { (1...3).contains(rawValue) }
    public var isMemref: Bool { (5...7).contains(rawValue) }
    /// Data flows from client to TA.
    public var isInput: Bool { rawValue & 1 != 0 }
    /// Data flows from TA to client.
    public var isOutput: Bool { rawValue & 2 != 0 }
}

/// The four parameter types packed as `TEE_PARAM_TYPES(t0, t1, t2, t3)`.
public struct ParameterTypes: Hashable, Sendable {
    public var types: (ParameterType, ParameterType, ParameterType, ParameterType)

    public init(_ t0: ParameterType = .none, _ t1: ParameterType = .none,
                _ t2: ParameterType = .none, _ t3: ParameterType = .none) {
        types = (t0, t1, t2, t3)
    }

    /// Decodes a packed word; nil when a nibble is not a TA-side type or high bits are set.
    public init?(packed: UInt32) {
        guard packed >> 16 == 0,
              let t0 = ParameterType(rawValue: UInt8(packed & 0xF)),
              let t1 = ParameterType(rawValue: UInt8((packed >> 4) & 0xF)),
              let t2 = ParameterType(rawValue: UInt8((packed >> 8) & 0xF)),
              let t3 = ParameterType(rawValue: UInt8((packed >> 12) & 0xF)) else { return nil }
        types = (t0, t1, t2, t3)
    }

    public subscript(index: Int) -> ParameterType {
        get {
            switch index {
            case 0: types.0
            case 1: types.1
            case 2: types.2
            default: types.3
            }
        }
        set {
            switch index {
            case 0: types.0 = newValue
            case 1: types.1 = newValue
            case 2: types.2 = newValue
            default: types.3 = newValue
            }
        }
    }

    public var packed: UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(self[$1].rawValue) << (4 * UInt32($1)) }
    }

    public static func == (lhs: ParameterTypes, rhs: ParameterTypes) -> Bool { lhs.packed == rhs.packed }
    public func hash(into hasher: inout Hasher) { hasher.combine(packed) }
}
