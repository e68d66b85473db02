import Logging
import TEEABI
import TEEPlatform
import TEETransport
#if canImport(Glibc)
import Glibc
#endif

/// TA host processes: starting them, their lifecycle messages, and their deaths.
extension Daemon {
    /// Starts an instance: on the host already loading this very image if there is one,
    /// else on the pre-started spare (or a new host), which is asked to load `image`.
    func startInstance(uuid: TEEUUID, image: FileDescriptor) throws(TEEError) -> Instance {
        let host: SpareHost
        var loading = false
        // A warm host loading an older copy of this TA is of no use any more.
        if let warm, warm.uuid == uuid, warm.image !== image { discardWarmHost() }
        if let warm, warm.uuid == uuid, warm.image === image {
            host = warm.host
            self.warm = nil
            loading = true
        } else if let spare {
            host = spare
            self.spare = nil
        } else {
            host = try spawnHost()
        }
        let instance = Instance(id: makeID(), uuid: uuid, pid: host.pid, control: host.control)
        instances[instance.id] = instance
        if !loading {
            do throws(TransportError) {
                try sendLoad(uuid: uuid, image: image, to: host)
            } catch {
                instanceDied(instance, reason: "could not send the image")
                throw .tee(.targetDead)
            }
        }
        logger.debug("starting TA instance", metadata: ["ta": "\(uuid)", "pid": "\(host.pid)", "preloaded": "\(loading)"])
        return instance
    }

    /// Asks `host` to load `image`, handing it the instance's own client connection to teed.
    /// The connection is a client like any other (it ends when the host does), except that
    /// its identity is the TA's.
    func sendLoad(uuid: TEEUUID, image: FileDescriptor, to host: SpareHost) throws(TransportError) {
        let ends: (FileDescriptor, FileDescriptor)
        do throws(PlatformError) {
            ends = try UnixSocket.pair()
        } catch {
            throw .closed
        }
        defer { ends.1.close() }
        let message = HostLoad(uuid: uuid, logLevel: effectiveTALogLevel, deviceID: deviceID, antiRollbackLevel: antiRollbackLevel)
        try host.control.send(message, fds: [image.rawValue, ends.1.rawValue])
        let channel = Channel(ends.0)
        channel.setNonBlocking()
        let peer = PeerCredentials(pid: host.pid, uid: getuid(), gid: getgid(), groups: [])
        let client = ClientConnection(id: makeID(), channel: channel, peer: peer,
                                      trustedApp: TrustedAppCaller(uuid: uuid, hostPID: host.pid))
        clients[client.id] = client
    }

    /// The TA trace level hosts filter at: the configured one, lowered to what teed's own
    /// log level would print anyway, so hosts do not send lines only to have them dropped.
    var effectiveTALogLevel: UInt8 {
        let printable: UInt8 = switch logger.logLevel {
        case .trace: 4
        case .debug: 3
        case .info, .notice: 2
        default: 1
        }
        return min(configuration.taLogLevel, printable)
    }

    func refillSpare() {
        guard spare == nil, Self.now() >= spareRetryAfter else { return }
        spare = try? spawnHost()
        // A host that cannot start is not retried on every event.
        if spare == nil { spareRetryAfter = Self.now() + 1000 }
    }

    /// Starts the next spare, then a warm host, only when no open is in flight: spawning
    /// (and the new host's start-up) would otherwise compete with the open that just took
    /// the last one. One process is started per idle turn of the loop.
    func refillSpareIfIdle() {
        guard configuration.prestartHost, shutdownDeadline == nil, pendingOpens.isEmpty,
              !instances.values.contains(where: { $0.state == .loading }) else { return }
        if spare == nil { return refillSpare() }
        prepareWarmHost()
    }

    /// Multi-instance TAs start an instance per session. A host that has already loaded the
    /// image of the one started last makes the next such open skip the image load.
    private func prepareWarmHost() {
        if let warm, warm.uuid != lastMultiInstanceTA { discardWarmHost() }
        guard warm == nil, let uuid = lastMultiInstanceTA, Self.now() >= spareRetryAfter,
              let image = try? store.image(for: uuid), let host = try? spawnHost() else { return }
        do throws(TransportError) {
            try sendLoad(uuid: uuid, image: image, to: host)
            warm = WarmHost(host: host, uuid: uuid, image: image)
        } catch {
            kill(host.pid, SIGKILL)
        }
    }

    func discardWarmHost() {
        guard let warm else { return }
        kill(warm.host.pid, SIGKILL)  // reaped with the other children
        self.warm = nil
    }

