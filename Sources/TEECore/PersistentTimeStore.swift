import CTEECrypto
import Logging
import TEEABI
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// TEE_Get/SetTAPersistentTime, per TA. A TA's time is kept as an offset from the REE's
/// wall clock in `<state>/ta-time/<uuid>`, tagged with an HMAC under a key only teed
/// reads (`<state>/keys/ta-time.key`), so an edited or swapped file reads as
/// TIME_NEEDS_RESET. The normal world still controls the clock it is based on and can
/// delete the file: gpd.tee.TAPersistentTime.protectionLevel is 100 (REE-controlled).
final class PersistentTimeStore {
    private let directory: String
    private let keyPath: String
    private let logger: Logger
    private var key: [UInt8]?

    init(stateDirectory: String, logger: Logger) {
        directory = stateDirectory + "/ta-time"
        keyPath = stateDirectory + "/keys/ta-time.key"
        self.logger = logger
    }

    func get(_ uuid: TEEUUID) -> PersistentTimeReply {
        let text = TextFile.read("\(directory)/\(uuid)")
        guard !text.isEmpty else { return PersistentTimeReply(result: .timeNotSet) }
        let fields = text.split(separator: " ").map { String($0.trimmingSuffix("\n")) }
        guard fields.count == 3, fields[0] == "v1", let offset = Int64(fields[1]), let key = loadKey(),
              Hex.encode(Self.tag(key: key, uuid: uuid, offset: offset)) == fields[2] else {
            logger.warning("TA persistent time failed its integrity check", metadata: ["ta": "\(uuid)"])
            return PersistentTimeReply(result: .timeNeedsReset)
        }
        let now = Self.reeMilliseconds() + offset
        guard now >= 0 else { return PersistentTimeReply(result: .timeNeedsReset) }
        let seconds = now / 1000
        // GP: past 2^32 seconds the value wraps and the call says OVERFLOW.
        return PersistentTimeReply(result: seconds > Int64(UInt32.max) ? .overflow : .success,
                                   seconds: UInt32(truncatingIfNeeded: seconds), millis: UInt32(now % 1000))
    }

    func set(_ uuid: TEEUUID, seconds: UInt32, millis: UInt32) -> PersistentTimeReply {
        guard millis < 1000 else { return PersistentTimeReply(result: .badParameters) }
        guard let key = loadKey() else { return PersistentTimeReply(result: .generic) }
        let offset = Int64(seconds) * 1000 + Int64(millis) - Self.reeMilliseconds()
        let line = "v1 \(offset) \(Hex.encode(Self.tag(key: key, uuid: uuid, offset: offset)))\n"
        do throws(PlatformError) {
            try TEEPaths.makeDirectory(directory)
            try AtomicFile.write("\(directory)/\(uuid)", contents: Array(line.utf8), mode: 0o600)
        } catch {
            logger.error("cannot keep TA persistent time", metadata: ["ta": "\(uuid)", "error": "\(error)"])
            return PersistentTimeReply(result: error.errno == ENOSPC ? .storageNoSpace : .generic)
        }
        return PersistentTimeReply(result: .success)
    }

    /// The HMAC key, made on first use.
    private func loadKey() -> [UInt8]? {
        if let key { return key }
        let fd = open(keyPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd >= 0 {
            defer { close(fd) }
            var bytes = [UInt8](repeating: 0, count: 32)
            if read(fd, &bytes, 32) == 32 {
                key = bytes
                return bytes
            }
            logger.error("TA time key is unreadable", metadata: ["path": "\(keyPath)"])
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: 32)
        guard bytes.withUnsafeMutableBytes({ (try? SystemRandom.fill($0)) != nil }) else { return nil }
        do throws(PlatformError) {
            try TEEPaths.makeDirectory(String(keyPath[..<keyPath.lastIndex(of: "/")!]))
            try AtomicFile.write(keyPath, contents: bytes, mode: 0o600)
        } catch {
            logger.error("cannot create the TA time key", metadata: ["error": "\(error)"])
            return nil
        }
        key = bytes
        return bytes
    }

    private static func tag(key: [UInt8], uuid: TEEUUID, offset: Int64) -> [UInt8] {
        let message = Array("swift-tee ta-time v1 \(uuid) \(offset)".utf8)
        var out = [UInt8](repeating: 0, count: 32)
        _ = stee_hmac_sha256(key, key.count, message, message.count, &out)
        return out
    }

    private static func reeMilliseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec / 1_000_000)
    }
}

private extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring { hasSuffix(suffix) ? dropLast(suffix.count) : self }
}
