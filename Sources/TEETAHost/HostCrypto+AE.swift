import CTEETAABI
import TEEABI
import TEECrypto

extension HostServices {
    /// TEE_AEInit / UpdateAAD / Update / EncryptFinal / DecryptFinal. SHORT_BUFFER writes
    /// back the size needed for whichever buffer was short; a refused tag writes nothing.
    static func installAE(_ api: inout stee_crypto_api) {
        api.ae_init = { ctx, id, nonce, nonceLength, tagBits, aadLength, payloadLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            return crypto.run { () throws(GPFault) in
                try operation.aeInit(nonce: rawBuffer(nonce, nonceLength), tagBits: Int(tagBits),
                                     aadLength: aadLength, payloadLength: payloadLength)
            }
        }
        api.ae_update_aad = { ctx, id, aad, length in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            _ = crypto.run { () throws(GPFault) in try operation.aeUpdateAAD(rawBuffer(aad, length)) }
        }
        api.ae_update = { ctx, id, src, srcLength, dst, dstLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let dstLength else { crypto.panic("NULL destination length") }
            return crypto.run { () throws(GPFault) in
                do throws(GPFault) {
                    dstLength.pointee = try operation.aeUpdate(rawBuffer(src, srcLength), into: mutableRawBuffer(dst, dstLength.pointee))
                } catch .result(.shortBuffer) {
                    dstLength.pointee = operation.aeOutputSize(srcLength)
                    throw .result(.shortBuffer)
                }
            }
        }
        api.ae_encrypt_final = { ctx, id, src, srcLength, dst, dstLength, tag, tagLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let dstLength, let tagLength else { crypto.panic("NULL destination or tag length") }
            return crypto.run { () throws(GPFault) in
                do throws(GPFault) {
                    let done = try operation.aeEncryptFinal(rawBuffer(src, srcLength), into: mutableRawBuffer(dst, dstLength.pointee),
                                                            tag: mutableRawBuffer(tag, tagLength.pointee))
                    (dstLength.pointee, tagLength.pointee) = (done.written, done.tagLength)
                } catch .result(.shortBuffer) {
                    let needed = operation.aeOutputSize(srcLength)
                    if dstLength.pointee < needed { dstLength.pointee = needed }
                    if tagLength.pointee < operation.aeTagLength { tagLength.pointee = operation.aeTagLength }
                    throw .result(.shortBuffer)
                }
            }
        }
        api.ae_decrypt_final = { ctx, id, src, srcLength, dst, dstLength, tag, tagLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let dstLength else { crypto.panic("NULL destination length") }
            return crypto.run { () throws(GPFault) in
                do throws(GPFault) {
                    dstLength.pointee = try operation.aeDecryptFinal(rawBuffer(src, srcLength), into: mutableRawBuffer(dst, dstLength.pointee),
                                                                     tag: rawBuffer(tag, tagLength))
                } catch .result(.shortBuffer) {
                    dstLength.pointee = operation.aeOutputSize(srcLength)
                    throw .result(.shortBuffer)
                } catch .result(.macInvalid) {
                    dstLength.pointee = 0
                    throw .result(.macInvalid)
                }
            }
        }
    }
}
