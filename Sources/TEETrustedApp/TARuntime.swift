import CTEETAABI

/// The non-generic face of a TA's runtime, so C trampolines can reach it.
class AnyTARuntime {
    func bind(_ host: UnsafePointer<stee_host_api>) {}
    func create() -> TEEResult { .notImplemented }
    func destroy() {}
    func openSession(client: stee_identity, types: UInt32, params: UnsafeMutablePointer<stee_param>,
                     session: UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> TEEResult { .notImplemented }
    func closeSession(_ session: UnsafeMutableRawPointer?) {}
    func invoke(session: UnsafeMutableRawPointer?, command: UInt32, types: UInt32,
                params: UnsafeMutablePointer<stee_param>) -> TEEResult { .notImplemented }
}

/// Owns the TA instance and its sessions, and turns C calls into Swift ones.
final class TARuntime<TA: TrustedApplication>: AnyTARuntime {
    private final class SessionBox {
        let value: TA.Session
        init(_ value: TA.Session) { self.value = value }
    }

    private var context: TAContext?
    private var instance: TA?

    override func bind(_ host: UnsafePointer<stee_host_api>) { context = TAContext(host: host, flags: TA.flags) }

    override func create() -> TEEResult {
        guard let context else { return .badState }
        do throws(TEEResult) {
            instance = try TA(context: context)
            return .success
        } catch {
            return error
        }
    }

    override func destroy() {
        instance?.destroy()
        instance = nil
    }

    override func openSession(client: stee_identity, types: UInt32, params: UnsafeMutablePointer<stee_param>,
                              session: UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> TEEResult {
        guard let instance, let parsed = ParameterTypes(packed: types) else { return .badState }
        var parameters = Parameters(types: parsed, raw: params)
        let identity = ClientIdentity(
            login: LoginMethod(rawValue: client.login),
            uuid: TEEUUID(timeLow: client.time_low, timeMid: client.time_mid,
                          timeHiAndVersion: client.time_hi_and_version,
                          clockSeqAndNode: withUnsafeBytes(of: client.clock_seq_and_node) { Array($0) }))
        do throws(TEEResult) {
            let value = try instance.openSession(client: identity, parameters: &parameters)
            session.pointee = Unmanaged.passRetained(SessionBox(value)).toOpaque()
            return .success
        } catch {
            return error
        }
    }

    override func closeSession(_ session: UnsafeMutableRawPointer?) {
        guard let session else { return }
        let box = Unmanaged<SessionBox>.fromOpaque(session).takeRetainedValue()
        instance?.closeSession(box.value)
    }

    override func invoke(session: UnsafeMutableRawPointer?, command: UInt32, types: UInt32,
                         params: UnsafeMutablePointer<stee_param>) -> TEEResult {
        guard let instance, let session, let parsed = ParameterTypes(packed: types) else { return .badState }
        let box = Unmanaged<SessionBox>.fromOpaque(session).takeUnretainedValue()
        var parameters = Parameters(types: parsed, raw: params)
        do throws(TEEResult) {
            try instance.invoke(box.value, command: command, parameters: &parameters)
            return .success
        } catch {
            return error
        }
    }
}
