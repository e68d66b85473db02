/// What a datagram is. Numbers are part of the protocol: never renumber.
public enum Opcode: UInt8, Sendable {
    // client -> teed
    case openSession = 0x01
    case closeSession = 0x02
    case status = 0x03
    /// TA connections only: TEE_GetTAPersistentTime / TEE_SetTAPersistentTime.
    case getPersistentTime = 0x04
    case setPersistentTime = 0x05
    /// TA connections only: GP trusted storage (persistent objects).
    case storageRequest = 0x06
    /// Operators only: per-TA object counts and bytes, optionally a full integrity check.
    case storageStatus = 0x07
    // teed -> client
    case openSessionReply = 0x81
    case closeSessionReply = 0x82
    case statusReply = 0x83
    case persistentTimeReply = 0x84
    case storageReply = 0x85
    case storageStatusReply = 0x86
    case errorReply = 0xFF
    // teed -> TA host (control channel)
    case hostLoad = 0x10
    case hostOpenSession = 0x11
    case hostCloseSession = 0x12
    case hostShutdown = 0x13
    // TA host -> teed
    case hostLoaded = 0x90
    case hostOpenSessionReply = 0x91
    case hostCloseSessionReply = 0x92
    case hostLog = 0x93
    // client -> TA host (session channel)
    case invoke = 0x20
    case cancel = 0x21
    case releaseSharedMemory = 0x22
    // TA host -> client
    case invokeReply = 0xA0
}

/// The fixed 8-byte prefix of every datagram: magic "ST", version, opcode, request id.
public struct WireHeader: Equatable, Sendable {
    public static let magic: UInt16 = 0x5453
    public static let version: UInt8 = 1
    public static let size = 8
    /// The largest datagram any peer accepts; bigger payloads travel in shared memory.
    public static let maxDatagram = 80 * 1024

    public var opcode: Opcode
    public var requestID: UInt32

    public init(_ opcode: Opcode, requestID: UInt32 = 0) {
        self.opcode = opcode
        self.requestID = requestID
    }

    public func encode(into w: inout WireWriter) {
        w.u16(Self.magic)
        w.u8(Self.version)
        w.u8(opcode.rawValue)
        w.u32(requestID)
    }

    public static func decode(_ r: inout WireReader) throws(WireError) -> WireHeader {
        guard try r.u16() == magic else { throw .badMagic }
        let version = try r.u8()
        guard version == Self.version else { throw .unsupportedVersion(version) }
        let raw = try r.u8()
        guard let opcode = Opcode(rawValue: raw) else { throw .unknownOpcode(raw) }
        return WireHeader(opcode, requestID: try r.u32())
    }
}
