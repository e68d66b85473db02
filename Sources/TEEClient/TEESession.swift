import Synchronization
import TEEABI
import TEEPlatform
import TEETransport

/// An open session (`TEEC_Session`). Invokes go straight to the TA host over the
/// session's own channel: one round trip, no hop through teed.
public final class TEESession: @unchecked Sendable {
    public let id: UInt32
    let channel: Channel
    private struct State {
        var seq: UInt32 = 0
        var dead = false
        var closed = false
        /// Regions whose fd the host already holds.
        var known: Set<UInt32> = []
    }
    private let state = Mutex(State())
    /// Serialises request/reply pairs on the channel.
    private let callLock = Mutex(())
    /// How long to poll for a reply before sleeping; only touched under `callLock`.
    private var spin = SpinPolicy()
    public internal(set) weak var context: TEEContext?

    init(id: UInt32, channel: Channel, context: TEEContext) {
        self.id = id
        self.channel = channel
        self.context = context
    }

    /// TEEC_InvokeCommand. Outputs are returned in `outputs` even when the call fails.
    public func invoke(command: UInt32, parameters: [ClientParameter], outputs: inout ClientOutputs,
                       cancellation: TEECancellation? = nil) throws(TEEError) {
        try callLock.withLock { _ throws(TEEError) in
            let (seq, known, dead) = state.withLock { s in
                s.seq &+= 1
                return (s.seq, s.known, s.dead || s.closed)
            }
            if dead { throw TEEError.targetDead }
            let encoder = try OperationEncoder(parameters, known: { known.contains($0) })
            if let cancellation, !cancellation.start(channel: channel, seq: seq) {
                throw TEEError(.cancel, origin: .api)
            }
            defer { cancellation?.finish() }
            let reply: InvokeReply
            do throws(TransportError) {
                try channel.send(InvokeRequest(command: command, operation: encoder.operation), requestID: seq, fds: encoder.fds)
                state.withLock { $0.known.formUnion(encoder.introduced) }
                reply = try receiveReply(seq: seq)
            } catch .malformed {
                throw TEEError(.communication, origin: .comms)
            } catch {
                // The TA host is gone: this call and every later one is TARGET_DEAD.
                state.withLock { $0.dead = true }
                throw TEEError.targetDead
            }
            if reply.result != .success && reply.origin == .tee {
                // The host refused before the TA ran, possibly before mapping what this
                // request introduced: send those fds again next time.
                state.withLock { $0.known.subtract(encoder.introduced) }
            }
            outputs = encoder.apply(reply.outputs)
            if reply.result != .success { throw TEEError(reply.result, origin: reply.origin) }
        }
    }

    private func receiveReply(seq: UInt32) throws(TransportError) -> InvokeReply {
        while true {
            let datagram = try channel.receive(spinning: &spin)
            // Anything but the answer to this call (there should be nothing) is skipped.
            guard datagram.header.opcode == .invokeReply, datagram.header.requestID == seq else { continue }
            do throws(WireError) {
                return try datagram.decode(InvokeReply.self)
            } catch {
                throw .malformed(error)
            }
        }
    }

    /// The host should drop its mapping of a released region.
    func forget(_ memoryID: UInt32) {
        let wasKnown = state.withLock { $0.known.remove(memoryID) != nil }
        if wasKnown { try? channel.sendRaw(ReleaseSharedMemory(id: memoryID).datagram()) }
    }

    /// Whether calls on this session can no longer succeed (its TA host died).
    public var isDead: Bool { state.withLock { $0.dead } }

    /// TEEC_CloseSession: CloseSessionEntryPoint runs before this returns.
    public func close() {
        let alreadyClosed = state.withLock { s in
            defer { s.closed = true }
            return s.closed
        }
        guard !alreadyClosed else { return }
        context?.closeSession(self)
        // The channel's descriptor is closed when the last reference goes (a cancellation
        // or release racing with this close may still hold it), so its number cannot be
        // reused under them.
    }
}
