import Logging
import TEEABI
import TEEPlatform
import TEETransport
#if canImport(Glibc)
import Glibc
#endif

/// teed: the secure kernel. A single-threaded poll loop owns all state: client
/// connections, TA instances and sessions. Entry points run in TA host processes, so a
/// slow or dead TA never blocks the loop; the fast path (invoke) bypasses teed entirely.
public final class Daemon {
    public static let version = "swift-tee 0.1.0"

    let configuration: DaemonConfiguration
    let logger: Logger
    let store: TAStore
    let persistentTime: PersistentTimeStore
    /// GP trusted storage; made from the configuration when teed starts.
    var storage: StorageService?

    private var listener: FileDescriptor?
    private var lock: FileLock?
    private var signals: SignalFD?

    var clients: [Int: ClientConnection] = [:]
    var instances: [Int: Instance] = [:]
    /// session id -> (owning client, or nil once the client is gone; instance)
    var sessions: [UInt32: (clientID: Int?, instanceID: Int)] = [:]
    /// session id -> the open in flight and the client end of its channel.
    var pendingOpens: [UInt32: (context: OpenContext, clientEnd: FileDescriptor, instanceID: Int)] = [:]
    /// session id -> who waits for the close to finish.
    var pendingCloses: [UInt32: (clientID: Int, requestID: UInt32, instanceID: Int)] = [:]
    var knownFlags: [TEEUUID: TAFlags] = [:]
    var spare: SpareHost?
    /// The instance that was just sent an open or close, and how long to poll for its reply.
    var awaiting: Int?
    var hostSpin = SpinPolicy()
    var spareRetryAfter: Int64 = 0
    var acceptPausedUntil: Int64 = 0
    /// A host already loading the image of `lastMultiInstanceTA`.
    var warm: WarmHost?
    var lastMultiInstanceTA: TEEUUID?
    var shutdownDeadline: Int64?
    /// gpd.tee.deviceID, read (or made) when teed starts.
    var deviceID = TEEUUID.nil_

    private var nextID = 1
    private var nextSessionID: UInt32 = 1

    public init(configuration: DaemonConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        store = TAStore(directory: configuration.taDirectory,
                        floors: TAVersionFloors(stateDirectory: configuration.stateDirectory), logger: logger)
        persistentTime = PersistentTimeStore(stateDirectory: configuration.stateDirectory, logger: logger)
    }

    public enum StartError: Error, CustomStringConvertible {
        case alreadyRunning(String)
        case platform(PlatformError)
        case trust(String)
        case storage(String)

        public var description: String {
            switch self {
            case let .alreadyRunning(path): "another teed is already serving \(path)"
            case let .platform(error): "\(error)"
            case let .trust(why): why
            case let .storage(why): "trusted storage: \(why)"
            }
        }
    }

