import Logging
import TEEImage
#if canImport(Glibc)
import Glibc
#endif

/// The keys TA images are checked against, read once at start (restart teed after
/// changing the trust store), and what teed says about them: honest configuration.
extension Daemon {
    func loadTrust() throws(StartError) {
        let state = configuration.stateDirectory
        if configuration.generatesInstallationKey, !TASigningKeys.installationKeyExists(stateDirectory: state) {
            logger.notice("generating this installation's TA signing key (RSA-3072, first use)",
                          metadata: ["key": "\(TASigningKeys.installationKeyPath(stateDirectory: state))"])
            do throws(TAKeyError) {
                try TASigningKeys.ensureInstallationKey(stateDirectory: state)
            } catch {
                throw .trust("\(error)")
            }
        }
        let trust: TATrustStore
        do throws(TAKeyError) {
            trust = try TATrustStore.load(directory: configuration.trustStoreDirectory)
        } catch {
            throw .trust("\(error)")
        }
        for (file, reason) in trust.skipped {
            logger.warning("trust store: file skipped", metadata: ["file": "\(file)", "reason": "\(reason)"])
        }
        for warning in trust.warnings { logger.warning("\(warning)") }

        let installationKey = (try? TASigningKeys.installationKey(stateDirectory: state)).flatMap { $0 }
        let installationTrusted = installationKey.flatMap { try? $0.publicKey() }.map { trust.contains($0.fingerprint) } ?? false
        logger.info("TA trust store loaded", metadata: [
            "directory": "\(trust.directory)", "keys": "\(trust.entries.count)",
            "fingerprints": "\(trust.keys.map(\.description).joined(separator: ", "))",
            "installationKey": "\(installationKey == nil ? "none" : installationTrusted ? "trusted" : "not trusted")",
        ])
        if installationTrusted {
            logger.notice("""
                TAs signed with this installation's own key are trusted: a development key, since anyone who can \
                read \(TASigningKeys.installationKeyPath(stateDirectory: state)) can sign TAs for this teed
                """)
        }
        if trust.entries.isEmpty {
            logger.warning("the trust store holds no usable key: every TA will be refused", metadata: ["directory": "\(trust.directory)"])
        }
        do throws(TAVersionFloors.Refusal) {
            let floors = try store.floors.current()
            logger.info("TA version floors (anti-rollback, kept in the normal world's file system)",
                        metadata: ["file": "\(store.floors.path)", "tas": "\(floors.count)"])
        } catch {
            logger.warning("\(error): every TA whose image is not loaded yet will be refused")
        }
        store.verifier = trust.verifier
    }
}
