import TEEABI
import TEEImage
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// Anti-rollback: the highest version of each TA ever loaded, kept in `<state>/ta-versions`
/// under an HMAC whose key is `<state>/keys/ta-versions.key` (0600). An image older than its
/// TA's floor is refused; a newer one raises the floor before it runs.
///
/// Honest limits: the normal-world user who owns the state directory can read the key and
/// delete or rewrite the file. The HMAC catches edits by anything that does not hold the key
/// (and corruption); real anti-rollback needs a storage anchor outside that user's reach.
final class TAVersionFloors {
    let stateDirectory: String
    let path: String
    let keyPath: String

    enum Refusal: Error, CustomStringConvertible {
        case rolledBack(version: UInt32, floor: UInt32)
        case tampered(String)
        case unavailable(String)

        var description: String {
            switch self {
            case let .rolledBack(version, floor): "version \(version) is older than version \(floor), already loaded (rollback refused)"
            case let .tampered(why): "the TA version floors cannot be trusted: \(why)"
            case let .unavailable(why): "the TA version floors cannot be updated: \(why)"
            }
        }

        /// Whether the refusal depends only on the image (so it stands until the file changes).
        var isAboutImage: Bool {
            if case .rolledBack = self { return true }
            return false
        }
    }

    init(stateDirectory: String) {
        self.stateDirectory = stateDirectory
        path = stateDirectory + "/ta-versions"
        keyPath = TASigningKeys.keysDirectory(stateDirectory: stateDirectory) + "/ta-versions.key"
    }

    /// The floors on disk, checked ([:] before any TA was loaded).
    func current() throws(Refusal) -> [TEEUUID: UInt32] {
        let fileExists = access(path, F_OK) == 0
        guard fileExists else { return [:] }
        return try read(key: try key(create: false))
    }

    /// Refuses `version` if it is below `uuid`'s floor; otherwise records it as the floor
    /// (durably, before the image may run).
    func admit(_ uuid: TEEUUID, version: UInt32) throws(Refusal) {
        let fileExists = access(path, F_OK) == 0
        let key = try key(create: !fileExists)
        var floors = fileExists ? try read(key: key) : [:]
        if let floor = floors[uuid] {
            guard version >= floor else { throw .rolledBack(version: version, floor: floor) }
            if version == floor { return }
        }
        floors[uuid] = version
        do {
            try AtomicFile.write(path, contents: TAVersionFloorFile.encode(floors, key: key), mode: 0o600)
        } catch {
            throw .unavailable("\(error)")
        }
    }

    private func read(key: [UInt8]) throws(Refusal) -> [TEEUUID: UInt32] {
        do {
            let bytes = try RegularFile.read(path, limit: TAVersionFloorFile.maxSize, followSymlinks: false)
            return try TAVersionFloorFile.decode(bytes, key: key)
        } catch let error as TAVersionFloorFile.DecodeError {
            throw .tampered("\(path) is \(error)")
        } catch {
            throw .tampered("\(path): \(error)")
        }
    }

    /// The HMAC key; made on first use. A missing key next to an existing file means
    /// someone removed it: that is tampering, not a fresh start.
    private func key(create: Bool) throws(Refusal) -> [UInt8] {
        if access(keyPath, F_OK) != 0 {
            guard create else { throw .tampered("its key \(keyPath) is missing") }
            return try makeKey()
        }
        let key: [UInt8]
        do throws(PlatformError) {
            key = try RegularFile.read(keyPath, limit: 64, followSymlinks: false)
        } catch {
            throw .tampered("cannot read its key \(keyPath): \(error)")
        }
        guard key.count == 32 else { throw .tampered("its key \(keyPath) is not 32 bytes") }
        return key
    }

    private func makeKey() throws(Refusal) -> [UInt8] {
        var key = [UInt8](repeating: 0, count: 32)
        let failure = key.withUnsafeMutableBytes { raw -> PlatformError? in
            do throws(PlatformError) { try SystemRandom.fill(raw) } catch { return error }
            return nil
        }
        do throws(PlatformError) {
            if let failure { throw failure }
            try TEEPaths.makeDirectory(TASigningKeys.keysDirectory(stateDirectory: stateDirectory))
            try AtomicFile.write(keyPath, contents: key, mode: 0o600)
        } catch {
            throw .unavailable("cannot create \(keyPath): \(error)")
        }
        return key
    }
}
