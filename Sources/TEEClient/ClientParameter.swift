import TEEABI

/// One parameter as both client faces hand it to the shared implementation: client-side
/// memref kinds (temp, whole, partial) are already resolved to a TA-side direction.
public enum ClientParameter {
    case none
    case value(ParameterType, a: UInt32, b: UInt32)
    /// A temporary buffer; `buffer` may be nil only when `size` is 0 (a NULL memref).
    case temp(ParameterType, buffer: UnsafeMutableRawPointer?, size: Int)
    /// A window of shared memory, already checked against the block's size and flags.
    case shared(ParameterType, memory: TEESharedMemory, offset: Int, size: Int)

    var type: ParameterType {
        switch self {
        case .none: .none
        case let .value(t, _, _), let .temp(t, _, _), let .shared(t, _, _, _): t
        }
    }
}

/// What an operation gives back, written back to the caller's structures even when the
/// call failed (so SHORT_BUFFER reports the size needed).
public struct ClientOutputs: Sendable {
    public var values: [(a: UInt32, b: UInt32)] = Array(repeating: (0, 0), count: 4)
    public var sizes: [Int] = Array(repeating: 0, count: 4)
    public init() {}

    /// The parameters' own values and sizes: what is written back when no answer came
    /// (the TA never ran), so the caller's structures are left as they were.
    public init(echoing parameters: [ClientParameter]) {
        for (i, p) in parameters.prefix(4).enumerated() {
            switch p {
            case .none: break
            case let .value(_, a, b): values[i] = (a, b)
            case let .temp(_, _, size), let .shared(_, _, _, size): sizes[i] = size
            }
        }
    }
}
