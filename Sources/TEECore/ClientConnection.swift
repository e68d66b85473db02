import TEEABI
import TEEPlatform
import TEETransport
#if canImport(Glibc)
import Glibc
#endif

/// One connected normal-world client, identified by the kernel at accept time.
final class ClientConnection {
    let id: Int
    let channel: Channel
    let peer: PeerCredentials
    /// Sessions this client opened and has not closed.
    var sessions: Set<UInt32> = []
    /// Set when the client is a TA instance (the connection teed handed its host): it is
    /// then known by the TA's UUID, whatever it claims.
    let trustedApp: TrustedAppCaller?

    init(id: Int, channel: Channel, peer: PeerCredentials, trustedApp: TrustedAppCaller? = nil) {
        self.id = id
        self.channel = channel
        self.peer = peer
        self.trustedApp = trustedApp
    }
}

/// The TA behind a client connection: its UUID and the host process running it.
struct TrustedAppCaller {
    var uuid: TEEUUID
    var hostPID: pid_t
}

/// An open request on its way to an instance.
struct OpenContext {
    var clientID: Int
    var requestID: UInt32
    var request: OpenSessionRequest
    var fds: [FileDescriptor]
    var identity: ClientIdentity
    /// The host of the calling TA, for TA-to-TA opens.
    var callerHostPID: pid_t? = nil
}
