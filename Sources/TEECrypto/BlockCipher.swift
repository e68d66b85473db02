/// The block ciphers behind GP's symmetric algorithms, and how OpenSSL names and keys them.
enum BlockCipher: Sendable {
    case aes, des, des3, sm4

    var blockSize: Int {
        switch self {
        case .aes, .sm4: 16
        case .des, .des3: 8
        }
    }

    /// The key type GP pairs with the cipher.
    var keyType: GPObjectType {
        switch self {
        case .aes: .aes
        case .des: .des
        case .des3: .des3
        case .sm4: .sm4
        }
    }

    /// OpenSSL's cipher for `mode` ("ECB", "CBC", "CTR", "CBC-CTS") under a GP key of
    /// `keyBits`. DES and two-key 3DES run as three-key DES-EDE3 (see `backendKey`).
    func backendName(_ mode: String, keyBits: Int) -> String {
        switch self {
        case .aes: "AES-\(keyBits)-\(mode)"
        case .des, .des3: "DES-EDE3-\(mode)"
        case .sm4: "SM4-\(mode)"
        }
    }

    /// The key as OpenSSL's cipher takes it. Single DES is DES-EDE3 with K|K|K (E·D·E with
    /// one key is one DES encryption; OpenSSL 3 keeps plain DES in its legacy provider only);
    /// a two-key 3DES key K1|K2 is K1|K2|K1.
    func backendKey(_ key: SecureBytes) -> SecureBytes {
        switch (self, key.count) {
        case (.des, 8): repeated(key, [0, 0, 0], width: 8)
        case (.des3, 16): repeated(key, [0, 1, 0], width: 8)
        default: key
        }
    }

    private func repeated(_ key: SecureBytes, _ parts: [Int], width: Int) -> SecureBytes {
        let out = SecureBytes(count: parts.count * width)
        key.withUnsafeBytes { k in
            out.withUnsafeMutableBytes { o in
                for (i, part) in parts.enumerated() {
                    UnsafeMutableRawBufferPointer(rebasing: o[i * width..<(i + 1) * width])
                        .copyMemory(from: UnsafeRawBufferPointer(rebasing: k[part * width..<(part + 1) * width]))
                }
            }
        }
        return out
    }
}

extension GPObject {
    /// The key bytes (TEE_ATTR_SECRET_VALUE) of a symmetric key object.
    var secretValue: SecureBytes {
        get throws(GPFault) {
            guard let bytes = secret(.secretValue) else { throw .panic("key object has no secret value") }
            return bytes
        }
    }
}
