import CTEETAABI
import TEEABI
import TEEClient
import TEEPlatform
import TEETransport
#if canImport(Glibc)
import Glibc
#endif

/// The runtime of one TA instance: a single-threaded loop that takes teed's lifecycle
/// requests on the control channel and clients' invokes on their session channels, and
/// runs one entry point at a time.
public final class TAHost {
    let control: Channel
    private var exports: UnsafePointer<stee_ta_exports>?
    private var uuid = TEEUUID.nil_
    private var created = false
    private(set) var logLevel: UInt8 = 2
    private var sessions: [UInt32: HostSession] = [:]
    var allSessions: Dictionary<UInt32, HostSession>.Values { sessions.values }
    private let params = UnsafeMutablePointer<stee_param>.allocate(capacity: 4)
    /// Lives as long as the process: the TA keeps a pointer to it.
    private let services = UnsafeMutablePointer<stee_host_api>.allocate(capacity: 1)

    /// The session answered last: its client is likely to call again at once.
    private var lastServed: HostSession?
    /// What poll() watches (control first, then open session channels), rebuilt only when
    /// sessions come, go or lose their channel.
    private var pollSet: [pollfd] = []
    private var pollSessions: [HostSession] = []
    var pollDirty = true
    private let budget = MappingBudget()

    /// The instance's own connection to teed (TA-to-TA sessions, persistent time).
    var service: TEEContext?
    var taSessions: TASessions?
    /// The TA's crypto objects and operations.
    private(set) lazy var crypto = HostCrypto { [unowned self] why in self.panicTA(why) }
    /// The `stee_crypto_api` table; lives as long as the process.
    let cryptoTable: UnsafeMutablePointer<stee_crypto_api> = {
        let table = UnsafeMutablePointer<stee_crypto_api>.allocate(capacity: 1)
        table.initialize(to: HostServices.cryptoTable())
        return table
    }()
    /// The TA's trusted storage (persistent objects live in `crypto`'s object slots).
    private(set) lazy var storage = HostStorage(host: self)
    /// The `stee_storage_api` table; lives as long as the process.
    let storageTable: UnsafeMutablePointer<stee_storage_api> = {
        let table = UnsafeMutablePointer<stee_storage_api>.allocate(capacity: 1)
        table.initialize(to: HostServices.storageTable())
        return table
    }()
    /// Client memory the running entry point received (its memrefs).
    var operationRanges: [(base: UInt, size: Int)] = []

    // Cancellation state of the entry point that is running.
    var currentSession: HostSession?
    var currentSeq: UInt32 = 0
    var cancelRequested = false
    var cancelMasked = true

    public init(control: FileDescriptor) {
        self.control = Channel(control)
    }

    /// Runs until teed closes the control channel or the instance ends.
    public func run() -> Never {
        services.initialize(to: HostServices.table(for: self))
        while true {
            if let session = sessions.values.first(where: { !$0.pending.isEmpty }) {
                handle(session.pending.removeFirst(), on: session)
                continue
            }
            if let session = lastServed {
                lastServed = nil
                if spinForNext(on: session) { continue }
            }
            if pollDirty {
                pollSessions = sessions.values.filter(\.channelOpen)
                pollSet = [pollfd(fd: control.fd.rawValue, events: Int16(POLLIN), revents: 0)]
                    + pollSessions.map { pollfd(fd: $0.channel.fd.rawValue, events: Int16(POLLIN), revents: 0) }
                pollDirty = false
            }
            let rc = poll(&pollSet, nfds_t(pollSet.count), -1)
            if rc < 0 {
                if errno == EINTR { continue }
                exit(70)
            }
            // Both arrays stay as they are until the next turn, whatever the handlers do.
            if pollSet[0].revents != 0 { handleControl() }
            for (i, session) in pollSessions.enumerated() where pollSet[i + 1].revents != 0 {
                guard sessions[session.id] === session, session.channelOpen else { continue }
                readChannel(session)
            }
        }
    }

    // MARK: Control channel (teed)

    private func handleControl() {
        let datagram: Datagram
        do throws(TransportError) {
            datagram = try control.receive()
        } catch {
            // teed is gone or sent garbage: nothing more can be served.
            exit(error == .closed ? 0 : 71)
        }
        do throws(WireError) {
            switch datagram.header.opcode {
            case .hostLoad: load(try datagram.decode(HostLoad.self), fds: datagram.fds)
            case .hostOpenSession: openSession(try datagram.decode(HostOpenSession.self), fds: datagram.fds)
            case .hostCloseSession: closeSession(try datagram.decode(HostCloseSession.self).sessionID)
            case .hostShutdown: exit(0)
            default: exit(71)
            }
        } catch {
            exit(71)
        }
    }

