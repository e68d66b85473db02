/// A typed message body. Each message has exactly one opcode; decoding checks that the
/// datagram is consumed entirely.
public protocol WireMessage: Sendable {
    static var opcode: Opcode { get }
    func encode(into w: inout WireWriter)
    static func decode(_ r: inout WireReader) throws(WireError) -> Self
}

extension WireMessage {
    /// Header plus body, ready for one datagram.
    public func datagram(requestID: UInt32 = 0) -> [UInt8] {
        var w = WireWriter()
        encode(requestID: requestID, into: &w)
        return w.bytes
    }

    public func encode(requestID: UInt32, into w: inout WireWriter) {
        WireHeader(Self.opcode, requestID: requestID).encode(into: &w)
        encode(into: &w)
    }

    /// Decodes a body whose header has already been read and matched.
    public static func decodeBody(_ r: inout WireReader) throws(WireError) -> Self {
        let message = try decode(&r)
        try r.finish()
        return message
    }
}

/// Decodes a whole datagram expected to hold message `M`.
public func decodeDatagram<M: WireMessage>(_ bytes: UnsafeRawBufferPointer, as: M.Type) throws(WireError) -> (WireHeader, M) {
    var r = WireReader(bytes)
    let header = try WireHeader.decode(&r)
    guard header.opcode == M.opcode else { throw .unknownOpcode(header.opcode.rawValue) }
    return (header, try M.decodeBody(&r))
}
