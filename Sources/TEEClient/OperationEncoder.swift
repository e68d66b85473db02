import TEEABI
import TEEPlatform

/// Turns client parameters into a wire operation and, once the reply is in, writes the
/// outputs back. Small temporary buffers travel inline; large ones through a one-call
/// region; shared memory by id, with its fd attached only the first time a channel sees it.
struct OperationEncoder {
    /// Temporary buffers up to this size are copied into the datagram.
    static let inlineLimit = 16 * 1024

    private(set) var operation = WireOperation()
    private(set) var fds: [Int32] = []
    /// Regions whose fd this datagram carries (the channel knows them afterwards).
    private(set) var introduced: [UInt32] = []
    private let parameters: [ClientParameter]
    /// One-call regions for large temporary buffers, kept until the outputs are read.
    private var transient: [Int: TEESharedMemory] = [:]

    /// `known` says whether a region is already mapped on the receiving side; nil means
    /// nothing is cached there (opens go through teed), so every region travels with its fd.
    init(_ parameters: [ClientParameter], known: ((UInt32) -> Bool)?) throws(TEEError) {
        self.parameters = parameters
        var types = ParameterTypes()
        for (i, p) in parameters.enumerated() {
            types[i] = p.type
            switch p {
            case .none:
                break
            case let .value(_, a, b):
                operation.params[i] = .value(a: a, b: b)
            case let .temp(type, buffer, size):
                guard size >= 0 else { throw TEEError(.badParameters, origin: .api) }
                guard let buffer else {
                    guard size == 0 else { throw TEEError(.badParameters, origin: .api) }
                    operation.params[i] = .null
                    continue
                }
                if size <= Self.inlineLimit {
                    let data = type.isInput ? Array(UnsafeRawBufferPointer(start: buffer, count: size)) : []
                    operation.params[i] = .inline(size: UInt64(size), data: data)
                } else {
                    let region = try TEESharedMemory(id: 0, size: size, flags: .inputOutput, registering: nil, context: nil)
                    if type.isInput { region.mapping.base.copyMemory(from: buffer, byteCount: size) }
                    transient[i] = region
                    operation.params[i] = .shared(id: 0, fdIndex: attach(region.fd.rawValue), offset: 0, size: UInt64(size))
                }
            case let .shared(type, memory, offset, size):
                if type.isInput { memory.mirrorIn(offset: offset, count: size) }
                let id = memory.id
                var index: UInt8? = nil
                if known == nil {
                    index = attach(memory.fd.rawValue)
                    operation.params[i] = .shared(id: 0, fdIndex: index, offset: UInt64(offset), size: UInt64(size))
                    continue
                }
                if !known!(id) && !introduced.contains(id) {
                    index = attach(memory.fd.rawValue)
                    introduced.append(id)
                }
                operation.params[i] = .shared(id: id, fdIndex: index, offset: UInt64(offset), size: UInt64(size))
            }
        }
        operation.types = types
    }

    private mutating func attach(_ fd: Int32) -> UInt8 {
        fds.append(fd)
        return UInt8(fds.count - 1)
    }

    /// Values and sizes as the TA left them; output bytes copied to where the caller wants them.
    func apply(_ outputs: WireOutputs) -> ClientOutputs {
        var result = ClientOutputs()
        for (i, p) in parameters.enumerated() {
            switch (p, outputs.params[i]) {
            case let (.value(type, a, b), out):
                if case let .value(na, nb) = out, type.isOutput { result.values[i] = (na, nb) } else { result.values[i] = (a, b) }
            case let (.temp(type, buffer, size), .memref(newSize, data)):
                result.sizes[i] = Int(clamping: newSize)
                guard type.isOutput, let buffer else { continue }
                let count = min(Int(clamping: newSize), size)
                if let data {
                    buffer.copyMemory(from: data, byteCount: min(count, data.count))
                } else if let region = transient[i] {
                    buffer.copyMemory(from: region.mapping.base, byteCount: count)
                }
            case let (.shared(type, memory, offset, size), .memref(newSize, _)):
                result.sizes[i] = Int(clamping: newSize)
                if type.isOutput { memory.mirrorOut(offset: offset, count: min(Int(clamping: newSize), size)) }
            case let (.temp(_, _, size), _), let (.shared(_, _, _, size), _):
                result.sizes[i] = size
            default:
                break
            }
        }
        return result
    }
}
