import Testing
import TEEABI
@testable import TEEStorage

@Suite("Nothing readable on disk")
struct CanaryTests {
    @Test("object ids, data, attributes and owners never appear in the state directory")
    func canaryScan() throws {
        let dir = TemporaryDirectory()
        let canary = Array("CANARY-swift-tee-7f3a".utf8)
        let store = try FileObjectStore(stateDirectory: dir.path)
        var objects: [StoredObjectID] = []
        for (i, owner) in [Owners.a, Owners.b].enumerated() {
            for j in 0..<4 {
                let id = StoredObjectID(owner: owner, id: canary + Array(" id \(i) \(j)".utf8))!
                let data = (0..<(j * 30000 + 1)).flatMap { _ in canary }
                try store.write(id, StoredObject(objectType: 1, objectSize: 0, maxObjectSize: 0, usage: 0,
                                                 attributes: canary + canary, data: data), replacing: false)
                objects.append(id)
            }
        }
        try store.rename(objects[0], to: canary + Array(" renamed".utf8))
        try store.delete(objects[1])
        try store.write(objects[2], StoredObject(objectType: 1, objectSize: 0, maxObjectSize: 0, usage: 0,
                                                 attributes: canary, data: canary), replacing: true)
        let files = TemporaryDirectory.files(below: dir.path)
        // The HUK, the anchor, the index (which holds the small objects) and 4 object files at least.
        #expect(files.count >= 8)
        let needles: [(String, [UInt8])] = [
            ("canary", canary), ("canary prefix", Array(canary.prefix(8))),
            ("owner A", Owners.a.octets), ("owner B", Owners.b.octets),
            ("owner A as text", Array("\(Owners.a)".utf8)), ("owner B as text", Array("\(Owners.b)".utf8)),
        ]
        for (path, bytes) in files {
            for (what, needle) in needles {
                #expect(!bytes.contains(subsequence: needle), "\(what) in \(path)")
            }
        }
        // And the store still reads it all back.
        #expect(try FileObjectStore(stateDirectory: dir.path).list(owner: Owners.b).count == 4)
    }
}
