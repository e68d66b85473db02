import TEEABI

extension TEESession {
    /// Invokes `command` and returns what came back, throwing if the call failed.
    @discardableResult
    public func invoke(_ command: UInt32, _ parameters: TEEParameter..., cancellation: TEECancellation? = nil) throws(TEEError) -> TEEInvocation {
        try call(command, parameters, cancellation: cancellation).get()
    }

    /// Invokes `command` and returns what came back, error included: use it when the
    /// outputs of a failed call matter (SHORT_BUFFER reports the size needed).
    public func call(_ command: UInt32, _ parameters: [TEEParameter], cancellation: TEECancellation? = nil) -> TEEInvocation {
        let temporaries = TemporaryBuffers()
        var outputs = ClientOutputs()
        do throws(TEEError) {
            let lowered = TEEContext.padded(try temporaries.lower(parameters))
            outputs = ClientOutputs(echoing: lowered)
            try invoke(command: command, parameters: lowered, outputs: &outputs, cancellation: cancellation)
        } catch {
            return TEEInvocation(error: error, outputs: outputs, data: temporaries.outputData(parameters, sizes: outputs.sizes))
        }
        return TEEInvocation(error: nil, outputs: outputs, data: temporaries.outputData(parameters, sizes: outputs.sizes))
    }
}

extension TEEContext {
    /// Opens a session with Swift parameters.
    public func openSession(uuid: TEEUUID, login: LoginMethod = .public, connectionData: UInt32 = 0,
                            _ parameters: TEEParameter...) throws(TEEError) -> TEESession {
        let temporaries = TemporaryBuffers()
        var outputs = ClientOutputs()
        // The temporaries' buffers are read and written during the open: keep them alive.
        return try withExtendedLifetime(temporaries) { () throws(TEEError) -> TEESession in
            try openSession(uuid: uuid, login: login, connectionData: connectionData,
                            parameters: try temporaries.lower(parameters), outputs: &outputs)
        }
    }
}
