import CTEEClientAPI
import TEEABI
import TEEClient

// TEEC_OpenSession, TEEC_CloseSession, TEEC_InvokeCommand, TEEC_RequestCancellation.

@_cdecl("TEEC_OpenSession")
public func teecOpenSession(_ context: UnsafeMutablePointer<TEEC_Context>?, _ session: UnsafeMutablePointer<TEEC_Session>?,
                            _ destination: UnsafePointer<TEEC_UUID>?, _ connectionMethod: UInt32,
                            _ connectionData: UnsafeRawPointer?, _ operation: UnsafeMutablePointer<TEEC_Operation>?,
                            _ returnOrigin: UnsafeMutablePointer<UInt32>?) -> TEEC_Result {
    report(.api, returnOrigin)
    guard let context, let session, let destination, let tee = HandleRegistry.shared.context(context.pointee.imp.fd) else {
        return TEEResult.badParameters.rawValue
    }
    let login = LoginMethod(rawValue: connectionMethod)
    var gid: UInt32 = 0
    if login == .group || login == .groupApplication {
        guard let connectionData else { return TEEResult.badParameters.rawValue }
        gid = connectionData.loadUnaligned(as: UInt32.self)
    }
    let d = destination.pointee
    let uuid = TEEUUID(timeLow: d.timeLow, timeMid: d.timeMid, timeHiAndVersion: d.timeHiAndVersion,
                       clockSeqAndNode: withUnsafeBytes(of: d.clockSeqAndNode) { Array($0) })
    operation?.pointee.started = 1
    do throws(TEEError) {
        let parameters = try OperationBridge.parameters(operation)
        var outputs = ClientOutputs(echoing: parameters)
        do throws(TEEError) {
            let opened = try tee.openSession(uuid: uuid, login: login, connectionData: gid, parameters: parameters, outputs: &outputs)
            OperationBridge.writeBack(outputs, to: operation)
            HandleRegistry.shared.add(session: opened)
            session.pointee.imp.ctx = context
            session.pointee.imp.session_id = opened.id
            report(.trustedApp, returnOrigin)
            return TEEResult.success.rawValue
        } catch {
            OperationBridge.writeBack(outputs, to: operation)
            throw error
        }
    } catch {
        report(error.origin, returnOrigin)
        return error.result.rawValue
    }
}

@_cdecl("TEEC_CloseSession")
public func teecCloseSession(_ session: UnsafeMutablePointer<TEEC_Session>?) {
    guard let session, let tee = HandleRegistry.shared.removeSession(session.pointee.imp.session_id) else { return }
    tee.close()
}

@_cdecl("TEEC_InvokeCommand")
public func teecInvokeCommand(_ session: UnsafeMutablePointer<TEEC_Session>?, _ commandID: UInt32,
                              _ operation: UnsafeMutablePointer<TEEC_Operation>?,
                              _ returnOrigin: UnsafeMutablePointer<UInt32>?) -> TEEC_Result {
    report(.api, returnOrigin)
    guard let session, let tee = HandleRegistry.shared.session(session.pointee.imp.session_id) else {
        return TEEResult.badParameters.rawValue
    }
    var cancellation: TEECancellation? = nil
    if let operation {
        operation.pointee.imp.session = session
        guard let started = HandleRegistry.shared.start(UInt(bitPattern: operation)) else {
            return TEEResult.cancel.rawValue
        }
        cancellation = started
    }
    defer { if let operation { HandleRegistry.shared.finish(UInt(bitPattern: operation)) } }
    do throws(TEEError) {
        let parameters = try OperationBridge.parameters(operation)
        var outputs = ClientOutputs(echoing: parameters)
        do throws(TEEError) {
            try tee.invoke(command: commandID, parameters: parameters, outputs: &outputs, cancellation: cancellation)
        } catch {
            OperationBridge.writeBack(outputs, to: operation)
            throw error
        }
        OperationBridge.writeBack(outputs, to: operation)
        report(.trustedApp, returnOrigin)
        return TEEResult.success.rawValue
    } catch {
        report(error.origin, returnOrigin)
        return error.result.rawValue
    }
}

@_cdecl("TEEC_RequestCancellation")
public func teecRequestCancellation(_ operation: UnsafeMutablePointer<TEEC_Operation>?) {
    guard let operation else { return }
    HandleRegistry.shared.cancel(UInt(bitPattern: operation))
}
