import TEEABI
import TEEPlatform
import TEEStorage
#if canImport(Glibc)
import Glibc
#endif

/// GP trusted storage requests from TA instances (on the connection teed gave each host).
extension Daemon {
    /// Makes the object store the configuration names; teed does not serve without one.
    func openStorage() throws(StartError) {
        let store: any ObjectStore
        do {
            store = try configuration.makeObjectStore(configuration, logger)
        } catch {
            throw .storage("\(error)")
        }
        storage = StorageService(store: store, logger: logger)
        logger.info("trusted storage ready", metadata: ["antiRollbackLevel": "\(store.antiRollbackLevel)"])
    }

    /// gpd.tee.trustedStorage.antiRollback.protectionLevel, as the store in use states it.
    var antiRollbackLevel: UInt32 { storage?.store.antiRollbackLevel ?? 0 }

    func serveStorage(_ request: StorageRequest, requestID: UInt32, fds: [FileDescriptor], client: ClientConnection) {
        guard let storage, let caller = client.trustedApp else {
            send(StorageReply(result: .storageNotAvailable), requestID: requestID, to: client)
            return
        }
        let (reply, fd) = storage.handle(request.operation, owner: caller.uuid, clientID: client.id, attached: fds.first)
        withExtendedLifetime(fd) {
            send(reply, requestID: requestID, fds: fd.map { [$0.rawValue] } ?? [], to: client)
        }
    }
}

extension Daemon {
    /// `teectl storage list/verify`: per-TA counts and bytes, and with `verify` every
    /// object checked. Only for the user teed runs as, or root: the counts say which TAs
    /// keep what, so other local users do not get them.
    func storageStatus(_ request: StorageStatusRequest, client: ClientConnection) -> StorageStatusReply {
        guard client.peer.uid == getuid() || client.peer.uid == 0 else { return StorageStatusReply(result: .accessDenied) }
        guard let store = storage?.store else { return StorageStatusReply(result: .storageNotAvailable) }
        do throws(StorageError) {
            let owners = try store.owners().map {
                StorageStatusReply.Owner(uuid: $0.owner, objects: UInt32(clamping: $0.objects), bytes: UInt64($0.bytes))
            }
            var reply = StorageStatusReply(result: .success, antiRollbackLevel: store.antiRollbackLevel, owners: owners)
            if request.verify {
                let report = try store.verify()
                reply.verified = true
                reply.objectsChecked = UInt32(clamping: report.objectsChecked)
                reply.bytesChecked = UInt64(report.bytes)
                reply.problems = report.problems.map(\.description)
                if !report.isIntact {
                    logger.warning("trusted storage verification found problems", metadata: ["problems": "\(report.problems.count)"])
                }
            }
            return reply
        } catch {
            return StorageStatusReply(result: error.result)
        }
    }
}
