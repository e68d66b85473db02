// teectl storage list / verify: what teed's trusted storage holds, without ids or contents.

/// Asked by an operator (a client running as teed's user, or root).
public struct StorageStatusRequest: WireMessage, Equatable {
    public static let opcode = Opcode.storageStatus
    /// Also check every object and the index against their tags (reads the whole store).
    public var verify: Bool
    public init(verify: Bool) { self.verify = verify }
    public func encode(into w: inout WireWriter) { w.bool(verify) }
    public static func decode(_ r: inout WireReader) throws(WireError) -> Self { Self(verify: try r.bool()) }
}

public struct StorageStatusReply: WireMessage, Equatable {
    public struct Owner: Equatable, Sendable {
        public var uuid: TEEUUID
        public var objects: UInt32
        public var bytes: UInt64
        public init(uuid: TEEUUID, objects: UInt32, bytes: UInt64) {
            self.uuid = uuid
            self.objects = objects
            self.bytes = bytes
        }
    }

    public static let opcode = Opcode.storageStatusReply
    public var result: TEEResult
    public var antiRollbackLevel: UInt32
    public var owners: [Owner]
    public var verified: Bool
    public var objectsChecked: UInt32
    public var bytesChecked: UInt64
    /// One line per problem found (kind, owner, file name): no ids, no contents.
    public var problems: [String]

    public init(result: TEEResult, antiRollbackLevel: UInt32 = 0, owners: [Owner] = [], verified: Bool = false,
                objectsChecked: UInt32 = 0, bytesChecked: UInt64 = 0, problems: [String] = []) {
        self.result = result
        self.antiRollbackLevel = antiRollbackLevel
        self.owners = owners
        self.verified = verified
        self.objectsChecked = objectsChecked
        self.bytesChecked = bytesChecked
        self.problems = problems
    }

    public func encode(into w: inout WireWriter) {
        w.u32(result.rawValue)
        w.u32(antiRollbackLevel)
        w.u32(UInt32(owners.count))
        for o in owners {
            w.uuid(o.uuid)
            w.u32(o.objects)
            w.u64(o.bytes)
        }
        w.bool(verified)
        w.u32(objectsChecked)
        w.u64(bytesChecked)
        w.u32(UInt32(problems.count))
        problems.forEach { w.string($0) }
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> Self {
        let result = TEEResult(try r.u32())
        let level = try r.u32()
        let ownerCount = Int(try r.u32())
        guard ownerCount <= r.remaining / 28 else { throw .truncated }
        var owners = [Owner]()
        for _ in 0..<ownerCount { owners.append(Owner(uuid: try r.uuid(), objects: try r.u32(), bytes: try r.u64())) }
        let verified = try r.bool()
        let checked = try r.u32()
        let bytes = try r.u64()
        let problemCount = Int(try r.u32())
        guard problemCount <= r.remaining / 4 else { throw .truncated }
        var problems = [String]()
        for _ in 0..<problemCount { problems.append(try r.string(max: 512)) }
        return Self(result: result, antiRollbackLevel: level, owners: owners, verified: verified, objectsChecked: checked,
                    bytesChecked: bytes, problems: problems)
    }
}