    private func spawnHost() throws(TEEError) -> SpareHost {
        do throws(PlatformError) {
            let (mine, theirs) = try UnixSocket.pair()
            let pid = try ProcessSpawner.spawn(path: configuration.hostExecutable, arguments: ["tee-ta-host"],
                                               environment: Self.hostEnvironment, fd3: theirs.rawValue)
            theirs.close()
            let channel = Channel(mine)
            channel.setNonBlocking()
            return SpareHost(pid: pid, control: channel)
        } catch {
            logger.error("cannot start a TA host", metadata: ["error": "\(error)", "path": "\(configuration.hostExecutable)"])
            throw .tee(.outOfMemory)
        }
    }

    /// TA hosts inherit nothing of teed's environment. The Swift runtime's crash
    /// backtracer would try to exec a helper, which the sandbox forbids anyway.
    static let hostEnvironment = ["SWIFT_BACKTRACE=enable=no"]

    // MARK: Messages from hosts

    /// Handles one message; false when nothing was waiting.
    @discardableResult
    func readInstance(_ instance: Instance) -> Bool {
        let datagram: Datagram
        do throws(TransportError) {
            datagram = try instance.control.receive()
        } catch .wouldBlock {
            return false
        } catch {
            // A host that exits with requests of ours unread makes the kernel report a reset
            // before the messages it sent last (its final trace lines, its last close): read
            // those before declaring it dead.
            while let last = try? instance.control.receive() { handle(last, from: instance) }
            instanceDied(instance, reason: "control channel closed")
            return false
        }
        handle(datagram, from: instance)
        return true
    }

    /// Polls the instance teed just sent an open or close to, briefly, for its answer:
    /// the reply usually comes within microseconds and sleeping in poll() costs more.
    func awaitReply(from instance: Instance) {
        guard instance.state != .dead, hostSpin.budget > 0 else {
            hostSpin.skipped()
            return
        }
        let deadline = SpinPolicy.now() + hostSpin.budget
        while instance.state != .dead && SpinPolicy.now() < deadline {
            let datagram: Datagram?
            do throws(TransportError) {
                datagram = try instance.control.poll(for: deadline - SpinPolicy.now())
            } catch {
                return  // the main loop sees the failure on its next poll
            }
            guard let datagram else { break }
            handle(datagram, from: instance)
            if datagram.header.opcode == .hostOpenSessionReply || datagram.header.opcode == .hostCloseSessionReply {
                hostSpin.record(hit: true)
                return
            }
        }
        hostSpin.record(hit: false)
    }

    private func handle(_ datagram: Datagram, from instance: Instance) {
        do throws(WireError) {
            switch datagram.header.opcode {
            case .hostLoaded: loaded(try datagram.decode(HostLoaded.self), instance)
            case .hostOpenSessionReply: opened(try datagram.decode(HostOpenSessionReply.self), instance)
            case .hostCloseSessionReply: closed(try datagram.decode(HostCloseSessionReply.self), instance)
            case .hostLog: trace(try datagram.decode(HostLog.self), instance)
            default: throw .unknownOpcode(datagram.header.opcode.rawValue)
            }
        } catch {
            // A host runs untrusted TA code: one that speaks garbage is ended.
            logger.error("TA host sent a malformed message", metadata: ["ta": "\(instance.uuid)", "error": "\(error)"])
            kill(instance.pid, SIGKILL)
            instanceDied(instance, reason: "protocol violation")
        }
    }

    private func loaded(_ message: HostLoaded, _ instance: Instance) {
        guard instance.state == .loading else { return }
        let queued = instance.queued
        instance.queued = []
        guard message.result == .success, message.uuid == instance.uuid else {
            logger.error("TA image refused", metadata: ["ta": "\(instance.uuid)", "result": "\(message.result)"])
            let refusal = OpenSessionReply(result: message.result == .success ? .security : message.result, origin: .tee)
            for context in queued { replyOpen(context, refusal) }
            for sessionID in instance.opening {
                if let pending = pendingOpens.removeValue(forKey: sessionID) { replyOpen(pending.context, refusal) }
            }
            instance.opening = []
            try? instance.control.send(HostShutdown())
            instance.state = .finishing
            return
        }
        instance.flags = message.flags
        instance.state = .ready
        knownFlags[instance.uuid] = message.flags
        if !message.flags.contains(.singleInstance) { lastMultiInstanceTA = instance.uuid }
        logger.info("TA instance loaded", metadata: ["ta": "\(instance.uuid)", "pid": "\(instance.pid)", "flags": "0x\(String(message.flags.rawValue, radix: 16))"])
        // The open that started the instance is already on its way; the others were
        // waiting for the flags, which now decide: share it, start another, or BUSY.
        for context in queued { route(context) }
    }

