import CTEETAABI
import TEEABI
import TEECrypto

/// TEE_DeriveKey. GP gives it no result, so anything but success ends the TA (a peer key
/// off the curve, a derived object too small, a missing parameter…), with the reason in
/// teed's log.
extension HostServices {
    static func installDerive(_ api: inout stee_crypto_api) {
        api.derive_key = { ctx, id, params, count, derivedKey in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            let derived = crypto.object(derivedKey)
            let attributes = HostCrypto.attributes(params, count: count)
            let rc = crypto.run { () throws(GPFault) in try operation.deriveKey(attributes, into: derived) }
            if rc != TEEResult.success.rawValue {
                crypto.panic("TEE_DeriveKey with algorithm \(operation.algorithm) failed: \(TEEResult(rc))")
            }
        }
    }
}