    private func load(_ request: HostLoad, fds: [FileDescriptor]) {
        logLevel = request.logLevel
        guard exports == nil, fds.count == 2 else {
            reply(HostLoaded(result: .badState, uuid: request.uuid, flags: []))
            return
        }
        let context = TEEContext(connected: fds[1])
        service = context
        taSessions = TASessions(context: context, caller: CallWatchdog.Caller(
            // A caller with cancellation masked cannot be cancelled: nothing to watch.
            channel: { [unowned self] in
                cancelMasked ? nil : currentSession.flatMap { $0.channelOpen ? $0.channel.fd.rawValue : nil }
            },
            cancelled: { [unowned self] in
                drainCurrentChannel(timeoutMilliseconds: 0)
                return cancelRequested && !cancelMasked
            }))
        (services.pointee.tee_properties, services.pointee.tee_property_count) =
            TEEProperties.table(deviceID: request.deviceID, antiRollbackLevel: request.antiRollbackLevel)
        switch TAImageLoader.load(image: fds[0], expected: request.uuid) {
        case let .success(table):
            exports = table
            uuid = request.uuid
            storage.closesHandleOnCorrupt = !TAFlags(rawValue: table.pointee.flags).contains(.dontCloseHandleOnCorruptObject)
            table.pointee.bind(table.pointee.context, services)
            reply(HostLoaded(result: .success, uuid: uuid, flags: TAFlags(rawValue: table.pointee.flags)))
        case let .failure(error):
            reply(HostLoaded(result: error.result, uuid: request.uuid, flags: []))
        }
    }

    private func openSession(_ request: HostOpenSession, fds: [FileDescriptor]) {
        guard let exports, let channelFD = fds.last, sessions[request.sessionID] == nil else {
            reply(HostOpenSessionReply(sessionID: request.sessionID, result: .badState, origin: .tee, outputs: .empty))
            return
        }
        if !created {
            let rc = TEEResult(exports.pointee.create(exports.pointee.context))
            guard rc == .success else {
                // The instance never came to life: announce its end, refuse, and exit.
                reply(HostCloseSessionReply(sessionID: request.sessionID, instanceFinished: true))
                reply(HostOpenSessionReply(sessionID: request.sessionID, result: rc, origin: .trustedApp, outputs: .empty))
                exit(0)
            }
            created = true
        }
        let session = HostSession(id: request.sessionID, channel: Channel(channelFD), client: request.client)
        // A client that stops reading its replies must not stall an instance it shares.
        session.channel.setNonBlocking()
        var identity = stee_identity()
        identity.login = request.client.login.rawValue
        let u = request.client.uuid
        identity.time_low = u.timeLow
        identity.time_mid = u.timeMid
        identity.time_hi_and_version = u.timeHiAndVersion
        withUnsafeMutableBytes(of: &identity.clock_seq_and_node) { $0.copyBytes(from: u.clockSeqAndNode) }

        let (result, origin, outputs) = run(request.operation, fds: Array(fds.dropLast()), session: nil, current: session) { params in
            var context: UnsafeMutableRawPointer?
            let rc = exports.pointee.open_session(exports.pointee.context, &identity, request.operation.types.packed, params, &context)
            session.taSession = context
            return rc
        }
        let openReply = HostOpenSessionReply(sessionID: session.id, result: result, origin: origin, outputs: outputs)
        if result == .success {
            sessions[session.id] = session
            pollDirty = true
            reply(openReply)
        } else {
            // As libutee does: a failed open removes the session, which may end the instance;
            // teed hears of the end before the refusal so it routes no new open here.
            let ending = willFinishWhenIdle
            if ending {
                exports.pointee.destroy(exports.pointee.context)
                reply(HostCloseSessionReply(sessionID: session.id, instanceFinished: true))
            }
            reply(openReply)
            if ending { exit(0) }
        }
    }

    private var willFinishWhenIdle: Bool {
        sessions.isEmpty && !TAFlags(rawValue: exports?.pointee.flags ?? 0).keepsInstanceAlive
    }

    private func closeSession(_ id: UInt32) {
        guard let exports, let session = sessions.removeValue(forKey: id) else {
            reply(HostCloseSessionReply(sessionID: id, instanceFinished: false))
            return
        }
        pollDirty = true
        currentSession = session
        exports.pointee.close_session(exports.pointee.context, session.taSession)
        currentSession = nil
        session.channel.fd.close()
        session.regions.removeAll()
        finishIfIdle(afterSession: id)
    }

