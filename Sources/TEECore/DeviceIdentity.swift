import Logging
import TEEABI
import TEEPlatform

/// gpd.tee.deviceID: a random UUID made once per installation and kept in the state
/// directory, so TAs see the same device across restarts.
enum DeviceIdentity {
    static func load(stateDirectory: String, logger: Logger) -> TEEUUID {
        let path = stateDirectory + "/device-id"
        let text = TextFile.read(path).split(separator: "\n").first.map(String.init) ?? ""
        if let uuid = TEEUUID(text) { return uuid }
        var octets = [UInt8](repeating: 0, count: 16)
        let filled = octets.withUnsafeMutableBytes { (try? SystemRandom.fill($0)) != nil }
        guard filled else {
            logger.error("no randomness for the device ID")
            return .nil_
        }
        octets[6] = octets[6] & 0x0F | 0x40  // version 4 (random)
        octets[8] = octets[8] & 0x3F | 0x80  // RFC 4122 variant
        let uuid = TEEUUID(octets: octets)!
        do throws(PlatformError) {
            try AtomicFile.write(path, contents: Array("\(uuid)\n".utf8), mode: 0o644)
        } catch {
            logger.warning("cannot keep the device ID; it will change at the next start", metadata: ["error": "\(error)"])
        }
        return uuid
    }
}
