import Synchronization
@_exported import TEEABI
import TEEPlatform
import TEETransport
#if canImport(Glibc)
import Glibc
#endif

/// A connection to teed (`TEEC_Context`). Safe to share between threads; requests to teed
/// (open, close, status) are serialised, invokes on different sessions run in parallel.
public final class TEEContext: @unchecked Sendable {
    private let channel: Channel
    private let callLock = Mutex(())
    /// How long to poll for teed's answer before sleeping; only touched under `callLock`.
    private var spin = SpinPolicy()
    private struct State {
        var requestID: UInt32 = 0
        var memoryID: UInt32 = 0
        var sessions: [UInt32: TEESession] = [:]
        var finalized = false
    }
    private let state = Mutex(State())

    /// Connects to teed at `socketPath`, or where every client looks for it
    /// (`TEE_SOCKET`, else the documented default; see `TEEPaths`).
    public init(socketPath: String? = nil) throws(TEEError) {
        do throws(PlatformError) {
            channel = Channel(try UnixSocket.connect(path: socketPath ?? TEEPaths.defaultSocket))
        } catch {
            throw TEEError(.itemNotFound, origin: .comms)
        }
    }

    /// A context over a connection teed handed over already made: a TA instance's own
    /// connection, on which teed knows it as that TA.
    package init(connected fd: FileDescriptor) {
        channel = Channel(fd)
    }

    /// TEE_GetTAPersistentTime / TEE_SetTAPersistentTime, which teed answers only on a
    /// TA instance's connection.
    package func persistentTime() -> PersistentTimeReply {
        guard let datagram = try? call(GetPersistentTimeRequest(), fds: []),
              let reply = try? datagram.decode(PersistentTimeReply.self) else { return PersistentTimeReply(result: .communication) }
        return reply
    }

    package func setPersistentTime(seconds: UInt32, millis: UInt32) -> TEEResult {
        guard let datagram = try? call(SetPersistentTimeRequest(seconds: seconds, millis: millis), fds: []),
              let reply = try? datagram.decode(PersistentTimeReply.self) else { return .communication }
        return reply.result
    }

    /// GP trusted storage, which teed answers only on a TA instance's connection. `fd` is a
    /// sealed memfd with data too large for a datagram; the reply may bring one back. A teed
    /// that cannot be reached is storage that is not available.
    package func storage(_ operation: StorageOperation, attaching fd: Int32? = nil) -> (StorageReply, FileDescriptor?) {
        guard let datagram = try? call(StorageRequest(operation), fds: fd.map { [$0] } ?? []),
              let reply = try? datagram.decode(StorageReply.self) else { return (StorageReply(result: .storageNotAvailable), nil) }
        return (reply, datagram.fds.first)
    }

    /// TEEC_OpenSession.
    public func openSession(uuid: TEEUUID, login: LoginMethod = .public, connectionData: UInt32 = 0,
                            parameters: [ClientParameter] = [], outputs: inout ClientOutputs) throws(TEEError) -> TEESession {
        let encoder = try OperationEncoder(Self.padded(parameters), known: nil)
        let request = OpenSessionRequest(uuid: uuid, login: login, connectionData: connectionData, operation: encoder.operation)
        let datagram = try call(request, fds: encoder.fds)
        guard datagram.header.opcode == .openSessionReply, let reply = try? datagram.decode(OpenSessionReply.self) else {
            throw Self.refusal(datagram)
        }
        outputs = encoder.apply(reply.outputs)
        guard reply.result == .success else { throw TEEError(reply.result, origin: reply.origin) }
        guard let fd = datagram.fds.first else { throw TEEError(.communication, origin: .comms) }
        let session = TEESession(id: reply.sessionID, channel: Channel(fd), context: self)
        state.withLock { $0.sessions[session.id] = session }
        return session
    }

    /// Opens a session without parameters.
    public func openSession(uuid: TEEUUID, login: LoginMethod = .public, connectionData: UInt32 = 0) throws(TEEError) -> TEESession {
        var outputs = ClientOutputs()
        return try openSession(uuid: uuid, login: login, connectionData: connectionData, parameters: [], outputs: &outputs)
    }

    /// TEEC_AllocateSharedMemory.
    public func allocateSharedMemory(size: Int, flags: TEESharedMemory.Flags) throws(TEEError) -> TEESharedMemory {
        guard size >= 0, !flags.isEmpty, flags.isSubset(of: .inputOutput) else { throw TEEError(.badParameters, origin: .api) }
        return try TEESharedMemory(id: nextMemoryID(), size: size, flags: flags, registering: nil, context: self)
    }

