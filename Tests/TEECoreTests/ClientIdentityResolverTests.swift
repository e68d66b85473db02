import Testing
import TEEABI
import TEEPlatform
@testable import TEECore

/// What a TA sees of its client, derived from the socket's peer credentials as the Linux
/// TEE subsystem derives it. Expected UUIDs are known answers computed independently with
/// Python: `uuid.uuid5(uuid.UUID("58ac9ca0-2086-4683-a1b8-ec4bc08e01b6"), "uid=3e8")`.
@Suite("ClientIdentityResolver")
struct ClientIdentityResolverTests {
    static let root = PeerCredentials(pid: 100, uid: 0, gid: 0, groups: [])
    static let user = PeerCredentials(pid: 200, uid: 1000, gid: 1000, groups: [100, 27])

    private func resolve(_ login: LoginMethod, _ data: UInt32 = 0, _ peer: PeerCredentials) -> Result<ClientIdentity, TEEError> {
        ClientIdentityResolver.identity(login: login, connectionData: data, peer: peer)
    }

    @Test("public login: the nil UUID, whoever the peer is")
    func publicLogin() throws {
        for peer in [Self.root, Self.user] {
            let identity = try resolve(.public, 1234, peer).get()
            #expect(identity.login == .public)
            #expect(identity.uuid == .nil_)
            #expect(identity.uuid.description == "00000000-0000-0000-0000-000000000000")
        }
    }

    @Test("user login: UUIDv5 of \"uid=<hex uid>\" in the TEE login namespace", arguments: [
        (UInt32(0), "ef0180a3-13f3-5d1c-b7f5-888c0e21059a"),      // uuid5(ns, "uid=0")
        (UInt32(1000), "fc34275c-d8dd-5ba7-968b-504718363b87"),   // uuid5(ns, "uid=3e8")
    ])
    func userLogin(_ uid: UInt32, _ expected: String) throws {
        let peer = PeerCredentials(pid: 1, uid: uid, gid: 5, groups: [])
        let identity = try resolve(.user, 0, peer).get()
        #expect(identity.login == .user)
        #expect(identity.uuid.description == expected)
        #expect(identity.uuid.version == 5)
    }

    @Test("user login ignores connection data: identity comes from the kernel, never the client")
    func userIgnoresConnectionData() throws {
        let a = try resolve(.user, 0, Self.user).get()
        let b = try resolve(.user, 0xFFFF_FFFF, Self.user).get()
        #expect(a == b)
    }

    @Test("group login: UUIDv5 of \"gid=<hex gid>\" for the primary or a supplementary group")
    func groupLogin() throws {
        // uuid5(ns, "gid=3e8") and uuid5(ns, "gid=64")
        let primary = try resolve(.group, 1000, Self.user).get()
        #expect(primary.login == .group)
        #expect(primary.uuid.description == "0ece43ed-001d-51bd-bab7-480c8954c3cf")
        let supplementary = try resolve(.group, 100, Self.user).get()
        #expect(supplementary.uuid.description == "d32f761e-b364-519b-be12-ed54ba663b0a")
        let rootGroup = try resolve(.group, 0, Self.root).get()
        #expect(rootGroup.uuid.description == "d93bc168-f863-58d3-a1fe-bb2039421b99")
    }

    @Test("group login for a group the peer is not in: ACCESS_DENIED from the TEE", arguments: [UInt32(0), 1, 101, 999, 0xFFFF_FFFF])
    func groupNotMember(_ gid: UInt32) {
        #expect(throws: TEEError(.accessDenied, origin: .tee)) { try resolve(.group, gid, Self.user).get() }
    }

    @Test("root is not exempt from group membership")
    func rootGroupNotMember() {
        #expect(throws: TEEError(.accessDenied, origin: .tee)) { try resolve(.group, 1000, Self.root).get() }
    }

    @Test("application logins are refused: NOT_SUPPORTED from the TEE", arguments: [
        LoginMethod.application, .userApplication, .groupApplication, .trustedApp, LoginMethod(rawValue: 3), LoginMethod(rawValue: 0x7FFF_FFFF),
    ])
    func applicationLogins(_ login: LoginMethod) {
        #expect(throws: TEEError(.notSupported, origin: .tee)) { try resolve(login, 0, Self.user).get() }
    }

    @Test("the login namespace and name-based UUIDs follow RFC 4122 version 5")
    func nameBased() {
        #expect(TEEUUID.loginNamespace.description == "58ac9ca0-2086-4683-a1b8-ec4bc08e01b6")
        // uuid5(NAMESPACE_DNS, "python.org"), the example of Python's documentation.
        let dns = TEEUUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(TEEUUID.nameBased(namespace: dns, name: "python.org").description == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }
}
