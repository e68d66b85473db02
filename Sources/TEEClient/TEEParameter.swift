import TEEABI

/// A parameter of the Swift client API: no pointers, memory owned by Swift.
public enum TEEParameter {
    case none
    case valueInput(a: UInt32, b: UInt32 = 0)
    case valueOutput
    case valueInout(a: UInt32, b: UInt32 = 0)
    /// Temporary memory, copied for the call (`TEEC_MEMREF_TEMP_*`).
    case tempInput([UInt8])
    case tempOutput(capacity: Int)
    case tempInout([UInt8])
    /// `TEEC_MEMREF_WHOLE`
    case whole(TEESharedMemory)
    /// `TEEC_MEMREF_PARTIAL_INPUT` / `_OUTPUT` / `_INOUT`
    case partialInput(TEESharedMemory, offset: Int, size: Int)
    case partialOutput(TEESharedMemory, offset: Int, size: Int)
    case partialInout(TEESharedMemory, offset: Int, size: Int)
}

/// What a call gave back: values, memref sizes and temporary output bytes, plus the
/// error if it failed (outputs are meaningful either way: SHORT_BUFFER sets sizes).
public struct TEEInvocation: Sendable {
    public var error: TEEError?
    public var outputs: ClientOutputs
    /// Bytes of temporary output memrefs, as many as the TA reported (within capacity).
    public var data: [Int: [UInt8]]

    public func value(_ index: Int) -> (a: UInt32, b: UInt32) { outputs.values[index] }
    public func size(_ index: Int) -> Int { outputs.sizes[index] }
    public func bytes(_ index: Int) -> [UInt8] { data[index] ?? [] }

    /// Throws the error, if any.
    @discardableResult public func get() throws(TEEError) -> TEEInvocation {
        if let error { throw error }
        return self
    }
}

/// Owns the temporary buffers of one call and lowers Swift parameters for the shared
/// implementation.
final class TemporaryBuffers {
    private var buffers: [Int: UnsafeMutableRawBufferPointer] = [:]

    func lower(_ parameters: [TEEParameter]) throws(TEEError) -> [ClientParameter] {
        var lowered = [ClientParameter]()
        for (i, p) in parameters.prefix(4).enumerated() {
            switch p {
            case .none: lowered.append(.none)
            case let .valueInput(a, b): lowered.append(.value(.valueInput, a: a, b: b))
            case .valueOutput: lowered.append(.value(.valueOutput, a: 0, b: 0))
            case let .valueInout(a, b): lowered.append(.value(.valueInout, a: a, b: b))
            case let .tempInput(bytes): lowered.append(temp(i, .memrefInput, bytes, capacity: bytes.count))
            case let .tempOutput(capacity):
                guard capacity >= 0 else { throw TEEError(.badParameters, origin: .api) }
                lowered.append(temp(i, .memrefOutput, [], capacity: capacity))
            case let .tempInout(bytes): lowered.append(temp(i, .memrefInout, bytes, capacity: bytes.count))
            case let .whole(memory): lowered.append(memory.whole)
            case let .partialInput(m, offset, size): lowered.append(try m.partial(.memrefInput, offset: offset, size: size))
            case let .partialOutput(m, offset, size): lowered.append(try m.partial(.memrefOutput, offset: offset, size: size))
            case let .partialInout(m, offset, size): lowered.append(try m.partial(.memrefInout, offset: offset, size: size))
            }
        }
        return lowered
    }

    private func temp(_ index: Int, _ type: ParameterType, _ bytes: [UInt8], capacity: Int) -> ClientParameter {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(capacity, 1), alignment: 16)
        buffer.copyBytes(from: bytes)
        buffers[index] = buffer
        return .temp(type, buffer: buffer.baseAddress, size: capacity)
    }

    /// The bytes of output temporaries, `sizes` as the TA set them.
    func outputData(_ parameters: [TEEParameter], sizes: [Int]) -> [Int: [UInt8]] {
        var data = [Int: [UInt8]]()
        for (i, p) in parameters.prefix(4).enumerated() {
            let capacity: Int
            switch p {
            case let .tempOutput(c): capacity = c
            case let .tempInout(bytes): capacity = bytes.count
            default: continue
            }
            guard let buffer = buffers[i] else { continue }
            data[i] = Array(buffer.prefix(min(max(sizes[i], 0), capacity)))
        }
        return data
    }

    deinit { buffers.values.forEach { $0.deallocate() } }
}
