// Messages on a session channel, directly between a client and the TA host (the fast path).
// The header's request id is the operation's sequence number.

/// Invoke a command. Attached fds are the shared-memory regions new to this channel.
public struct InvokeRequest: WireMessage, Equatable {
    public static let opcode = Opcode.invoke
    public var command: UInt32
    public var operation: WireOperation
    public init(command: UInt32, operation: WireOperation) {
        self.command = command
        self.operation = operation
    }
    public func encode(into w: inout WireWriter) {
        w.u32(command)
        operation.encode(into: &w)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(command: try r.u32(), operation: try WireOperation.decode(&r))
    }
}

public struct InvokeReply: WireMessage, Equatable {
    public static let opcode = Opcode.invokeReply
    public var result: TEEResult
    public var origin: TEEOrigin
    public var outputs: WireOutputs
    public init(result: TEEResult, origin: TEEOrigin, outputs: WireOutputs) {
        self.result = result
        self.origin = origin
        self.outputs = outputs
    }
    public func encode(into w: inout WireWriter) {
        w.u32(result.rawValue)
        w.u32(origin.rawValue)
        outputs.encode(into: &w)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(result: TEEResult(try r.u32()), origin: TEEOrigin(rawValue: try r.u32()), outputs: try WireOutputs.decode(&r))
    }
}

/// Request cancellation of the operation whose sequence number is the header's request id.
public struct CancelRequest: WireMessage, Equatable {
    public static let opcode = Opcode.cancel
    public init() {}
    public func encode(into w: inout WireWriter) {}
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self { Self() }
}

/// The client released a shared-memory region; the host unmaps it. No reply.
public struct ReleaseSharedMemory: WireMessage, Equatable {
    public static let opcode = Opcode.releaseSharedMemory
    public var id: UInt32
    public init(id: UInt32) { self.id = id }
    public func encode(into w: inout WireWriter) { w.u32(id) }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self { Self(id: try r.u32()) }
}