    private func opened(_ reply: HostOpenSessionReply, _ instance: Instance) {
        guard let pending = pendingOpens[reply.sessionID], pending.instanceID == instance.id else { return }
        pendingOpens[reply.sessionID] = nil
        instance.opening.remove(reply.sessionID)
        let answer = OpenSessionReply(result: reply.result, origin: reply.origin, sessionID: reply.sessionID, outputs: reply.outputs)
        guard reply.result == .success else {
            replyOpen(pending.context, answer)
            return
        }
        instance.sessions.insert(reply.sessionID)
        if let client = clients[pending.context.clientID] {
            sessions[reply.sessionID] = (client.id, instance.id)
            client.sessions.insert(reply.sessionID)
            replyOpen(pending.context, answer, channel: pending.clientEnd)
        } else {
            // The client left while its session was opening: close it again.
            sessions[reply.sessionID] = (nil, instance.id)
            requestClose(reply.sessionID)
        }
    }

    private func closed(_ reply: HostCloseSessionReply, _ instance: Instance) {
        // A host can only speak for its own sessions.
        guard instance.sessions.remove(reply.sessionID) != nil || instance.closing.contains(reply.sessionID)
                || reply.instanceFinished else { return }
        instance.closing.remove(reply.sessionID)
        if let record = sessions[reply.sessionID], record.instanceID == instance.id {
            sessions[reply.sessionID] = nil
            if let owner = record.clientID { clients[owner]?.sessions.remove(reply.sessionID) }
        }
        if reply.instanceFinished {
            instance.state = .finishing
            logger.debug("TA instance finished", metadata: ["ta": "\(instance.uuid)", "pid": "\(instance.pid)"])
        }
        if let waiter = pendingCloses[reply.sessionID], waiter.instanceID == instance.id {
            pendingCloses[reply.sessionID] = nil
            if let client = clients[waiter.clientID] {
                send(ResultReply(result: .success, origin: .tee), requestID: waiter.requestID, to: client)
            }
        }
        if shutdownDeadline != nil, instance.state == .ready, instance.sessions.isEmpty, instance.opening.isEmpty,
           instance.closing.isEmpty {
            try? instance.control.send(HostShutdown())
            instance.state = .finishing
        }
    }

    private func trace(_ message: HostLog, _ instance: Instance) {
        let level: Logger.Level = switch message.level {
        case 0, 1: .error
        case 2: .info
        case 3: .debug
        default: .trace
        }
        logger.log(level: level, "\(message.message)", metadata: ["ta": "\(instance.uuid)", "pid": "\(instance.pid)"])
    }

    // MARK: Deaths

    /// The host is gone (or must be treated so): everything waiting on it ends with
    /// TARGET_DEAD from the TEE; its clients find out on their channels.
    func instanceDied(_ instance: Instance, reason: String, reaped: Bool = false) {
        guard instance.state != .dead else { return }
        let expected = instance.state == .finishing
        instance.state = .dead
        instance.control.fd.close()
        // A host teed can no longer talk to must not keep running (it is not reaped yet,
        // so its pid cannot have been reused).
        if !reaped { kill(instance.pid, SIGKILL) }
        logger.log(level: expected ? .debug : .warning, "TA instance died",
                   metadata: ["ta": "\(instance.uuid)", "pid": "\(instance.pid)", "reason": "\(reason)"])
        for context in instance.queued { replyOpen(context, OpenSessionReply(result: .targetDead, origin: .tee)) }
        instance.queued = []
        for sessionID in instance.opening {
            if let pending = pendingOpens.removeValue(forKey: sessionID) {
                replyOpen(pending.context, OpenSessionReply(result: .targetDead, origin: .tee))
            }
        }
        instance.opening = []
        for sessionID in instance.sessions.union(instance.closing) {
            if let owner = sessions[sessionID]?.clientID { clients[owner]?.sessions.remove(sessionID) }
            sessions[sessionID] = nil
            if let waiter = pendingCloses.removeValue(forKey: sessionID), let client = clients[waiter.clientID] {
                send(ResultReply(result: .success, origin: .tee), requestID: waiter.requestID, to: client)
            }
        }
        instance.sessions = []
        instance.closing = []
    }

    func reapChildren() {
        while let (pid, status) = ProcessSpawner.reap() {
            logger.trace("reaped a child", metadata: ["pid": "\(pid)", "status": "\(status)"])
            if warm?.host.pid == pid {
                warm = nil
                continue
            }
            if spare?.pid == pid {
                logger.warning("pre-started TA host ended", metadata: ["pid": "\(pid)", "status": "\(status)"])
                spare = nil
                continue
            }
            guard let instance = instances.values.first(where: { $0.pid == pid }) else { continue }
            // What the host said before it exited comes first (its last close, its panic).
            while instance.state != .dead && readInstance(instance) {}
            let wasFinishing = instance.state == .finishing || instance.state == .dead
            instanceDied(instance, reason: "\(status)", reaped: true)
            if !wasFinishing || status != .exited(0) {
                logger.log(level: wasFinishing ? .debug : .warning, "TA host \(status)", metadata: ["ta": "\(instance.uuid)", "pid": "\(pid)"])
            }
            instances[instance.id] = nil
        }
    }
}
