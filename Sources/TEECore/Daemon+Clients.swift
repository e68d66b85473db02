import TEEABI
import TEEPlatform
import TEETransport
#if canImport(Glibc)
import Glibc
#endif

/// Requests from normal-world clients. Every datagram is decoded into a closed set of
/// requests first; anything malformed gets an error and the connection is closed.
extension Daemon {
    /// At most one parameter fd per memref; anything beyond is refused.
    static let maxOpenFDs = 4
    /// Bounds on what one client, and all of them, can make teed hold: a client cannot
    /// exhaust the machine by opening sessions on multi-instance TAs.
    static let maxSessionsPerClient = 256
    static let maxInstances = 256
    static let maxClients = 1024
    /// Sessions one instance serves at most (each costs its host a descriptor).
    static let maxSessionsPerInstance = 256

    func readClient(_ client: ClientConnection) {
        let datagram: Datagram
        do throws(TransportError) {
            datagram = try client.channel.receive()
        } catch .wouldBlock {
            return
        } catch .malformed(let error) {
            refuse(client, requestID: 0, "malformed datagram: \(error)")
            return
        } catch {
            dropClient(client)
            return
        }
        do throws(WireError) {
            switch datagram.header.opcode {
            case .openSession:
                openSession(try datagram.decode(OpenSessionRequest.self), requestID: datagram.header.requestID,
                            fds: datagram.fds, client: client)
            case .closeSession:
                closeSession(try datagram.decode(CloseSessionRequest.self).sessionID, requestID: datagram.header.requestID, client: client)
            case .status:
                _ = try datagram.decode(StatusRequest.self)
                send(status(), requestID: datagram.header.requestID, to: client)
            case .storageStatus where client.trustedApp == nil:
                let request = try datagram.decode(StorageStatusRequest.self)
                send(storageStatus(request, client: client), requestID: datagram.header.requestID, to: client)
            case .getPersistentTime where client.trustedApp != nil:
                _ = try datagram.decode(GetPersistentTimeRequest.self)
                send(persistentTime.get(client.trustedApp!.uuid), requestID: datagram.header.requestID, to: client)
            case .setPersistentTime where client.trustedApp != nil:
                let request = try datagram.decode(SetPersistentTimeRequest.self)
                send(persistentTime.set(client.trustedApp!.uuid, seconds: request.seconds, millis: request.millis),
                     requestID: datagram.header.requestID, to: client)
            case .storageRequest where client.trustedApp != nil:
                serveStorage(try datagram.decode(StorageRequest.self), requestID: datagram.header.requestID,
                             fds: datagram.fds, client: client)
            default:
                refuse(client, requestID: datagram.header.requestID, "unexpected opcode \(datagram.header.opcode)")
            }
        } catch {
            refuse(client, requestID: datagram.header.requestID, "malformed request: \(error)")
        }
    }

    /// Answers with an error and closes the connection: a client that speaks garbage
    /// gets no second chance, and never reaches a TA.
    private func refuse(_ client: ClientConnection, requestID: UInt32, _ reason: String) {
        logger.warning("refusing client", metadata: ["client": "\(client.id)", "pid": "\(client.peer.pid)", "reason": "\(reason)"])
        try? client.channel.send(ErrorReply(result: .badFormat, message: reason), requestID: requestID)
        dropClient(client)
    }

    func send<M: WireMessage>(_ message: M, requestID: UInt32, fds: [Int32] = [], to client: ClientConnection) {
        do throws(TransportError) {
            try client.channel.send(message, requestID: requestID, fds: fds)
        } catch {
            // A client that does not read its replies is dropped rather than waited for.
            dropClient(client)
        }
    }

    /// The client is gone: close its sessions (their CloseSessionEntryPoint runs).
    func dropClient(_ client: ClientConnection) {
        guard clients.removeValue(forKey: client.id) != nil else { return }
        storage?.release(clientID: client.id)
        logger.debug("client disconnected", metadata: ["client": "\(client.id)", "sessions": "\(client.sessions.count)"])
        for sessionID in client.sessions {
            sessions[sessionID]?.clientID = nil
            requestClose(sessionID)
        }
        client.sessions.removeAll()
        client.channel.fd.close()
    }

    // MARK: Open

    private func openSession(_ request: OpenSessionRequest, requestID: UInt32, fds: [FileDescriptor], client: ClientConnection) {
        func fail(_ error: TEEError) {
            send(OpenSessionReply(result: error.result, origin: error.origin), requestID: requestID, to: client)
        }
        guard shutdownDeadline == nil else { return fail(.tee(.busy)) }
        guard fds.count <= Self.maxOpenFDs else { return fail(.tee(.badParameters)) }
        let inFlight = pendingOpens.values.filter { $0.context.clientID == client.id }.count
            + instances.values.reduce(0) { $0 + $1.queued.filter { $0.clientID == client.id }.count }
        guard client.sessions.count + inFlight < Self.maxSessionsPerClient else { return fail(.tee(.outOfMemory)) }
        let identity: ClientIdentity
        if let caller = client.trustedApp {
            identity = ClientIdentity(login: .trustedApp, uuid: caller.uuid)
        } else {
            switch ClientIdentityResolver.identity(login: request.login, connectionData: request.connectionData, peer: client.peer) {
            case let .success(id): identity = id
            case let .failure(error): return fail(error)
            }
        }
        let context = OpenContext(clientID: client.id, requestID: requestID, request: request, fds: fds, identity: identity,
                                  callerHostPID: client.trustedApp?.hostPID)
        route(context)
    }

