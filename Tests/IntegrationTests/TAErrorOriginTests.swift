import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// Errors a TA's own entry points return reach the client with origin TRUSTED_APP.
    @Suite("errors from TAs")
    struct TAErrorOriginTests {
        @Test("invoke errors from the TA have origin TRUSTED_APP (4)")
        func invokeErrors() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let buffers = try context.openSession(uuid: TA.buffers)
            let hello = try context.openSession(uuid: TA.helloWorld)

            let unknown = buffers.call(99, [])
            #expect(unknown.error == TEEError(.badParameters, origin: .trustedApp))
            #expect(unknown.error?.origin.rawValue == 4)

            // Parameter types the command does not take: the TA's check refuses them.
            #expect(buffers.call(Buffers.checksum, [.valueInput(a: 1)]).error == TEEError(.badParameters, origin: .trustedApp))
            #expect(hello.call(HelloWorld.increment, [.valueInput(a: 1)]).error == TEEError(.badParameters, origin: .trustedApp))
            #expect(hello.call(7, [.valueInout(a: 1)]).error == TEEError(.badParameters, origin: .trustedApp))

            // SHORT_BUFFER comes back with the size the TA needs.
            let short = buffers.call(Buffers.fill, [.tempOutput(capacity: 10), .valueInput(a: 0x41, b: 100)])
            #expect(short.error == TEEError(.shortBuffer, origin: .trustedApp))
            #expect(short.size(0) == 100)

            // The sessions are unharmed.
            #expect(try hello.increment(1) == 2)
            let filled = try buffers.invoke(Buffers.fill, .tempOutput(capacity: 10), .valueInput(a: 0x41, b: 10))
            #expect(filled.bytes(0) == [UInt8](repeating: 0x41, count: 10))
        }

        @Test("open-session errors from the TA have origin TRUSTED_APP; the TEE's own have origin TEE")
        func openErrors() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            // hello-world's OpenSessionEntryPoint takes no parameters.
            #expect(throws: TEEError(.badParameters, origin: .trustedApp)) {
                try context.openSession(uuid: TA.helloWorld, .valueInput(a: 1))
            }
            #expect(throws: TEEError(.itemNotFound, origin: .tee)) { try context.openSession(uuid: TA.missing) }
            #expect(throws: TEEError(.notSupported, origin: .tee)) {
                try context.openSession(uuid: TA.helloWorld, login: .application)
            }
            #expect(try context.openSession(uuid: TA.helloWorld).increment(5) == 6)
        }

        @Test("the TA sees the identity teed derives: public is the nil UUID, user is UUIDv5 of the uid")
        func identities() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let publicSession = try context.openSession(uuid: TA.buffers)
            let pub = try publicSession.invoke(Buffers.whoami, .valueOutput, .tempOutput(capacity: 16))
            #expect(pub.value(0).a == LoginMethod.public.rawValue)
            #expect(pub.bytes(1) == [UInt8](repeating: 0, count: 16))

            let userSession = try context.openSession(uuid: TA.buffers, login: .user)
            let user = try userSession.invoke(Buffers.whoami, .valueOutput, .tempOutput(capacity: 16))
            #expect(user.value(0).a == LoginMethod.user.rawValue)
            // Tests run as some uid; root's is the known answer uuid5(ns, "uid=0").
            if getuid() == 0 {
                #expect(TEEUUID(octets: user.bytes(1))?.description == "ef0180a3-13f3-5d1c-b7f5-888c0e21059a")
            }
            #expect(TEEUUID(octets: user.bytes(1))?.version == 5)
            // GROUP login for the process's own group; root's is the known answer uuid5(ns, "gid=0").
            let groupSession = try context.openSession(uuid: TA.buffers, login: .group, connectionData: getgid())
            let group = try groupSession.invoke(Buffers.whoami, .valueOutput, .tempOutput(capacity: 16))
            #expect(group.value(0).a == LoginMethod.group.rawValue)
            if getgid() == 0 {
                #expect(TEEUUID(octets: group.bytes(1))?.description == "d93bc168-f863-58d3-a1fe-bb2039421b99")
            }
            #expect(throws: TEEError(.accessDenied, origin: .tee)) {
                try context.openSession(uuid: TA.buffers, login: .group, connectionData: 0xFFFF_FFF0)
            }
        }
    }
}
