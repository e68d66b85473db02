import TEEABI
import TEEPlatform
import TEETransport

/// One open session inside the TA host: its channel to the client, the TA's session
/// context, and the client's shared-memory regions mapped so far (mapped once, reused).
final class HostSession {
    static let maxRegions = 1024
    static let maxRememberedCancels = 64
    static let maxPending = 64

    let id: UInt32
    let channel: Channel
    /// Who opened the session (gpd.client.identity).
    let client: ClientIdentity
    var taSession: UnsafeMutableRawPointer?
    var regions: [UInt32: MappedRegion] = [:]
    /// Datagrams read while looking for a cancellation during an entry point.
    var pending: [Datagram] = []
    /// Cancellations that arrived before their operation.
    var earlyCancels: [UInt32] = []
    /// The client closed its end; only teed's close remains to come.
    var channelOpen = true
    /// How long to poll for the client's next request after answering one.
    var spin = SpinPolicy()

    init(id: UInt32, channel: Channel, client: ClientIdentity) {
        self.id = id
        self.channel = channel
        self.client = client
    }

    func rememberCancel(_ seq: UInt32) {
        earlyCancels.append(seq)
        if earlyCancels.count > Self.maxRememberedCancels { earlyCancels.removeFirst() }
    }

    func takeEarlyCancel(_ seq: UInt32) -> Bool {
        guard let i = earlyCancels.firstIndex(of: seq) else { return false }
        earlyCancels.remove(at: i)
        return true
    }
}
