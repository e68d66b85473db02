import CTEETAABI
import TEEABI
import TEEPlatform
import TEETransport

/// Turns a wire operation into the four GP parameters a TA entry point receives, checking
/// every memref against its region first, and turns the TA's results back into outputs.
struct OperationMarshal: ~Copyable {
    let types: ParameterTypes
    let params: UnsafeMutablePointer<stee_param>
    private var inline: [Int: UnsafeMutableRawBufferPointer] = [:]
    private var capacities = [Int](repeating: 0, count: 4)
    /// Keeps one-call regions mapped until the call is over.
    private var transient: [MappedRegion] = []

    /// Fails with BAD_PARAMETERS (origin TEE) for any memref that does not fit its region.
    init(_ operation: WireOperation, fds: [FileDescriptor], session: HostSession?, budget: MappingBudget,
         params: UnsafeMutablePointer<stee_param>) throws(TEEResult) {
        types = operation.types
        self.params = params
        for i in 0..<4 {
            params[i] = stee_param()
            switch operation.params[i] {
            case .none:
                break
            case let .value(a, b):
                params[i].value.a = a
                params[i].value.b = b
            case .null:
                params[i].memref.buffer = nil
                params[i].memref.size = 0
            case let .inline(size, data):
                let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(Int(size), 1), alignment: 16)
                // Input bytes fill the buffer (the codec checks that); only an output-only
                // buffer is zeroed, so the TA never sees stale host memory.
                buffer.copyBytes(from: data)
                if data.count < buffer.count {
                    _ = buffer[data.count...].initializeMemory(as: UInt8.self, repeating: 0)
                }
                inline[i] = buffer
                capacities[i] = Int(size)
                params[i].memref.buffer = buffer.baseAddress
                params[i].memref.size = Int(size)
            case let .shared(id, fdIndex, offset, size):
                let region = try region(id: id, fdIndex: fdIndex, fds: fds, session: session, budget: budget)
                guard offset <= UInt64(region.size), size <= UInt64(region.size) - offset else { throw .badParameters }
                capacities[i] = Int(size)
                params[i].memref.buffer = region.base + Int(offset)
                params[i].memref.size = Int(size)
            }
        }
    }

    private mutating func region(id: UInt32, fdIndex: UInt8?, fds: [FileDescriptor], session: HostSession?,
                                 budget: MappingBudget) throws(TEEResult) -> MappedRegion {
        guard let fdIndex else {
            guard id != 0, let cached = session?.regions[id] else { throw .badParameters }
            return cached
        }
        guard Int(fdIndex) < fds.count else { throw .badParameters }
        let fd = fds[Int(fdIndex)].rawValue
        guard let size = try? MemoryFile.sealedSize(fd), size <= UInt64(MappingBudget.limit) else { throw .badParameters }
        guard let mapping = MappedRegion(fd: fd, size: Int(size), budget: budget) else { throw .outOfMemory }
        if id != 0, let session {
            guard session.regions.count < HostSession.maxRegions || session.regions[id] != nil else { throw .outOfMemory }
            session.regions[id] = mapping
        } else {
            transient.append(mapping)
        }
        return mapping
    }

    /// What goes back: values and memref sizes as the TA left them, plus the bytes of
    /// inline output memrefs (never more than the client's buffer holds).
    func outputs() -> WireOutputs {
        var out = WireOutputs()
        for i in 0..<4 {
            let type = types[i]
            if type.isValue {
                out.params[i] = .value(a: params[i].value.a, b: params[i].value.b)
            } else if type.isMemref {
                let size = params[i].memref.size
                var data: [UInt8]? = nil
                if type.isOutput, let buffer = inline[i] {
                    data = Array(buffer.prefix(min(size, capacities[i])))
                }
                out.params[i] = .memref(size: UInt64(size), data: data)
            }
        }
        return out
    }

    deinit {
        for buffer in inline.values { buffer.deallocate() }
    }
}