    /// TEEC_RegisterSharedMemory: the caller keeps `buffer` alive until release.
    public func registerSharedMemory(_ buffer: UnsafeMutableRawPointer, size: Int, flags: TEESharedMemory.Flags) throws(TEEError) -> TEESharedMemory {
        guard size >= 0, !flags.isEmpty, flags.isSubset(of: .inputOutput) else { throw TEEError(.badParameters, origin: .api) }
        return try TEESharedMemory(id: nextMemoryID(), size: size, flags: flags, registering: buffer, context: self)
    }

    /// Shares an existing memory file (a memfd sealed with F_SEAL_SHRINK, the host's
    /// stand-in for a dma-buf): `TEEC_RegisterSharedMemoryFileDescriptor`.
    public func registerSharedMemory(fileDescriptor: Int32, flags: TEESharedMemory.Flags) throws(TEEError) -> TEESharedMemory {
        guard !flags.isEmpty, flags.isSubset(of: .inputOutput) else { throw TEEError(.badParameters, origin: .api) }
        let copy = dup(fileDescriptor)
        guard copy >= 0 else { throw TEEError(.badParameters, origin: .api) }
        let fd = FileDescriptor(copy)
        guard let size = try? MemoryFile.sealedSize(copy), size <= UInt64(Int.max) else {
            throw TEEError(.badParameters, origin: .api)
        }
        return try TEESharedMemory(id: nextMemoryID(), fd: fd, size: Int(size), flags: flags, registering: nil, context: self)
    }

    /// What teed reports about itself (`teectl status`).
    public func status() throws(TEEError) -> StatusReply {
        let datagram = try call(StatusRequest(), fds: [])
        guard let reply = try? datagram.decode(StatusReply.self) else { throw Self.refusal(datagram) }
        return reply
    }

    /// What teed's trusted storage holds per TA (and with `verify`, an integrity check of
    /// all of it); only for teed's own user or root.
    public func storageStatus(verify: Bool) throws(TEEError) -> StorageStatusReply {
        let datagram = try call(StorageStatusRequest(verify: verify), fds: [])
        guard let reply = try? datagram.decode(StorageStatusReply.self) else { throw Self.refusal(datagram) }
        guard reply.result == .success else { throw TEEError(reply.result, origin: .tee) }
        return reply
    }

    /// A number unique among this process's open contexts (libteec's `imp.fd`).
    public var connectionKey: Int32 { channel.fd.rawValue }

    /// TEEC_FinalizeContext: closes what the caller left open and the connection.
    public func finalize() {
        let leftovers = state.withLock { s in
            defer { s.finalized = true; s.sessions = [:] }
            return s.finalized ? [] : Array(s.sessions.values)
        }
        for session in leftovers { session.close() }
        channel.fd.close()
    }

    deinit { channel.fd.close() }

    // MARK: Internals

    func closeSession(_ session: TEESession) {
        let owned = state.withLock { $0.sessions.removeValue(forKey: session.id) != nil }
        guard owned else { return }
        _ = try? call(CloseSessionRequest(sessionID: session.id), fds: [])
    }

    func released(_ memory: TEESharedMemory) {
        let sessions = state.withLock { Array($0.sessions.values) }
        for session in sessions { session.forget(memory.id) }
    }

    private func nextMemoryID() -> UInt32 {
        state.withLock { s in
            s.memoryID = s.memoryID == UInt32.max ? 1 : s.memoryID + 1
            return s.memoryID
        }
    }

    /// One request to teed and its reply.
    private func call<M: WireMessage>(_ message: M, fds: [Int32]) throws(TEEError) -> Datagram {
        try callLock.withLock { _ throws(TEEError) in
            let id = state.withLock { s in
                s.requestID &+= 1
                return s.requestID
            }
            do throws(TransportError) {
                try channel.send(message, requestID: id, fds: fds)
                while true {
                    let datagram = try channel.receive(spinning: &spin)
                    if datagram.header.requestID == id { return datagram }
                }
            } catch {
                throw TEEError(.communication, origin: .comms)
            }
        }
    }

    private static func refusal(_ datagram: Datagram) -> TEEError {
        if let error = try? datagram.decode(ErrorReply.self) { return TEEError(error.result, origin: .comms) }
        return TEEError(.communication, origin: .comms)
    }

    static func padded(_ parameters: [ClientParameter]) -> [ClientParameter] {
        Array((parameters + Array(repeating: .none, count: 4)).prefix(4))
    }
}
