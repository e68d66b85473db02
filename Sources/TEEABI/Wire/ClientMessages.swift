// Messages between a client (libteec, TEEClient, teectl) and teed.

/// Opens a session. teed derives the client identity from the socket's peer credentials;
/// `connectionData` is only the gid a GROUP login asks to be identified by.
public struct OpenSessionRequest: WireMessage, Equatable {
    public static let opcode = Opcode.openSession
    public var uuid: TEEUUID
    public var login: LoginMethod
    public var connectionData: UInt32
    public var operation: WireOperation

    public init(uuid: TEEUUID, login: LoginMethod, connectionData: UInt32 = 0, operation: WireOperation = .empty) {
        self.uuid = uuid
        self.login = login
        self.connectionData = connectionData
        self.operation = operation
    }

    public func encode(into w: inout WireWriter) {
        w.uuid(uuid)
        w.u32(login.rawValue)
        w.u32(connectionData)
        operation.encode(into: &w)
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(uuid: try r.uuid(), login: LoginMethod(rawValue: try r.u32()), connectionData: try r.u32(),
             operation: try WireOperation.decode(&r))
    }
}

/// The result of an open. On success the datagram carries the session channel's fd.
public struct OpenSessionReply: WireMessage, Equatable {
    public static let opcode = Opcode.openSessionReply
    public var result: TEEResult
    public var origin: TEEOrigin
    public var sessionID: UInt32
    public var outputs: WireOutputs

    public init(result: TEEResult, origin: TEEOrigin, sessionID: UInt32 = 0, outputs: WireOutputs = .empty) {
        self.result = result
        self.origin = origin
        self.sessionID = sessionID
        self.outputs = outputs
    }

    public func encode(into w: inout WireWriter) {
        w.u32(result.rawValue)
        w.u32(origin.rawValue)
        w.u32(sessionID)
        outputs.encode(into: &w)
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(result: TEEResult(try r.u32()), origin: TEEOrigin(rawValue: try r.u32()), sessionID: try r.u32(),
             outputs: try WireOutputs.decode(&r))
    }
}

public struct CloseSessionRequest: WireMessage, Equatable {
    public static let opcode = Opcode.closeSession
    public var sessionID: UInt32
    public init(sessionID: UInt32) { self.sessionID = sessionID }
    public func encode(into w: inout WireWriter) { w.u32(sessionID) }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self { Self(sessionID: try r.u32()) }
}

/// A bare result: the reply to a close, or teed refusing a request it could not decode.
public struct ResultReply: WireMessage, Equatable {
    public static var opcode: Opcode { .closeSessionReply }
    public var result: TEEResult
    public var origin: TEEOrigin
    public init(result: TEEResult, origin: TEEOrigin) {
        self.result = result
        self.origin = origin
    }
    public func encode(into w: inout WireWriter) {
        w.u32(result.rawValue)
        w.u32(origin.rawValue)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(result: TEEResult(try r.u32()), origin: TEEOrigin(rawValue: try r.u32()))
    }
}

/// teed refusing a datagram it could not decode or route.
public struct ErrorReply: WireMessage, Equatable {
    public static let opcode = Opcode.errorReply
    public var result: TEEResult
    public var message: String
    public init(result: TEEResult, message: String) {
        self.result = result
        self.message = message
    }
    public func encode(into w: inout WireWriter) {
        w.u32(result.rawValue)
        w.string(message)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(result: TEEResult(try r.u32()), message: try r.string(max: 4096))
    }
}

public struct StatusRequest: WireMessage, Equatable {
    public static let opcode = Opcode.status
    public init() {}
    public func encode(into w: inout WireWriter) {}
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self { Self() }
}

/// What `teectl status` shows.
public struct StatusReply: WireMessage, Equatable {
    public struct Instance: Equatable, Sendable {
        public var uuid: TEEUUID
        public var pid: Int32
        public var flags: TAFlags
        public var sessions: UInt32
        public init(uuid: TEEUUID, pid: Int32, flags: TAFlags, sessions: UInt32) {
            self.uuid = uuid
            self.pid = pid
            self.flags = flags
            self.sessions = sessions
        }
    }

    public static let opcode = Opcode.statusReply
    public var version: String
    public var pid: Int32
    public var taDirectory: String
    public var installedTAs: [TEEUUID]
    public var instances: [Instance]
    public var clients: UInt32

    public init(version: String, pid: Int32, taDirectory: String, installedTAs: [TEEUUID], instances: [Instance], clients: UInt32) {
        self.version = version
        self.pid = pid
        self.taDirectory = taDirectory
        self.installedTAs = installedTAs
        self.instances = instances
        self.clients = clients
    }

    public func encode(into w: inout WireWriter) {
        w.string(version)
        w.u32(UInt32(bitPattern: pid))
        w.string(taDirectory)
        w.u32(UInt32(installedTAs.count))
        installedTAs.forEach { w.uuid($0) }
        w.u32(UInt32(instances.count))
        for i in instances {
            w.uuid(i.uuid)
            w.u32(UInt32(bitPattern: i.pid))
            w.u32(i.flags.rawValue)
            w.u32(i.sessions)
        }
        w.u32(clients)
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        let version = try r.string()
        let pid = Int32(bitPattern: try r.u32())
        let dir = try r.string()
        let taCount = Int(try r.u32())
        guard taCount <= r.remaining / 16 else { throw .truncated }
        var tas = [TEEUUID]()
        for _ in 0..<taCount { tas.append(try r.uuid()) }
        let instanceCount = Int(try r.u32())
        guard instanceCount <= r.remaining / 28 else { throw .truncated }
        var instances = [Instance]()
        for _ in 0..<instanceCount {
            instances.append(Instance(uuid: try r.uuid(), pid: Int32(bitPattern: try r.u32()),
                                      flags: TAFlags(rawValue: try r.u32()), sessions: try r.u32()))
        }
        return Self(version: version, pid: pid, taDirectory: dir, installedTAs: tas, instances: instances, clients: try r.u32())
    }
}

/// TEE_GetTAPersistentTime, asked by a TA instance on its connection to teed.
public struct GetPersistentTimeRequest: WireMessage, Equatable {
    public static let opcode = Opcode.getPersistentTime
    public init() {}
    public func encode(into w: inout WireWriter) {}
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self { Self() }
}

/// TEE_SetTAPersistentTime.
public struct SetPersistentTimeRequest: WireMessage, Equatable {
    public static let opcode = Opcode.setPersistentTime
    public var seconds: UInt32
    public var millis: UInt32
    public init(seconds: UInt32, millis: UInt32) {
        self.seconds = seconds
        self.millis = millis
    }
    public func encode(into w: inout WireWriter) {
        w.u32(seconds)
        w.u32(millis)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(seconds: try r.u32(), millis: try r.u32())
    }
}

/// The answer to either: a GP result (SUCCESS, TIME_NOT_SET, TIME_NEEDS_RESET, OVERFLOW…)
/// and, for a get, the time.
public struct PersistentTimeReply: WireMessage, Equatable {
    public static let opcode = Opcode.persistentTimeReply
    public var result: TEEResult
    public var seconds: UInt32
    public var millis: UInt32
    public init(result: TEEResult, seconds: UInt32 = 0, millis: UInt32 = 0) {
        self.result = result
        self.seconds = seconds
        self.millis = millis
    }
    public func encode(into w: inout WireWriter) {
        w.u32(result.rawValue)
        w.u32(seconds)
        w.u32(millis)
    }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        Self(result: TEEResult(try r.u32()), seconds: try r.u32(), millis: try r.u32())
    }
}