    /// Creates the directories, takes the socket, and runs until SIGTERM or SIGINT.
    public func run() throws(StartError) {
        var held: FileLock?
        do {
            try TEEPaths.makeDirectory(configuration.stateDirectory)
            try TEEPaths.makeDirectory(configuration.taDirectory)
            deviceID = DeviceIdentity.load(stateDirectory: configuration.stateDirectory, logger: logger)
            let path = configuration.socketPath
            if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
                try TEEPaths.makeDirectory(String(path[..<slash]))
            }
            ResourceLimits.raiseOpenFiles()
            // The lock, not the socket file, says whether a teed is alive: a stale socket
            // left by a dead daemon is simply replaced.
            held = try FileLock(path: path + ".lock")
            // Keys before the socket: a teed that cannot verify TAs does not serve.
            if held != nil { try loadTrust() }
            if held != nil { try openStorage() }
            if held != nil {
                unlink(path)
                listener = try UnixSocket.listen(path: path)
                chmod(path, 0o666)
                signals = try SignalFD(signals: [SIGTERM, SIGINT, SIGCHLD])
                signal(SIGPIPE, SIG_IGN)
            }
        } catch let error as StartError {
            throw error
        } catch let error as PlatformError {
            throw .platform(error)
        } catch {
            throw .trust("\(error)")
        }
        guard let held else { throw .alreadyRunning(configuration.socketPath) }
        lock = held
        logger.info("teed started", metadata: [
            "socket": "\(configuration.socketPath)", "state": "\(configuration.stateDirectory)",
            "tas": "\(configuration.taDirectory)", "pid": "\(getpid())",
        ])
        if configuration.prestartHost { refillSpare() }
        loop()
        unlink(configuration.socketPath)
        logger.info("teed stopped")
    }

    // MARK: The loop

    private enum Source {
        case listener, signals, client(Int), instance(Int)
    }

    private func loop() {
        while true {
            if let deadline = shutdownDeadline {
                // Done when every host has been reaped (reapChildren removes them).
                if instances.isEmpty { break }
                if Self.now() >= deadline { killAllHosts(); break }
            }
            var sources: [Source] = [.listener, .signals]
            var fds = [pollfd(fd: listener!.rawValue, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals!.fd.rawValue, events: Int16(POLLIN), revents: 0)]
            let acceptPaused = Self.now() < acceptPausedUntil
            if shutdownDeadline != nil || acceptPaused { fds[0].events = 0 }
            for client in clients.values {
                sources.append(.client(client.id))
                fds.append(pollfd(fd: client.channel.fd.rawValue, events: Int16(POLLIN), revents: 0))
            }
            for instance in instances.values where instance.state != .dead {
                sources.append(.instance(instance.id))
                fds.append(pollfd(fd: instance.control.fd.rawValue, events: Int16(POLLIN), revents: 0))
            }
            let timeout: Int32 = shutdownDeadline != nil || acceptPaused ? 50 : -1
            let rc = poll(&fds, nfds_t(fds.count), timeout)
            if rc < 0 {
                if errno == EINTR { continue }
                logger.critical("poll failed", metadata: ["errno": "\(errno)"])
                killAllHosts()
                return
            }
            for (i, source) in sources.enumerated() where fds[i].revents != 0 {
                switch source {
                case .listener: acceptClients()
                case .signals: handleSignals()
                case let .client(id): if let client = clients[id] { readClient(client) }
                case let .instance(id): if let instance = instances[id], instance.state != .dead { readInstance(instance) }
                }
            }
            if let id = awaiting {
                awaiting = nil
                if let instance = instances[id] { awaitReply(from: instance) }
            }
            refillSpareIfIdle()
        }
    }

    private func acceptClients() {
        while true {
            let accepted: FileDescriptor?
            do throws(PlatformError) {
                accepted = try UnixSocket.accept(listener!.rawValue)
            } catch {
                // Out of descriptors: stop listening for a moment instead of spinning on a
                // listener that stays readable, and say so once per pause.
                logger.warning("accept failed; not accepting for 100 ms", metadata: ["error": "\(error)"])
                acceptPausedUntil = Self.now() + 100
                return
            }
            guard let fd = accepted else { return }
            // Clients must never use up teed's descriptors: it needs them for TA hosts.
            guard clients.count < min(Self.maxClients, ResourceLimits.openFiles / 4) else {
                logger.warning("too many clients; refusing a connection")
                continue
            }
            guard let peer = try? PeerCredentials.of(socket: fd.rawValue) else { continue }
            let channel = Channel(fd)
            channel.setNonBlocking()
            let client = ClientConnection(id: makeID(), channel: channel, peer: peer)
            clients[client.id] = client
            logger.debug("client connected", metadata: ["client": "\(client.id)", "pid": "\(peer.pid)", "uid": "\(peer.uid)"])
        }
    }

    private func handleSignals() {
        while let sig = signals?.next() {
            switch sig {
            case SIGCHLD: reapChildren()
            default: beginShutdown(signal: sig)
            }
        }
    }

    /// Closes every session (CloseSessionEntryPoint runs), lets instances end, and kills
    /// whatever has not ended when the grace period is over.
    private func beginShutdown(signal: Int32) {
        guard shutdownDeadline == nil else { return }
        logger.info("shutting down", metadata: ["signal": "\(signal)"])
        shutdownDeadline = Self.now() + configuration.shutdownGraceMilliseconds
        for pid in [spare?.pid, warm?.host.pid].compactMap({ $0 }) {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        spare = nil
        warm = nil
        for client in clients.values { dropClient(client) }
        // Instances still closing sessions are told to stop once their last close is answered.
        for instance in instances.values where instance.state != .dead && instance.sessions.isEmpty
            && instance.opening.isEmpty && instance.closing.isEmpty {
            try? instance.control.send(HostShutdown())
            instance.state = .finishing
        }
    }

    /// Kills and reaps every host still around, so no process or zombie outlives teed.
    private func killAllHosts() {
        var pids = instances.values.map(\.pid)
        if let spare { pids.append(spare.pid) }
        if let warm { pids.append(warm.host.pid) }
        for pid in pids { kill(pid, SIGKILL) }
        for pid in pids {
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        instances.removeAll()
        spare = nil
        warm = nil
    }

    func makeID() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    func makeSessionID() -> UInt32 {
        repeat {
            nextSessionID = nextSessionID == UInt32.max ? 1 : nextSessionID + 1
        } while sessions[nextSessionID] != nil || pendingOpens[nextSessionID] != nil
        return nextSessionID
    }

    static func now() -> Int64 { MonotonicTime.milliseconds() }
}
