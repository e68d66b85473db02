import TEEABI

/// Where an open-session request goes, from GP's instance properties alone. Pure: the
/// daemon feeds it a snapshot and acts on the answer.
enum InstancePolicy {
    enum Phase: Equatable { case loading, ready }

    struct Candidate: Equatable {
        var id: Int
        var phase: Phase
        /// Open sessions plus opens in flight.
        var load: Int
    }

    enum Route: Equatable {
        /// Start a new instance.
        case spawn
        /// Wait until instance `id` has loaded (its flags decide then).
        case queue(Int)
        /// Open the session on instance `id`.
        case send(Int)
        /// Single-instance TA without multiSession, already in use: TEE_ERROR_BUSY.
        case busy
    }

    /// `flags` are the TA's, when an instance of it has loaded before; `candidate` is the
    /// live (not finishing) instance of that TA, if any. Multi-instance TAs never share.
    static func route(flags: TAFlags?, candidate: Candidate?) -> Route {
        if let flags, !flags.contains(.singleInstance) { return .spawn }
        guard let candidate else { return .spawn }
        switch candidate.phase {
        case .loading:
            return .queue(candidate.id)
        case .ready:
            guard let flags else { return .queue(candidate.id) }
            return flags.contains(.multiSession) || candidate.load == 0 ? .send(candidate.id) : .busy
        }
    }
}
