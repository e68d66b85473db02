import TEEABI
import TEEPlatform

/// One received message: its header, its body bytes and any descriptors that came with it.
/// Descriptors not claimed by the receiver are closed when the datagram is dropped.
public struct Datagram {
    public var header: WireHeader
    public var bytes: [UInt8]
    public var fds: [FileDescriptor]

    /// Decodes the whole datagram as `M`, checking the opcode and that nothing trails.
    public func decode<M: WireMessage>(_ type: M.Type) throws(WireError) -> M {
        let result: Result<M, WireError> = bytes.withUnsafeBytes { raw in
            do throws(WireError) {
                return .success(try decodeDatagram(raw, as: M.self).1)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
