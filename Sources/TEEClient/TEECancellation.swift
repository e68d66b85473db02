import Synchronization
import TEEABI
import TEETransport

/// Cancellation of one operation (`TEEC_RequestCancellation`): before the operation
/// starts it makes the call return TEEC_ERROR_CANCEL; while it runs, it reaches the TA
/// as its cancellation flag.
public final class TEECancellation: Sendable {
    private enum State {
        case idle
        case cancelled
        case running(Channel, UInt32)
        case finished
    }

    private let state = Mutex<State>(.idle)

    public init() {}

    public func cancel() {
        let target: (Channel, UInt32)? = state.withLock { state in
            switch state {
            case .idle:
                state = .cancelled
                return nil
            case let .running(channel, seq):
                return (channel, seq)
            case .cancelled, .finished:
                return nil
            }
        }
        if let (channel, seq) = target {
            // Datagrams are atomic, so this may go out while the invoking thread waits.
            try? channel.sendRaw(CancelRequest().datagram(requestID: seq))
        }
    }

    /// Marks the operation started; false if it was cancelled before.
    func start(channel: Channel, seq: UInt32) -> Bool {
        state.withLock { state in
            if case .cancelled = state { return false }
            state = .running(channel, seq)
            return true
        }
    }

    func finish() {
        state.withLock { $0 = .finished }
    }
}
