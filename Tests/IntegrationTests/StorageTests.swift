import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

/// Commands of Tests/Fixtures/c/api_test_ta/include/api_test_ta.h for trusted storage.
enum APIStorageTest {
    static let checks: UInt32 = 50, misuse: UInt32 = 51, hold: UInt32 = 52, release: UInt32 = 53
    static let put: UInt32 = 54, get: UInt32 = 55

    static let readShared: UInt32 = 0x11, read: UInt32 = 0x1, writeMeta: UInt32 = 0x4

    /// Each STORAGE_MISUSE_* case and what teed's log says about the panic.
    static let misuses: [(UInt32, String)] = [
        (0, "TEE_OpenPersistentObject: object id of 65 bytes"),
        (1, "TEE_OpenPersistentObject: the object id lies in client shared memory"),
        (2, "was not opened with TEE_DATA_FLAG_ACCESS_READ"),
        (3, "was not opened with TEE_DATA_FLAG_ACCESS_WRITE"),
        (4, "TEE_RenamePersistentObject: object 2 was not opened with TEE_DATA_FLAG_ACCESS_WRITE_META"),
        (5, "TEE_CloseAndDeletePersistentObject1: object 2 was not opened with TEE_DATA_FLAG_ACCESS_WRITE_META"),
        (6, "is transient where GP requires a persistent object"),
        (7, "invalid persistent object handle"),
        (8, "TEE_SeekObjectData: invalid whence 3"),
        (9, "TA panicked with code 0xffff0007"),
        (10, "TEE_RestrictObjectUsage1: persistent object 2 was not opened with TEE_DATA_FLAG_ACCESS_WRITE_META"),
        (11, "attributes object 1 is not initialized"),
        (12, "TEE_OpenPersistentObject: unknown flags 0x400"),
        (13, "TEE_RenamePersistentObject: object id of 65 bytes"),
        (14, "invalid object handle 2"),
    ]
}

/// Commands of Tests/Fixtures/StorageTA (the Swift TA).
enum SwiftStorageTest {
    static let put: UInt32 = 0, get: UInt32 = 1, list: UInt32 = 2, rename: UInt32 = 3, delete: UInt32 = 4
    static let selfTest: UInt32 = 5
}

extension Integration.CTrustedAppTests {
    @Test("GP persistent objects from a C TA: every function, flag and result, in the 1.3.1 and 1.1 forms")
    func storageChecks() throws {
        let tee = try kit.startTEE(installing: ["api_test_ta"])
        defer { tee.stop() }
        let context = try tee.makeContext()
        defer { context.finalize() }
        let session = try context.openSession(uuid: APITest.uuid)
        defer { session.close() }
        let result = session.call(APIStorageTest.checks, [.valueOutput])
        #expect(result.error == nil, "\(String(describing: result.error)) at storage_checks.c line \(result.value(0).a)\n\(tee.log)")
        // The checks run twice in one teed (objects of the first run are cleaned up).
        let again = session.call(APIStorageTest.checks, [.valueOutput])
        #expect(again.error == nil, "\(String(describing: again.error)) at storage_checks.c line \(again.value(0).a)")
        // What the TA stored never reaches teed's log.
        #expect(!tee.log.contains("hello world") && !tee.log.contains("enum-a"))
    }

    @Test("what GP says must panic in trusted storage panics the C TA: the client sees TARGET_DEAD",
          arguments: APIStorageTest.misuses)
    func storageMisuse(which: UInt32, reason: String) throws {
        let tee = try kit.startTEE(installing: ["api_test_ta"])
        defer { tee.stop() }
        let context = try tee.makeContext()
        defer { context.finalize() }
        let shared = try context.allocateSharedMemory(size: 64, flags: .inputOutput)
        defer { shared.release() }
        let session = try context.openSession(uuid: APITest.uuid)
        defer { session.close() }
        let error = teeError { _ = try session.invoke(APIStorageTest.misuse, .valueInput(a: which), .whole(shared)) }
        #expect(error == TEEError(.targetDead, origin: .tee), "\(which): \(String(describing: error))")
        #expect(tee.waitForLog { $0.contains(reason) }, "\(which): \(tee.log)")
        #expect(tee.isRunning)
    }

