import TEEABI
import TEEPlatform

/// Derives what a TA sees of its client from the kernel's word about the peer, as the
/// Linux TEE subsystem does: nil UUID for public, UUIDv5 of "uid=%x"/"gid=%x" otherwise.
enum ClientIdentityResolver {
    static func identity(login: LoginMethod, connectionData: UInt32, peer: PeerCredentials) -> Result<ClientIdentity, TEEError> {
        switch login {
        case .public:
            return .success(ClientIdentity(login: .public, uuid: .nil_))
        case .user:
            let name = "uid=" + String(peer.uid, radix: 16)
            return .success(ClientIdentity(login: .user, uuid: .nameBased(namespace: .loginNamespace, name: name)))
        case .group:
            // A client may only claim a group it belongs to.
            guard peer.belongs(toGroup: connectionData) else { return .failure(.tee(.accessDenied)) }
            let name = "gid=" + String(connectionData, radix: 16)
            return .success(ClientIdentity(login: .group, uuid: .nameBased(namespace: .loginNamespace, name: name)))
        default:
            // APPLICATION logins would need a trustworthy identity of the client binary,
            // which a Unix socket does not give; refuse them honestly.
            return .failure(.tee(.notSupported))
        }
    }
}
