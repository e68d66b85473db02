import ArgumentParser
import TEEABI
import TEEImage
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// What `ta sign` and `ta install` share: reading images, finding a TA's UUID, signing keys.
enum TAImageFiles {
    static func read(_ path: String) throws -> [UInt8] {
        do throws(PlatformError) {
            return try RegularFile.read(path, limit: SignedTAImage.maxSize)
        } catch {
            throw CommandFailure("cannot read \(path): \(error)")
        }
    }

    static func write(_ bytes: [UInt8], to path: String, mode: mode_t) throws {
        do throws(PlatformError) {
            try AtomicFile.write(path, contents: bytes, mode: mode)
        } catch {
            throw CommandFailure("cannot write \(path): \(error)")
        }
    }

    /// The UUID (and description) an ELF TA declares, read by loading it in a sandboxed TA host.
    static func inspect(_ file: String, taHost: String?) throws -> (uuid: TEEUUID, description: String) {
        let host = taHost ?? ExecutablePath.sibling("tee-ta-host")
        let absolute = file.hasPrefix("/") ? file : currentDirectory() + "/" + file
        let output = try runCapturing(host, ["--inspect", absolute])
        var fields = [String: String]()
        for part in output.split(separator: " ", maxSplits: 3) {
            let kv = part.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { fields[String(kv[0])] = String(kv[1]) }
        }
        guard let uuid = fields["uuid"].flatMap(TEEUUID.init) else {
            throw CommandFailure("\(file) is not a loadable TA image")
        }
        let description = (fields["description"] ?? "").split(separator: "\n").first.map(String.init) ?? ""
        return (uuid, description)
    }

    /// `keyPath`, or the installation key of `stateDirectory` (generated on first use, said so).
    static func signingKey(_ keyPath: String?, stateDirectory: String) throws -> (key: RSAPrivateKey, path: String) {
        var path = keyPath ?? TASigningKeys.installationKeyPath(stateDirectory: stateDirectory)
        if keyPath == nil {
            let existed = TASigningKeys.installationKeyExists(stateDirectory: stateDirectory)
            do throws(TAKeyError) {
                path = try TASigningKeys.ensureInstallationKey(stateDirectory: stateDirectory)
            } catch {
                throw CommandFailure("\(error)")
            }
            if !existed {
                print("generated this installation's TA signing key \(path) (RSA-\(TASigningKeys.installationKeyBits));",
                      "teed trusts it through \(TASigningKeys.installationPublicKeyPath(stateDirectory: stateDirectory))")
            }
        }
        do throws(TAImageError) {
            return (try RSAPrivateKey(path: path), path)
        } catch {
            throw CommandFailure("\(path): \(error)")
        }
    }

    static func sign(_ elf: [UInt8], uuid: TEEUUID, version: UInt32, key: RSAPrivateKey,
                     algorithm: TASignatureAlgorithm) throws -> [UInt8] {
        do throws(TAImageError) {
            return try TAImageSigner.sign(elf: elf, uuid: uuid, taVersion: version, key: key, algorithm: algorithm)
        } catch {
            throw CommandFailure("cannot sign: \(error)")
        }
    }
}

/// `--algorithm`: the two schemes OP-TEE signs TAs with, by short name.
enum SignatureScheme: String, CaseIterable, ExpressibleByArgument {
    case pss, pkcs1v15

    var algorithm: TASignatureAlgorithm {
        switch self {
        case .pss: .rsaPssSHA256
        case .pkcs1v15: .rsaPkcs1v15SHA256
        }
    }
}
