/// One parameter of an operation as it crosses a process boundary. Pointers never travel:
/// memory is either inline bytes or a shared-memory region named by id, with the fd
/// attached to the datagram the first time a peer sees it.
public enum WireParameter: Equatable, Sendable {
    case none
    case value(a: UInt32, b: UInt32)
    /// A NULL memref (buffer NULL, size 0), which GP allows.
    case null
    /// Bytes copied into the datagram. `size` is the buffer's size; `data` holds the input
    /// bytes (empty for output-only memrefs).
    case inline(size: UInt64, data: [UInt8])
    /// A window of a shared-memory region. `id` 0 is a one-call region that is not cached.
    /// `fdIndex` names the attached descriptor when the region is new to the receiver.
    case shared(id: UInt32, fdIndex: UInt8?, offset: UInt64, size: UInt64)
}

/// What an operation sends: `paramTypes` plus four parameters that agree with them.
public struct WireOperation: Equatable, Sendable {
    public static let maxInline = 64 * 1024

    public var types: ParameterTypes
    public var params: [WireParameter]

    public init(types: ParameterTypes = ParameterTypes(), params: [WireParameter] = Array(repeating: .none, count: 4)) {
        self.types = types
        self.params = params
    }

    public static let empty = WireOperation()

    public func encode(into w: inout WireWriter) {
        w.u32(types.packed)
        for i in 0..<4 {
            switch params[i] {
            case .none: break
            case let .value(a, b):
                w.u32(a)
                w.u32(b)
            case .null:
                w.u8(0)
            case let .inline(size, data):
                w.u8(1)
                w.u64(size)
                w.blob(data)
            case let .shared(id, fdIndex, offset, size):
                w.u8(2)
                w.u32(id)
                w.u8(fdIndex ?? 0xFF)
                w.u64(offset)
                w.u64(size)
            }
        }
    }

    /// Decodes and checks that every parameter agrees with its declared type.
    public static func decode(_ r: inout WireReader) throws(WireError) -> WireOperation {
        guard let types = ParameterTypes(packed: try r.u32()) else { throw .invalidField("paramTypes") }
        var params = [WireParameter]()
        params.reserveCapacity(4)
        var inlineTotal = 0
        for i in 0..<4 {
            let type = types[i]
            if type == .none {
                params.append(.none)
            } else if type.isValue {
                params.append(.value(a: try r.u32(), b: try r.u32()))
            } else {
                switch try r.u8() {
                case 0:
                    params.append(.null)
                case 1:
                    let size = try r.u64()
                    let data = try r.blob(max: maxInline)
                    guard size <= UInt64(maxInline) else { throw .invalidField("inline size") }
                    // Input bytes must fill the buffer; output-only buffers carry none.
                    guard data.count == (type.isInput ? Int(size) : 0) else { throw .invalidField("inline data") }
                    inlineTotal += Int(size)
                    params.append(.inline(size: size, data: data))
                case 2:
                    let id = try r.u32()
                    let index = try r.u8()
                    params.append(.shared(id: id, fdIndex: index == 0xFF ? nil : index, offset: try r.u64(), size: try r.u64()))
                default:
                    throw .invalidField("memref storage")
                }
            }
        }
        guard inlineTotal <= maxInline else { throw .tooLarge(inlineTotal) }
        return WireOperation(types: types, params: params)
    }
}

/// What comes back of one parameter: the value, or the memref's new size and, for inline
/// output memrefs, the bytes the TA wrote (at most the buffer's size).
public enum WireOutput: Equatable, Sendable {
    case none
    case value(a: UInt32, b: UInt32)
    case memref(size: UInt64, data: [UInt8]?)
}

/// The outputs of an operation, written back by the client even when the call failed.
public struct WireOutputs: Equatable, Sendable {
    public var params: [WireOutput]

    public init(params: [WireOutput] = Array(repeating: .none, count: 4)) { self.params = params }

    public static let empty = WireOutputs()

    public func encode(into w: inout WireWriter) {
        for p in params {
            switch p {
            case .none: w.u8(0)
            case let .value(a, b):
                w.u8(1)
                w.u32(a)
                w.u32(b)
            case let .memref(size, data):
                w.u8(data == nil ? 2 : 3)
                w.u64(size)
                if let data { w.blob(data) }
            }
        }
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> WireOutputs {
        var params = [WireOutput]()
        params.reserveCapacity(4)
        for _ in 0..<4 {
            switch try r.u8() {
            case 0: params.append(.none)
            case 1: params.append(.value(a: try r.u32(), b: try r.u32()))
            case 2: params.append(.memref(size: try r.u64(), data: nil))
            case 3: params.append(.memref(size: try r.u64(), data: try r.blob(max: WireOperation.maxInline)))
            default: throw .invalidField("output kind")
            }
        }
        return WireOutputs(params: params)
    }
}
