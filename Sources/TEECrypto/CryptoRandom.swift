import CTEECryptoBackend
import TEEABI

/// Key material from the kernel's CSPRNG.
enum CryptoRandom {
    static func bytes(_ count: Int) throws(GPFault) -> SecureBytes {
        let out = SecureBytes(count: count)
        let rc = out.withUnsafeMutableBytes { stee_crypto_random($0.baseAddress, $0.count) }
        guard rc == 0 else { throw .result(.generic) }
        return out
    }
}
