// Messages between teed and a TA host over the host's control channel.

/// Load the TA image attached as the datagram's first fd; it must carry `uuid`. The second
/// fd is the instance's own connection to teed, on which it is a client with the identity
/// `TEE_LOGIN_TRUSTED_APP` + `uuid` (TA-to-TA sessions, persistent time, trusted storage).
public struct HostLoad: WireMessage, Equatable {
    public static let opcode = Opcode.hostLoad
    public var uuid: TEEUUID
    public var logLevel: UInt8
    /// This installation's gpd.tee.deviceID.
    public var deviceID: TEEUUID
    /// gpd.tee.trustedStorage.antiRollback.protectionLevel of the store teed uses.
    public var antiRollbackLevel: UInt32
    public init(uuid: TEEUUID, logLevel: UInt8, deviceID: TEEUUID, antiRollbackLevel: UInt32) {
        self.uuid = uuid
        self.logLevel = logLevel
        self.deviceID = deviceID
        self.antiRollbackLevel = antiRollbackLevel
    }
    public func encode(into w: inout WireWriter) {
        w.uuid(uuid)
        w.u8(logLevel)
        w.uuid(deviceID)
        w.u32(antiRollbackLevel)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(uuid: try r.uuid(), logLevel: try r.u8(), deviceID: try r.uuid(), antiRollbackLevel: try r.u32())
    }
}

/// The image loaded (or not); on success the TA's header as the host read it.
public struct HostLoaded: WireMessage, Equatable {
    public static let opcode = Opcode.hostLoaded
    public var result: TEEResult
    public var uuid: TEEUUID
    public var flags: TAFlags
    public init(result: TEEResult, uuid: TEEUUID, flags: TAFlags) {
        self.result = result
        self.uuid = uuid
        self.flags = flags
    }
    public func encode(into w: inout WireWriter) {
        w.u32(result.rawValue)
        w.uuid(uuid)
        w.u32(flags.rawValue)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(result: TEEResult(try r.u32()), uuid: try r.uuid(), flags: TAFlags(rawValue: try r.u32()))
    }
}

/// Open a session. Attached fds: [0] the session channel's host end, then the memref
/// regions the operation names by index.
public struct HostOpenSession: WireMessage, Equatable {
    public static let opcode = Opcode.hostOpenSession
    public var sessionID: UInt32
    public var client: ClientIdentity
    public var operation: WireOperation
    public init(sessionID: UInt32, client: ClientIdentity, operation: WireOperation) {
        self.sessionID = sessionID
        self.client = client
        self.operation = operation
    }
    public func encode(into w: inout WireWriter) {
        w.u32(sessionID)
        w.u32(client.login.rawValue)
        w.uuid(client.uuid)
        operation.encode(into: &w)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(sessionID: try r.u32(),
             client: ClientIdentity(login: LoginMethod(rawValue: try r.u32()), uuid: try r.uuid()),
             operation: try WireOperation.decode(&r))
    }
}

public struct HostOpenSessionReply: WireMessage, Equatable {
    public static let opcode = Opcode.hostOpenSessionReply
    public var sessionID: UInt32
    public var result: TEEResult
    public var origin: TEEOrigin
    public var outputs: WireOutputs
    public init(sessionID: UInt32, result: TEEResult, origin: TEEOrigin, outputs: WireOutputs) {
        self.sessionID = sessionID
        self.result = result
        self.origin = origin
        self.outputs = outputs
    }
    public func encode(into w: inout WireWriter) {
        w.u32(sessionID)
        w.u32(result.rawValue)
        w.u32(origin.rawValue)
        outputs.encode(into: &w)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(sessionID: try r.u32(), result: TEEResult(try r.u32()), origin: TEEOrigin(rawValue: try r.u32()),
             outputs: try WireOutputs.decode(&r))
    }
}

public struct HostCloseSession: WireMessage, Equatable {
    public static let opcode = Opcode.hostCloseSession
    public var sessionID: UInt32
    public init(sessionID: UInt32) { self.sessionID = sessionID }
    public func encode(into w: inout WireWriter) { w.u32(sessionID) }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self { Self(sessionID: try r.u32()) }
}

/// The session is closed; `instanceFinished` means DestroyEntryPoint ran and the host exits.
public struct HostCloseSessionReply: WireMessage, Equatable {
    public static let opcode = Opcode.hostCloseSessionReply
    public var sessionID: UInt32
    public var instanceFinished: Bool
    public init(sessionID: UInt32, instanceFinished: Bool) {
        self.sessionID = sessionID
        self.instanceFinished = instanceFinished
    }
    public func encode(into w: inout WireWriter) {
        w.u32(sessionID)
        w.bool(instanceFinished)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(sessionID: try r.u32(), instanceFinished: try r.bool())
    }
}

/// Close every session without running entry points again and exit (teed is stopping).
public struct HostShutdown: WireMessage, Equatable {
    public static let opcode = Opcode.hostShutdown
    public init() {}
    public func encode(into w: inout WireWriter) {}
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self { Self() }
}

/// A trace line from the TA, for teed's log. Levels follow OP-TEE's TRACE_* (1 error … 4 flow).
public struct HostLog: WireMessage, Equatable {
    public static let opcode = Opcode.hostLog
    public var level: UInt8
    public var message: String
    public init(level: UInt8, message: String) {
        self.level = level
        self.message = message
    }
    public func encode(into w: inout WireWriter) {
        w.u8(level)
        w.string(message)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(level: try r.u8(), message: try r.string(max: 4096))
    }
}