    /// Sends an open to the right instance, starting one if GP's properties say so.
    func route(_ context: OpenContext) {
        let uuid = context.request.uuid
        // An instance whose last session is closing is about to end: not a candidate.
        let live = instances.values.first { $0.uuid == uuid && $0.isLive && !$0.isEnding }
        let decision = InstancePolicy.route(flags: knownFlags[uuid], candidate: live?.candidate)
        // A TA opening a session on its own instance would wait for itself forever.
        if let caller = context.callerHostPID, caller == live?.pid {
            switch decision {
            case .send, .queue: return replyOpen(context, OpenSessionReply(result: .busy, origin: .tee))
            default: break
            }
        }
        switch decision {
        case .busy:
            replyOpen(context, OpenSessionReply(result: .busy, origin: .tee))
        case let .queue(id):
            instances[id]!.queued.append(context)
        case let .send(id):
            let instance = instances[id]!
            guard instance.sessions.count + instance.opening.count < Self.maxSessionsPerInstance else {
                return replyOpen(context, OpenSessionReply(result: .outOfMemory, origin: .tee))
            }
            sendOpen(context, to: instance)
        case .spawn:
            guard instances.count < Self.maxInstances else {
                return replyOpen(context, OpenSessionReply(result: .outOfMemory, origin: .tee))
            }
            do throws(TEEError) {
                let image = try store.image(for: uuid)
                let instance = try startInstance(uuid: uuid, image: image)
                // The open goes right behind the image: the host takes them in order, so
                // the session opens without another round trip through teed.
                sendOpen(context, to: instance)
                awaiting = nil  // loading takes far longer than a spin
            } catch {
                replyOpen(context, OpenSessionReply(result: error.result, origin: error.origin))
            }
        }
    }

    func sendOpen(_ context: OpenContext, to instance: Instance) {
        let sessionID = makeSessionID()
        let ends: (FileDescriptor, FileDescriptor)
        do throws(PlatformError) {
            ends = try UnixSocket.pair()
        } catch {
            return replyOpen(context, OpenSessionReply(result: .outOfMemory, origin: .tee))
        }
        let message = HostOpenSession(sessionID: sessionID, client: context.identity, operation: context.request.operation)
        do throws(TransportError) {
            try instance.control.send(message, fds: context.fds.map(\.rawValue) + [ends.1.rawValue])
        } catch {
            return replyOpen(context, OpenSessionReply(result: .targetDead, origin: .tee))
        }
        ends.1.close()
        instance.opening.insert(sessionID)
        pendingOpens[sessionID] = (context, ends.0, instance.id)
        awaiting = instance.id
    }

    func replyOpen(_ context: OpenContext, _ reply: OpenSessionReply, channel: FileDescriptor? = nil) {
        guard let client = clients[context.clientID] else { return }
        send(reply, requestID: context.requestID, fds: channel.map { [$0.rawValue] } ?? [], to: client)
    }

    // MARK: Close

    private func closeSession(_ sessionID: UInt32, requestID: UInt32, client: ClientConnection) {
        // Only the client that opened a session may close it.
        guard client.sessions.remove(sessionID) != nil, let record = sessions[sessionID] else {
            send(ResultReply(result: .itemNotFound, origin: .tee), requestID: requestID, to: client)
            return
        }
        guard let instance = instances[record.instanceID], instance.state != .dead else {
            sessions[sessionID] = nil
            send(ResultReply(result: .success, origin: .tee), requestID: requestID, to: client)
            return
        }
        pendingCloses[sessionID] = (client.id, requestID, instance.id)
        requestClose(sessionID)
    }

    /// Asks the instance to close a session; the reply finishes the bookkeeping.
    func requestClose(_ sessionID: UInt32) {
        guard let record = sessions[sessionID], let instance = instances[record.instanceID], instance.state != .dead else {
            logger.debug("close of a session whose instance is gone", metadata: ["session": "\(sessionID)"])
            sessions[sessionID] = nil
            return
        }
        logger.trace("closing session", metadata: ["session": "\(sessionID)", "pid": "\(instance.pid)"])
        do throws(TransportError) {
            try instance.control.send(HostCloseSession(sessionID: sessionID))
            instance.sessions.remove(sessionID)
            instance.closing.insert(sessionID)
            awaiting = instance.id
        } catch {
            instanceDied(instance, reason: "control channel failed")
        }
    }

    // MARK: Status

    func status() -> StatusReply {
        // Instances that are ending (finishing, dead) serve nothing any more.
        let live = instances.values.filter(\.isLive).sorted { $0.id < $1.id }
        return StatusReply(
            version: Self.version, pid: getpid(), taDirectory: configuration.taDirectory,
            installedTAs: store.installed(),
            instances: live.map {
                StatusReply.Instance(uuid: $0.uuid, pid: $0.pid, flags: $0.flags ?? [], sessions: UInt32($0.sessions.count))
            },
            clients: UInt32(clients.values.filter { $0.trustedApp == nil }.count))  // normal-world clients only
    }
}
