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
    /// The calling TA's own client, whose cancellation is forwarded to the callee.
    private let caller: CallWatchdog.Caller

    init(context: TEEContext, caller: CallWatchdog.Caller) {
        self.context = context
        self.caller = caller
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
            let opened = try CallWatchdog.run(timeoutMilliseconds: timeout, caller: nil) { _ throws(TEEError) in
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
            try CallWatchdog.run(timeoutMilliseconds: timeout, caller: caller) { cancellation throws(TEEError) in
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
