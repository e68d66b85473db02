/// Why a datagram was refused. Anything a peer sends that fails to decode ends here,
/// never in a trap.
public enum WireError: Error, Equatable, Sendable {
    case truncated
    case badMagic
    case unsupportedVersion(UInt8)
    case unknownOpcode(UInt8)
    case invalidField(String)
    case trailingBytes(Int)
    case tooLarge(Int)
}
