import TEEClient

/// Drives Tests/Fixtures/c/crypto_test_ta: one GP cryptographic operation per invoke, with
/// the keys and inputs encoded as its header describes.
struct CryptoTA {
    static let uuid = TEEUUID("0e5e4d9a-6b1c-4f0e-9a51-3c7d2b8e4f61")!

    enum Command: UInt32 {
        case digest = 0, cipher, mac, macCompare, aeEncrypt, aeDecrypt, sign, verify, encrypt, decrypt, derive, generate
    }

    enum Attribute {
        case bytes(UInt32, [UInt8])
        case value(UInt32, a: UInt32, b: UInt32)
    }

    struct Key {
        var type: UInt32
        var maxSize: UInt32
        var attributes: [Attribute]
    }

    struct Request {
        var keys: [Key] = []
        var params: [Attribute] = []
        var iv: [UInt8] = []
        var aad: [UInt8] = []
        var value: UInt32 = 0

        var encoded: [UInt8] {
            var out: [UInt8] = []
            func u32(_ v: UInt32) { out += withUnsafeBytes(of: v.littleEndian, Array.init) }
            func attributes(_ list: [Attribute]) {
                u32(UInt32(list.count))
                for attribute in list {
                    switch attribute {
                    case let .bytes(id, bytes):
                        u32(id)
                        u32(UInt32(bytes.count))
                        out += bytes
                    case let .value(id, a, b):
                        u32(id)
                        u32(a)
                        u32(b)
                    }
                }
            }
            u32(UInt32(keys.count))
            for key in keys {
                u32(key.type)
                u32(key.maxSize)
                attributes(key.attributes)
            }
            attributes(params)
            u32(UInt32(iv.count))
            out += iv
            u32(UInt32(aad.count))
            out += aad
            u32(value)
            return out
        }
    }

    let session: TEESession

    /// Runs one operation; the output (up to `capacity` bytes) or the GP error.
    func run(_ command: Command, algorithm: UInt32, mode: UInt32, chunk: Int = 0, request: Request = Request(),
             data: [UInt8], capacity: Int) throws(TEEError) -> [UInt8] {
        let result = try session.invoke(command.rawValue,
                                        .valueInout(a: algorithm, b: mode | UInt32(chunk) << 8),
                                        .tempInput(request.encoded), .tempInput(data),
                                        .tempOutput(capacity: capacity))
        return result.bytes(3)
    }
}
