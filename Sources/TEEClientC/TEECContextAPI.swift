import CTEEClientAPI
import TEEABI
import TEEClient

// TEEC_InitializeContext / TEEC_FinalizeContext.

@_cdecl("TEEC_InitializeContext")
public func teecInitializeContext(_ name: UnsafePointer<CChar>?, _ context: UnsafeMutablePointer<TEEC_Context>?) -> TEEC_Result {
    guard let context else { return TEEResult.badParameters.rawValue }
    // As OP-TEE: only the default TEE or "optee-tz" is known.
    if let name, String(cString: name) != "optee-tz" { return TEEResult.itemNotFound.rawValue }
    let tee: TEEContext
    do throws(TEEError) {
        tee = try TEEContext()
    } catch {
        return error.result.rawValue
    }
    let key = tee.connectionKey
    HandleRegistry.shared.add(context: tee, key: key)
    context.pointee.imp.fd = key
    context.pointee.imp.reg_mem = true
    context.pointee.imp.memref_null = true
    return TEEResult.success.rawValue
}

@_cdecl("TEEC_FinalizeContext")
public func teecFinalizeContext(_ context: UnsafeMutablePointer<TEEC_Context>?) {
    guard let context, let tee = HandleRegistry.shared.removeContext(context.pointee.imp.fd) else { return }
    tee.finalize()
    HandleRegistry.shared.removeSessions(of: tee)
    context.pointee.imp.fd = -1
}

/// Sets `*returnOrigin` when the caller asked for it.
func report(_ origin: TEEOrigin, _ returnOrigin: UnsafeMutablePointer<UInt32>?) {
    returnOrigin?.pointee = origin.rawValue
}
