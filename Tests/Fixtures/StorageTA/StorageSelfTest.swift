import TEETrustedApp

/// The typed storage API end to end, from a Swift TA: keys in storage, the data stream,
/// usage restriction, rename, delete, enumeration and GP's results. A failed expectation
/// reports its step in value[0].a and fails with GENERIC; a GP result that was not expected
/// comes back as itself (its step in value[0].a too).
struct StorageSelfTest {
    let storage: TrustedStorage
    let rpmb: TrustedStorage
    private var step: UInt32 = 0

    init(storage: TrustedStorage, rpmb: TrustedStorage) {
        self.storage = storage
        self.rpmb = rpmb
    }

    mutating func run(_ p: inout Parameters) throws(TEEError) {
        do throws(TEEError) {
            try body()
        } catch {
            p.setValue(0, a: step)
            throw error
        }
        p.setValue(0, a: 0)
    }

    private mutating func expect(_ condition: Bool) throws(TEEError) {
        step += 1
        guard condition else { throw TEEError(.generic, origin: .trustedApp) }
    }

    /// The result `body` fails with, or nil.
    private func failure(_ body: () throws(TEEError) -> Void) -> TEEResult? {
        do throws(TEEError) {
            try body()
            return nil
        } catch {
            return error.result
        }
    }

    private mutating func body() throws(TEEError) {
        let id = Array("swift-key".utf8)
        let all: DataFlags = [.accessRead, .accessWrite, .accessWriteMeta]
        try expect(try storage.objects().isEmpty)
        try expect(failure { () throws(TEEError) in _ = try storage.open(id) } == .itemNotFound)
        try expect(failure { () throws(TEEError) in _ = try rpmb.open(id) } == .itemNotFound)

        // A key kept with its data stream.
        let key = try Key.generate(.aes, bits: 256)
        let object = try storage.create(id, flags: all, key: key, data: Array("v1".utf8))
        var info = try object.info()
        try expect(info.objectType == .aes && info.objectSize == 256 && info.dataSize == 2 && info.position == 0)
        try expect(info.flags == all && info.handleFlags & 0x3_0000 == 0x3_0000)
        try object.seek(0, from: .end)
        try object.write(Array("-more".utf8))
        try object.seek(0, from: .start)
        try expect(try object.readToEnd() == Array("v1-more".utf8))
        try object.truncate(to: 2)
        try object.seek(-100, from: .current)
        try expect(try object.read(10) == Array("v1".utf8))
        try expect(failure { () throws(TEEError) in try object.seek(Int64(UInt32.max) + 1, from: .start) } == .overflow)
        try expect(failure { () throws(TEEError) in try object.write([1]) } == nil)
        info = try object.info()
        try expect(info.dataSize == 3 && info.position == 3)

        // The stored key is the key.
        let stored = try object.key()
        try expect(stored != nil && stored!.type == .aes && stored!.bits == 256)
        let block = Array("sixteen byte msg".utf8)
        let expected = try Cipher(.aesECB, encrypting: true, key: key).finish(block)
        try expect(try Cipher(.aesECB, encrypting: true, key: stored!).finish(block) == expected)

        // Usage restrictions are committed; an existing object needs OVERWRITE.
        try object.restrictUsage(to: [.encrypt])
        try expect(failure { () throws(TEEError) in _ = try storage.create(id) } == .accessConflict)
        object.close()
        try expect(!object.isOpen)
        let reopened = try storage.open(id, flags: [.accessRead, .accessWriteMeta])
        try expect(try reopened.key()?.usage == [.encrypt])
        try expect(try reopened.info().usage == [.encrypt])
        try expect(failure { () throws(TEEError) in _ = try storage.open(id, flags: [.accessRead, .shareRead]) } == .accessConflict)

        // Rename, enumerate, delete.
        let newID = Array("swift-key-2".utf8)
        try reopened.rename(to: newID)
        try expect(failure { () throws(TEEError) in _ = try storage.open(id) } == .itemNotFound)
        let data = try storage.create(Array("plain".utf8), data: [1, 2, 3])
        try expect(try data.key() == nil)
        let listed = try storage.objects()
        try expect(listed.map(\.id) == [Array("plain".utf8), newID])
        try expect(listed[0].info.objectType == .data && listed[0].info.dataSize == 3)
        try reopened.delete()
        try expect(!reopened.isOpen)
        try data.delete()
        try expect(try storage.objects().isEmpty)
    }
}
