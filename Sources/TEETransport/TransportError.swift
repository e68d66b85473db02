import TEEABI
import TEEPlatform

/// Why a channel operation failed.
public enum TransportError: Error, Equatable, Sendable {
    /// The peer is gone (end of stream, reset, broken pipe).
    case closed
    /// Non-blocking descriptor with nothing to read or no room to write.
    case wouldBlock
    /// The peer sent something that does not decode.
    case malformed(WireError)
    case system(PlatformError)
}
