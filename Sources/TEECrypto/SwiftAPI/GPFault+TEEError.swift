import TEEABI

extension GPFault {
    /// The typed API's view: results are thrown as `TEEError` (origin TEE); what GP says
    /// must panic is a programming error and stops the TA, as TEE_Panic would.
    func thrown() -> TEEError {
        switch self {
        case let .result(result): return TEEError(result, origin: .tee)
        case let .panic(why): fatalError("GP cryptography misused: \(why)")
        }
    }
}

/// Runs a GP call for the typed API.
func typed<T>(_ body: () throws(GPFault) -> T) throws(TEEError) -> T {
    do throws(GPFault) {
        return try body()
    } catch {
        throw error.thrown()
    }
}
