import TEEABI
import TEEPlatform
import TEEStorage

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
