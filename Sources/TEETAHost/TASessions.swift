import CTEETAABI
import TEEABI
import TEEClient
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// TEE_OpenTASession / TEE_InvokeTACommand / TEE_CloseTASession: the TA is a client of
/// teed on its own connection, where teed knows it as TEE_LOGIN_TRUSTED_APP + its UUID.
/// Memrefs point into the calling TA's memory; TEEClient copies them across (inline or
/// through a one-call memory file) and writes outputs back, so the callee never sees
/// the caller's memory.
final class TASessions {
    private let context: TEEContext
    private var sessions: [UInt32: TEESession] = [:]
    private var nextID: UInt32 = 1

    init(context: TEEContext) {
        self.context = context
    }

    func open(uuid: TEEUUID, timeout: UInt32, types: UInt32, params: UnsafeMutablePointer<stee_param>,
              session: inout UInt32, origin: inout UInt32) -> TEEResult {
        guard sessions.count < 256 else {
            origin = TEEOrigin.tee.rawValue
            return .outOfMemory
        }
        let parameters = Self.parameters(types: types, params)
        var outputs = ClientOutputs(echoing: parameters)
        do throws(TEEError) {
            let opened = try Watchdog.run(timeoutMilliseconds: timeout) { _ throws(TEEError) in
                // teed cancels nothing during an open here; the timeout still bounds the wait.
                try context.openSession(uuid: uuid, parameters: parameters, outputs: &outputs)
            }
            Self.writeBack(outputs, types: types, params)
            let id = nextID
            nextID = nextID == UInt32.max ? 1 : nextID + 1
            sessions[id] = opened
            session = id
            origin = TEEOrigin.trustedApp.rawValue
            return .success
        } catch {
            Self.writeBack(outputs, types: types, params)
            origin = Self.origin(error)
            return error.result
        }
    }

    func invoke(session id: UInt32, timeout: UInt32, command: UInt32, types: UInt32,
                params: UnsafeMutablePointer<stee_param>, origin: inout UInt32) -> TEEResult {
        guard let session = sessions[id] else {
            origin = TEEOrigin.tee.rawValue
            return .badParameters
        }
        let parameters = Self.parameters(types: types, params)
        var outputs = ClientOutputs(echoing: parameters)
        do throws(TEEError) {
            try Watchdog.run(timeoutMilliseconds: timeout) { cancellation throws(TEEError) in
                try session.invoke(command: command, parameters: parameters, outputs: &outputs, cancellation: cancellation)
            }
            Self.writeBack(outputs, types: types, params)
            origin = TEEOrigin.trustedApp.rawValue
            return .success
        } catch {
            Self.writeBack(outputs, types: types, params)
            origin = Self.origin(error)
            return error.result
        }
    }

    func close(session id: UInt32) {
        sessions.removeValue(forKey: id)?.close()
    }

    /// GP knows no API origin on this side: what the library refuses, the TEE refuses.
    private static func origin(_ error: TEEError) -> UInt32 {
        (error.origin == .api ? TEEOrigin.tee : error.origin).rawValue
    }

    private static func parameters(types: UInt32, _ params: UnsafeMutablePointer<stee_param>) -> [ClientParameter] {
        let decoded = ParameterTypes(packed: types) ?? ParameterTypes()
        return (0..<4).map { i in
            let type = decoded[i]
            if type.isValue { return .value(type, a: params[i].value.a, b: params[i].value.b) }
            if type.isMemref { return .temp(type, buffer: params[i].memref.buffer, size: params[i].memref.size) }
            return .none
        }
    }

    private static func writeBack(_ outputs: ClientOutputs, types: UInt32, _ params: UnsafeMutablePointer<stee_param>) {
        let decoded = ParameterTypes(packed: types) ?? ParameterTypes()
        for i in 0..<4 {
            let type = decoded[i]
            if type.isValue && type.isOutput {
                params[i].value.a = outputs.values[i].a
                params[i].value.b = outputs.values[i].b
            } else if type.isMemref && type.isOutput {
                params[i].memref.size = outputs.sizes[i]
            }
        }
    }
}

/// Sends a cancellation when a call outlasts GP's cancellationRequestTimeout
/// (TEE_TIMEOUT_INFINITE: never). A thread waits on a pipe so the call can stop it.
enum Watchdog {
    static func run<T>(timeoutMilliseconds: UInt32, _ body: (TEECancellation?) throws(TEEError) -> T) throws(TEEError) -> T {
        guard timeoutMilliseconds != UInt32.max else { return try body(nil) }
        let cancellation = TEECancellation()
        var pipeFDs: [Int32] = [-1, -1]
        guard pipe(&pipeFDs) == 0 else { return try body(nil) }
        let job = Job(fd: pipeFDs[0], timeout: timeoutMilliseconds, cancellation: cancellation)
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
            var p = pollfd(fd: job.fd, events: Int16(POLLIN), revents: 0)
            var remaining = Int64(job.timeout)
            let deadline = MonotonicTime.milliseconds() + remaining
            while remaining > 0 {
                if poll(&p, 1, Int32(clamping: remaining)) > 0 { return nil }
                remaining = deadline - MonotonicTime.milliseconds()
            }
            job.cancellation.cancel()
            return nil
        }, Unmanaged.passRetained(job).toOpaque()) == 0
        defer {
            close(pipeFDs[1])  // wakes the thread: its end reads EOF
            if started { pthread_join(thread, nil) }
            close(pipeFDs[0])
        }
        return try body(cancellation)
    }

    private final class Job {
        let fd: Int32
        let timeout: UInt32
        let cancellation: TEECancellation
        init(fd: Int32, timeout: UInt32, cancellation: TEECancellation) {
            self.fd = fd
            self.timeout = timeout
            self.cancellation = cancellation
        }
    }
}
