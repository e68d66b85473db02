import CTEECrypto
import TEEABI
import TEEPlatform

extension TEEUUID {
    /// The namespace the Linux TEE subsystem uses for login-derived client UUIDs.
    public static let loginNamespace = TEEUUID("58ac9ca0-2086-4683-a1b8-ec4bc08e01b6")!

    /// RFC 4122 version-5 (SHA-1, name-based) UUID of `name` in `namespace`.
    public static func nameBased(namespace: TEEUUID, name: String) -> TEEUUID {
        let input = namespace.octets + Array(name.utf8)
        var digest = [UInt8](repeating: 0, count: 20)
        _ = input.withUnsafeBytes { stee_sha1($0.baseAddress, $0.count, &digest) }
        var octets = Array(digest.prefix(16))
        octets[6] = (octets[6] & 0x0F) | 0x50
        octets[8] = (octets[8] & 0x3F) | 0x80
        return TEEUUID(octets: octets)!
    }
}