    @Test("GP's sharing rules hold across two instances of a TA; a dead instance's handles are released")
    func storageSharingAcrossInstances() throws {
        let tee = try kit.startTEE(installing: ["api_test_ta"])
        defer { tee.stop() }
        let context = try tee.makeContext()
        defer { context.finalize() }
        // api_test_ta is multi-instance: each session is an instance of its own.
        let first = try context.openSession(uuid: APITest.uuid)
        defer { first.close() }
        let second = try context.openSession(uuid: APITest.uuid)
        defer { second.close() }
        let id = Array("shared-object".utf8)
        #expect(try first.invoke(APIStorageTest.put, .valueOutput, .tempInput(id), .tempInput([1, 2, 3])).value(0).a == 0)
        func hold(_ session: TEESession, _ flags: UInt32) throws -> (result: TEEResult, slot: UInt32) {
            let v = try session.invoke(APIStorageTest.hold, .valueInout(a: flags), .tempInput(id)).value(0)
            return (TEEResult(v.a), v.b)
        }
        let a = try hold(first, APIStorageTest.readShared)
        #expect(a.result == .success)
        let b = try hold(second, APIStorageTest.readShared)
        #expect(b.result == .success)
        #expect(try hold(second, APIStorageTest.read).result == .accessConflict)
        #expect(try hold(second, APIStorageTest.writeMeta).result == .accessConflict)
        try first.invoke(APIStorageTest.release, .valueInput(a: a.slot))
        try second.invoke(APIStorageTest.release, .valueInput(a: b.slot))
        // WRITE_META is exclusive: the other instance can neither open nor read it.
        #expect(try hold(second, APIStorageTest.writeMeta).result == .success)
        #expect(try hold(first, 0).result == .accessConflict)
        let get = try first.invoke(APIStorageTest.get, .valueOutput, .tempInput(id), .tempOutput(capacity: 16))
        #expect(TEEResult(get.value(0).a) == .accessConflict)
        // The holder dies: teed closes its handles with its connection.
        #expect(teeError { _ = try second.invoke(APITest.panic, .valueInput(a: 1)) } == TEEError(.targetDead, origin: .tee))
        var freed = false
        for _ in 0..<50 where !freed {
            let attempt = try hold(first, APIStorageTest.writeMeta)
            freed = attempt.result == .success
            if !freed { usleep(20_000) }
        }
        #expect(freed)
    }

    @Test("isolation: a Swift TA (B) cannot open, enumerate, rename onto or delete the C TA's (A) objects")
    func storageIsolation() throws {
        let tee = try kit.startTEE(installing: ["api_test_ta"])
        defer { tee.stop() }
        let context = try tee.makeContext()
        defer { context.finalize() }
        let a = try context.openSession(uuid: APITest.uuid)
        defer { a.close() }
        let b = try context.openSession(uuid: TA.storage)
        defer { b.close() }
        let secret = Array("secret".utf8)
        #expect(try a.invoke(APIStorageTest.put, .valueOutput, .tempInput(secret), .tempInput(Array("A's data".utf8))).value(0).a == 0)
        func readA() throws -> [UInt8] {
            let got = try a.invoke(APIStorageTest.get, .valueOutput, .tempInput(secret), .tempOutput(capacity: 64))
            #expect(got.value(0).a == 0)
            return got.bytes(2)
        }
        // B sees nothing of A's.
        #expect(teeError { _ = try b.invoke(SwiftStorageTest.get, .tempInput(secret), .tempOutput(capacity: 64)) }
                == TEEError(.itemNotFound, origin: .trustedApp))
        #expect(try b.invoke(SwiftStorageTest.list, .tempOutput(capacity: 256), .valueOutput).value(1).a == 0)
        #expect(teeError { _ = try b.invoke(SwiftStorageTest.delete, .tempInput(secret)) } == TEEError(.itemNotFound, origin: .trustedApp))
        // B's rename onto A's name lands in B's own storage.
        try b.invoke(SwiftStorageTest.put, .tempInput(Array("b-object".utf8)), .tempInput(Array("B's data".utf8)))
        try b.invoke(SwiftStorageTest.rename, .tempInput(Array("b-object".utf8)), .tempInput(secret))
        #expect(try readA() == Array("A's data".utf8))
        #expect(try b.invoke(SwiftStorageTest.get, .tempInput(secret), .tempOutput(capacity: 64)).bytes(1) == Array("B's data".utf8))
        let listed = try b.invoke(SwiftStorageTest.list, .tempOutput(capacity: 256), .valueOutput)
        #expect(listed.value(1).a == 1 && listed.bytes(0) == [UInt8(secret.count)] + secret)
        // B deletes its own "secret"; A's stays.
        try b.invoke(SwiftStorageTest.delete, .tempInput(secret))
        #expect(try readA() == Array("A's data".utf8))
        // A handle of A's does not stop B either: they are different objects.
        let held = try a.invoke(APIStorageTest.hold, .valueInout(a: APIStorageTest.writeMeta), .tempInput(secret)).value(0)
        #expect(held.a == 0)
        try b.invoke(SwiftStorageTest.put, .tempInput(secret), .tempInput([9]))
        #expect(try b.invoke(SwiftStorageTest.get, .tempInput(secret), .tempOutput(capacity: 64)).bytes(1) == [9])
    }
}

extension Integration {
    @Suite("trusted storage from a Swift TA")
    struct SwiftStorageTests {
        @Test("the typed API end to end: keys in storage, data stream, usage, rename, enumeration, delete")
        func selfTest() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: TA.storage)
            defer { session.close() }
            let result = session.call(SwiftStorageTest.selfTest, [.valueOutput])
            #expect(result.error == nil, "\(String(describing: result.error)) at step \(result.value(0).a)\n\(tee.log)")
        }
    }
}
