import TEEABI
import TEEPlatform
import TEETransport

/// teed's view of one TA host process and the TA instance inside it.
final class Instance {
    enum State: Equatable {
        /// The image is being loaded; opens wait in `queued`.
        case loading
        case ready
        /// The instance announced its end (or was told to end); nothing new is routed here.
        case finishing
        /// The process is gone.
        case dead
    }

    let id: Int
    let uuid: TEEUUID
    let pid: Int32
    let control: Channel
    var state: State = .loading
    var flags: TAFlags?
    var sessions: Set<UInt32> = []
    /// Sessions with a close in flight.
    var closing: Set<UInt32> = []
    /// Opens sent to the host and not answered yet.
    var opening: Set<UInt32> = []
    /// Opens waiting for the load to finish.
    var queued: [OpenContext] = []

    init(id: Int, uuid: TEEUUID, pid: Int32, control: Channel) {
        self.id = id
        self.uuid = uuid
        self.pid = pid
        self.control = control
    }

    var isLive: Bool { state == .loading || state == .ready }

    /// The last sessions are closing and nothing is opening: the host will end (unless
    /// the TA keeps its instance alive), so no new open may be sent to it.
    var isEnding: Bool {
        state == .ready && sessions.isEmpty && opening.isEmpty && !closing.isEmpty
            && !(flags?.keepsInstanceAlive ?? false)
    }

    var candidate: InstancePolicy.Candidate? {
        switch state {
        case .loading: InstancePolicy.Candidate(id: id, phase: .loading, load: sessions.count + opening.count)
        case .ready: InstancePolicy.Candidate(id: id, phase: .ready, load: sessions.count + opening.count)
        case .finishing, .dead: nil
        }
    }
}

/// A TA host started ahead of need: sandboxed and waiting for an image.
struct SpareHost {
    var pid: Int32
    var control: Channel
}

/// A spare host that has been sent a TA image ahead of need.
struct WarmHost {
    var host: SpareHost
    var uuid: TEEUUID
    /// The image it loads: used only if the store still serves this same copy.
    var image: FileDescriptor
}
