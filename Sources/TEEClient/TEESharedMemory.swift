import TEEABI
import TEEPlatform

/// A block of memory shared with TAs (`TEEC_SharedMemory`). Allocated memory is a sealed
/// memfd mapped here and, once, in each TA host that uses it: zero copy. Registered
/// memory is the caller's own buffer, mirrored through such a region around each call.
public final class TEESharedMemory: @unchecked Sendable {
    public struct Flags: OptionSet, Sendable {
        public var rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// `TEEC_MEM_INPUT`
        public static let input = Flags(rawValue: 1)
        /// `TEEC_MEM_OUTPUT`
        public static let output = Flags(rawValue: 2)
        public static let inputOutput: Flags = [.input, .output]
    }

    /// Unique within the context; names the region on session channels.
    public let id: UInt32
    public let size: Int
    public let flags: Flags
    let fd: FileDescriptor
    let mapping: SharedMapping
    /// For registered memory, the caller's buffer; nil for allocated memory.
    let registered: UnsafeMutableRawPointer?
    weak var context: TEEContext?

    convenience init(id: UInt32, size: Int, flags: Flags, registering buffer: UnsafeMutableRawPointer?, context: TEEContext?) throws(TEEError) {
        // A zero-size block still gets a real (one-byte) region so every memref has a backing.
        guard let fd = try? MemoryFile.create(name: "tee-shm", size: UInt64(max(size, 1))) else {
            throw TEEError(.outOfMemory, origin: .api)
        }
        try self.init(id: id, fd: fd, size: size, flags: flags, registering: buffer, context: context)
    }

    /// Adopts a memory file the caller made (it must be sealed against shrinking).
    init(id: UInt32, fd: FileDescriptor, size: Int, flags: Flags, registering buffer: UnsafeMutableRawPointer?, context: TEEContext?) throws(TEEError) {
        guard let mapping = try? SharedMapping(fd: fd.rawValue, size: max(size, 1)) else {
            throw TEEError(.outOfMemory, origin: .api)
        }
        self.id = id
        self.size = size
        self.flags = flags
        self.fd = fd
        self.mapping = mapping
        self.registered = buffer
        self.context = context
    }

    /// The memory clients read and write: the shared mapping, or the registered buffer.
    public var buffer: UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(start: registered ?? mapping.base, count: size)
    }

    var isRegistered: Bool { registered != nil }

    /// For registered memory, the region that mirrors the caller's buffer (libteec's
    /// "shadow buffer"); nil for allocated memory.
    public var shadowAddress: UnsafeMutableRawPointer? { registered == nil ? nil : mapping.base }

    /// Copies a registered buffer's window into the region before a call.
    func mirrorIn(offset: Int, count: Int) {
        guard let registered, count > 0 else { return }
        (mapping.base + offset).copyMemory(from: registered + offset, byteCount: count)
    }

    /// Copies the region's window back to a registered buffer after a call.
    func mirrorOut(offset: Int, count: Int) {
        guard let registered, count > 0 else { return }
        (registered + offset).copyMemory(from: mapping.base + offset, byteCount: count)
    }

    /// TEEC_ReleaseSharedMemory: TA hosts unmap it; the memory goes when the last
    /// reference does.
    public func release() {
        context?.released(self)
    }
}

extension TEESharedMemory {
    /// `TEEC_MEMREF_WHOLE`: the whole block, in the directions its flags allow.
    public var whole: ClientParameter {
        let type: ParameterType = flags == .inputOutput ? .memrefInout : flags == .input ? .memrefInput : .memrefOutput
        return .shared(type, memory: self, offset: 0, size: size)
    }

    /// `TEEC_MEMREF_PARTIAL_*`: a window that must lie inside the block, in a direction its
    /// flags allow; otherwise BAD_PARAMETERS from the API, before anything is sent.
    public func partial(_ type: ParameterType, offset: Int, size: Int) throws(TEEError) -> ClientParameter {
        guard type.isMemref, offset >= 0, size >= 0 else { throw TEEError(.badParameters, origin: .api) }
        if type.isInput && !flags.contains(.input) { throw TEEError(.badParameters, origin: .api) }
        if type.isOutput && !flags.contains(.output) { throw TEEError(.badParameters, origin: .api) }
        let (end, overflow) = offset.addingReportingOverflow(size)
        guard !overflow, end <= self.size else { throw TEEError(.badParameters, origin: .api) }
        return .shared(type, memory: self, offset: offset, size: size)
    }
}
