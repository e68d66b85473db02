import CTEEClientAPI
import TEEABI
import TEEClient

/// Reads a `TEEC_Operation` into the shared implementation's parameters, resolving temp,
/// whole and partial memrefs with OP-TEE's checks, and writes the outputs back afterwards.
enum OperationBridge {
    static func parameters(_ operation: UnsafeMutablePointer<TEEC_Operation>?) throws(TEEError) -> [ClientParameter] {
        guard let op = operation else { return Array(repeating: .none, count: 4) }
        let types = op.pointee.paramTypes
        guard types >> 16 == 0 else { throw TEEError(.badParameters, origin: .api) }
        var result = [ClientParameter]()
        for i in 0..<4 {
            let p = param(op, i)
            let type = (types >> (4 * UInt32(i))) & 0xF
            switch type {
            case 0:
                result.append(.none)
            case 1, 2, 3:
                result.append(.value(ParameterType(rawValue: UInt8(type))!, a: p.value.a, b: p.value.b))
            case 5, 6, 7:
                let buffer = p.tmpref.buffer
                // size_t arrives as Int: sizes past Int.max are negative.
                guard p.tmpref.size >= 0, buffer != nil || p.tmpref.size == 0 else { throw TEEError(.badParameters, origin: .api) }
                result.append(.temp(ParameterType(rawValue: UInt8(type))!, buffer: buffer, size: p.tmpref.size))
            case 0xC:
                result.append(try memory(p.memref.parent).whole)
            case 0xD, 0xE, 0xF:
                let memory = try memory(p.memref.parent)
                // size_t arrives as Int: values past Int.max are negative and refused by partial().
                result.append(try memory.partial(ParameterType(rawValue: UInt8(type - 8))!, offset: p.memref.offset, size: p.memref.size))
            default:
                throw TEEError(.badParameters, origin: .api)
            }
        }
        return result
    }

    /// Values and sizes go back for every output or inout parameter, even after a failure.
    static func writeBack(_ outputs: ClientOutputs, to operation: UnsafeMutablePointer<TEEC_Operation>?) {
        guard let op = operation else { return }
        let types = op.pointee.paramTypes
        for i in 0..<4 {
            let type = (types >> (4 * UInt32(i))) & 0xF
            withParam(op, i) { p in
                switch type {
                case 2, 3:
                    p.value.a = outputs.values[i].a
                    p.value.b = outputs.values[i].b
                case 6, 7:
                    p.tmpref.size = outputs.sizes[i]
                case 0xC:
                    if let parent = p.memref.parent, parent.pointee.flags & UInt32(TEEC_MEM_OUTPUT) != 0 {
                        p.memref.size = outputs.sizes[i]
                    }
                case 0xE, 0xF:
                    p.memref.size = outputs.sizes[i]
                default:
                    break
                }
            }
        }
    }

    private static func memory(_ parent: UnsafeMutablePointer<TEEC_SharedMemory>?) throws(TEEError) -> TEESharedMemory {
        guard let parent, let memory = HandleRegistry.shared.memory(parent.pointee.imp.id) else {
            throw TEEError(.badParameters, origin: .api)
        }
        return memory
    }

    private static func param(_ op: UnsafeMutablePointer<TEEC_Operation>, _ i: Int) -> TEEC_Parameter {
        withUnsafePointer(to: op.pointee.params) { $0.withMemoryRebound(to: TEEC_Parameter.self, capacity: 4) { $0[i] } }
    }

    private static func withParam(_ op: UnsafeMutablePointer<TEEC_Operation>, _ i: Int, _ body: (inout TEEC_Parameter) -> Void) {
        withUnsafeMutablePointer(to: &op.pointee.params) {
            $0.withMemoryRebound(to: TEEC_Parameter.self, capacity: 4) { body(&$0[i]) }
        }
    }
}
