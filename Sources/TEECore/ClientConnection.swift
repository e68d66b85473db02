import TEEABI
import TEEPlatform
import TEETransport

/// One connected normal-world client, identified by the kernel at accept time.
final class ClientConnection {
    let id: Int
    let channel: Channel
    let peer: PeerCredentials
    /// Sessions this client opened and has not closed.
    var sessions: Set<UInt32> = []

    init(id: Int, channel: Channel, peer: PeerCredentials) {
        self.id = id
        self.channel = channel
        self.peer = peer
    }
}

/// An open request on its way to an instance.
struct OpenContext {
    var clientID: Int
    var requestID: UInt32
    var request: OpenSessionRequest
    var fds: [FileDescriptor]
    var identity: ClientIdentity
}
