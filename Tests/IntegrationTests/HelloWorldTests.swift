import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    @Suite("hello-world and status through TEEClient")
    struct HelloWorldTests {
        @Test("hello-world increments and decrements a value in its TA")
        func helloWorld() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.helloWorld)
            #expect(try session.increment(42) == 43)
            #expect(try session.invoke(HelloWorld.decrement, .valueInout(a: 43)).value(0).a == 42)
            #expect(try session.increment(UInt32.max) == 0)
            session.close()
            #expect(tee.log.contains("Hello World!"))
            #expect(tee.log.contains("Goodbye!"))
        }

        @Test("status lists the installed TAs and the live instances with their sessions")
        func status() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }

            let idle = try context.status()
            #expect(idle.pid == tee.pid)
            #expect(idle.taDirectory == tee.taDirectory)
            #expect(idle.installedTAs == TA.images.map(\.uuid).sorted())
            #expect(idle.instances.isEmpty)
            #expect(idle.clients == 1)
            #expect(idle.version.hasPrefix("swift-tee"))

            let hello = try context.openSession(uuid: TA.helloWorld)
            let single1 = try context.openSession(uuid: TA.buffersSingle)
            let single2 = try context.openSession(uuid: TA.buffersSingle)
            let singlePID = try single1.instanceInfo().pid
            let busy = try tee.status()
            let helloInstances = busy.instances.filter { $0.uuid == TA.helloWorld }
            let singleInstances = busy.instances.filter { $0.uuid == TA.buffersSingle }
            #expect(helloInstances.count == 1)
            #expect(helloInstances.first?.sessions == 1)
            #expect(helloInstances.first?.flags == [])
            #expect(singleInstances.count == 1)
            #expect(singleInstances.first?.sessions == 2)
            #expect(singleInstances.first?.pid == singlePID)
            #expect(singleInstances.first?.flags == [.singleInstance, .multiSession])
            #expect(busy.clients == 2)
            for instance in busy.instances {
                #expect(ProcFS.stat(instance.pid)?.ppid == tee.pid, "instance \(instance.pid) is not a child of teed")
            }

            hello.close()
            single1.close()
            single2.close()
            #expect(tee.waitForInstanceGone(singlePID))
            #expect(try context.status().instances.isEmpty)
        }

        @Test("opening a TA that is not installed: ITEM_NOT_FOUND from the TEE")
        func missingTA() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            #expect(throws: TEEError(.itemNotFound, origin: .tee)) { try context.openSession(uuid: TA.missing) }
            #expect(try context.openSession(uuid: TA.helloWorld).increment(1) == 2)
        }

        @Test("a context on a socket nobody serves: ITEM_NOT_FOUND from COMMS")
        func noDaemon() throws {
            let dir = try FileSystem.makeTemporaryDirectory()
            defer { FileSystem.removeTree(dir) }
            #expect(throws: TEEError(.itemNotFound, origin: .comms)) { try TEEContext(socketPath: dir + "/nobody.sock") }
        }
    }
}
