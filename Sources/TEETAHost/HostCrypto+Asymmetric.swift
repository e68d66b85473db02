import CTEETAABI
import TEEABI
import TEECrypto

/// TEE_AsymmetricEncrypt / Decrypt / SignDigest / VerifyDigest. Results come back as
/// TEECrypto gives them (libutee decides which of them panic the TA, as OP-TEE's does);
/// `*_length` is the bytes written, or the bytes needed with SHORT_BUFFER.
extension HostServices {
    static func installAsymmetric(_ api: inout stee_crypto_api) {
        api.asymmetric_encrypt = { ctx, id, params, count, src, srcLength, dst, dstLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let dstLength else { crypto.panic("NULL destination length") }
            let attributes = HostCrypto.attributes(params, count: count)
            return crypto.run { () throws(GPFault) in
                try HostServices.reportingSize(dstLength) { (size: inout Int) throws(GPFault) in
                    try operation.asymmetricEncrypt(attributes, rawBuffer(src, srcLength),
                                                    into: mutableRawBuffer(dst, dstLength.pointee), size: &size)
                }
            }
        }
        api.asymmetric_decrypt = { ctx, id, params, count, src, srcLength, dst, dstLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let dstLength else { crypto.panic("NULL destination length") }
            let attributes = HostCrypto.attributes(params, count: count)
            return crypto.run { () throws(GPFault) in
                try HostServices.reportingSize(dstLength) { (size: inout Int) throws(GPFault) in
                    try operation.asymmetricDecrypt(attributes, rawBuffer(src, srcLength),
                                                    into: mutableRawBuffer(dst, dstLength.pointee), size: &size)
                }
            }
        }
        api.asymmetric_sign = { ctx, id, params, count, digest, digestLength, signature, signatureLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            guard let signatureLength else { crypto.panic("NULL signature length") }
            let attributes = HostCrypto.attributes(params, count: count)
            return crypto.run { () throws(GPFault) in
                try HostServices.reportingSize(signatureLength) { (size: inout Int) throws(GPFault) in
                    try operation.asymmetricSignDigest(attributes, rawBuffer(digest, digestLength),
                                                       into: mutableRawBuffer(signature, signatureLength.pointee),
                                                       size: &size)
                }
            }
        }
        api.asymmetric_verify = { ctx, id, params, count, digest, digestLength, signature, signatureLength in
            let crypto = HostServices.crypto(ctx)
            let operation = crypto.operation(id)
            let attributes = HostCrypto.attributes(params, count: count)
            return crypto.run { () throws(GPFault) in
                try operation.asymmetricVerifyDigest(attributes, rawBuffer(digest, digestLength),
                                                     signature: rawBuffer(signature, signatureLength))
            }
        }
    }

    /// Runs `body` and writes the size it reports to `length`, on success and on
    /// SHORT_BUFFER (GP: the size needed); other results leave `length` alone.
    private static func reportingSize(_ length: UnsafeMutablePointer<Int>,
                                      _ body: (inout Int) throws(GPFault) -> Void) throws(GPFault) {
        var size = 0
        do throws(GPFault) {
            try body(&size)
            length.pointee = size
        } catch .result(.shortBuffer) {
            length.pointee = size
            throw .result(.shortBuffer)
        }
    }
}
