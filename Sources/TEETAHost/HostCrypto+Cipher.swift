import CTEETAABI
import TEEABI
import TEECrypto

extension HostServices {
    /// TEE_CipherInit / Update / DoFinal. SHORT_BUFFER writes back the size needed.
    static func installCipher(_ api: inout stee_crypto_api) {
        api.cipher_init = { ctx, id, iv, ivLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            _ = crypto.run { () throws(GPFault) in try operation.cipherInit(iv: rawBuffer(iv, ivLength)) }
        }
        api.cipher_update = { ctx, id, src, srcLength, dst, dstLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let dstLength else { crypto.panic("NULL destination length") }
            return crypto.run { () throws(GPFault) in
                do throws(GPFault) {
                    dstLength.pointee = try operation.cipherUpdate(rawBuffer(src, srcLength),
                                                                   into: mutableRawBuffer(dst, dstLength.pointee))
                } catch .result(.shortBuffer) {
                    dstLength.pointee = try operation.cipherUpdateSize(srcLength)
                    throw .result(.shortBuffer)
                }
            }
        }
        api.cipher_final = { ctx, id, src, srcLength, dst, dstLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let dstLength else { crypto.panic("NULL destination length") }
            return crypto.run { () throws(GPFault) in
                do throws(GPFault) {
                    dstLength.pointee = try operation.cipherDoFinal(rawBuffer(src, srcLength),
                                                                    into: mutableRawBuffer(dst, dstLength.pointee))
                } catch .result(.shortBuffer) {
                    dstLength.pointee = try operation.cipherFinalSize(srcLength)
                    throw .result(.shortBuffer)
                }
            }
        }
    }
}
