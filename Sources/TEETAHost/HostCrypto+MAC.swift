import CTEETAABI
import TEEABI
import TEECrypto

extension HostServices {
    /// TEE_MACInit / Update / ComputeFinal / CompareFinal.
    static func installMAC(_ api: inout stee_crypto_api) {
        api.mac_init = { ctx, id, iv, ivLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            _ = crypto.run { () throws(GPFault) in try operation.macInit(iv: rawBuffer(iv, ivLength)) }
        }
        api.mac_update = { ctx, id, chunk, length in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            _ = crypto.run { () throws(GPFault) in try operation.macUpdate(rawBuffer(chunk, length)) }
        }
        api.mac_compute_final = { ctx, id, message, messageLength, mac, macLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let macLength else { crypto.panic("NULL MAC length") }
            return crypto.run { () throws(GPFault) in
                do throws(GPFault) {
                    macLength.pointee = try operation.macComputeFinal(rawBuffer(message, messageLength),
                                                                      into: mutableRawBuffer(mac, macLength.pointee))
                } catch .result(.shortBuffer) {
                    macLength.pointee = operation.outputLength
                    throw .result(.shortBuffer)
                }
            }
        }
        api.mac_compare_final = { ctx, id, message, messageLength, mac, macLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            return crypto.run { () throws(GPFault) in
                try operation.macCompareFinal(rawBuffer(message, messageLength), expected: rawBuffer(mac, macLength))
            }
        }
    }
}
