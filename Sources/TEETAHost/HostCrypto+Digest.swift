import CTEETAABI
import TEEABI
import TEECrypto

extension HostServices {
    static func installDigest(_ api: inout stee_crypto_api) {
        api.digest_update = { ctx, id, chunk, length in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            _ = crypto.run { () throws(GPFault) in try operation.digestUpdate(rawBuffer(chunk, length)) }
        }
        api.digest_final = { ctx, id, chunk, length, hash, hashLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let hashLength else { crypto.panic("NULL hash length") }
            return crypto.run { () throws(GPFault) in
                do throws(GPFault) {
                    hashLength.pointee = try operation.digestDoFinal(rawBuffer(chunk, length),
                                                                     into: mutableRawBuffer(hash, hashLength.pointee))
                } catch .result(.shortBuffer) {
                    hashLength.pointee = operation.outputLength
                    throw .result(.shortBuffer)
                }
            }
        }
        api.digest_extract = { ctx, id, hash, hashLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let hashLength else { crypto.panic("NULL hash length") }
            return crypto.run { () throws(GPFault) in try operation.digestExtract(into: mutableRawBuffer(hash, hashLength.pointee)) }
        }
    }
}