    /// DestroyEntryPoint after the last session, unless the TA keeps its instance alive.
    private func finishIfIdle(afterSession id: UInt32) {
        guard willFinishWhenIdle, let exports else {
            reply(HostCloseSessionReply(sessionID: id, instanceFinished: false))
            return
        }
        exports.pointee.destroy(exports.pointee.context)
        reply(HostCloseSessionReply(sessionID: id, instanceFinished: true))
        exit(0)
    }

    func reply<M: WireMessage>(_ message: M) {
        do throws(TransportError) {
            try control.send(message)
        } catch {
            exit(error == .closed ? 0 : 71)
        }
    }

    // MARK: Session channels (clients)

    private func readChannel(_ session: HostSession) {
        do throws(TransportError) {
            handle(try session.channel.receive(), on: session)
        } catch .malformed {
            // A datagram that does not parse is dropped; the client gets no reply for it.
        } catch .wouldBlock {
            // Nothing after all.
        } catch {
            session.channelOpen = false
            pollDirty = true
        }
    }

    func handle(_ datagram: Datagram, on session: HostSession) {
        let seq = datagram.header.requestID
        switch datagram.header.opcode {
        case .invoke:
            guard let request = try? datagram.decode(InvokeRequest.self) else {
                sendReply(InvokeReply(result: .badParameters, origin: .tee, outputs: .empty), seq: seq, on: session)
                return
            }
            invoke(request, seq: seq, fds: datagram.fds, on: session)
        case .cancel:
            session.rememberCancel(seq)
        case .releaseSharedMemory:
            if let release = try? datagram.decode(ReleaseSharedMemory.self) { session.regions[release.id] = nil }
        default:
            sendReply(InvokeReply(result: .badParameters, origin: .tee, outputs: .empty), seq: seq, on: session)
        }
    }

    private func invoke(_ request: InvokeRequest, seq: UInt32, fds: [FileDescriptor], on session: HostSession) {
        guard let exports else { return }
        if session.takeEarlyCancel(seq) {
            sendReply(InvokeReply(result: .cancel, origin: .tee, outputs: .empty), seq: seq, on: session)
            return
        }
        currentSeq = seq
        let (result, origin, outputs) = run(request.operation, fds: fds, session: session, current: session) { params in
            exports.pointee.invoke(exports.pointee.context, session.taSession, request.command, request.operation.types.packed, params)
        }
        sendReply(InvokeReply(result: result, origin: origin, outputs: outputs), seq: seq, on: session)
    }

    private func sendReply(_ reply: InvokeReply, seq: UInt32, on session: HostSession) {
        do throws(TransportError) {
            try session.channel.send(reply, requestID: seq)
            lastServed = session
        } catch {
            // Gone, or not reading its replies: this session is no longer served; teed
            // closes it when the client closes or disconnects.
            session.channelOpen = false
            pollDirty = true
        }
    }

    /// Polls the session just served for its next request before going to sleep in poll().
    private func spinForNext(on session: HostSession) -> Bool {
        guard sessions[session.id] === session, session.channelOpen else { return false }
        guard session.spin.budget > 0 else {
            session.spin.skipped()
            return false
        }
        do throws(TransportError) {
            guard let datagram = try session.channel.poll(for: session.spin.budget) else {
                session.spin.record(hit: false)
                return false
            }
            session.spin.record(hit: true)
            handle(datagram, on: session)
        } catch .malformed {
            // Dropped, as in readChannel.
        } catch {
            session.channelOpen = false
            pollDirty = true
        }
        return true
    }

    /// Prepares the parameters, runs one entry point with cancellation masked, and
    /// collects what goes back. Bad memrefs never reach the TA.
    private func run(_ operation: WireOperation, fds: [FileDescriptor], session: HostSession?, current: HostSession,
                     _ entry: (UnsafeMutablePointer<stee_param>) -> UInt32) -> (TEEResult, TEEOrigin, WireOutputs) {
        let marshal: OperationMarshal
        do throws(TEEResult) {
            marshal = try OperationMarshal(operation, fds: fds, session: session, budget: budget, params: params)
        } catch {
            return (error, .tee, .empty)
        }
        currentSession = current
        cancelRequested = false
        cancelMasked = true
        // Taken before the call (the TA may rewrite `params`); the array keeps its capacity, so
        // an invoke allocates nothing for it.
        for i in 0..<4 where operation.types[i].isMemref {
            if let base = params[i].memref.buffer { operationRanges.append((UInt(bitPattern: base), params[i].memref.size)) }
        }
        let rc = TEEResult(entry(params))
        operationRanges.removeAll(keepingCapacity: true)
        currentSession = nil
        return (rc, .trustedApp, marshal.outputs())
    }
}
