import Testing
import TEEABI
@testable import TEECrypto

@Suite("objects in trusted storage form")
struct ObjectStorageTests {
    private func roundTrip(_ object: GPObject) throws -> GPObject {
        let exported = object.exportedAttributes()
        return try exported.withUnsafeBytes { raw throws(GPFault) in
            try GPObject.restored(type: object.type, objectSize: object.objectSize, usage: object.usage, attributes: raw)
        }
    }

    @Test("symmetric, RSA and ECC keys come back with every attribute, their usage, and maxObjectSize = objectSize")
    func roundTrips() throws {
        let aes = try GPObject(type: .aes, maxObjectSize: 256)
        try aes.generateKey(size: 192, parameters: [])
        aes.restrictUsage([.encrypt, .decrypt, .extractable])
        let rsa = try GPObject(type: .rsaKeypair, maxObjectSize: 2048)
        try rsa.generateKey(size: 1024, parameters: [])
        let ecc = try GPObject(type: .ecdsaKeypair, maxObjectSize: 521)
        try ecc.generateKey(size: 256, parameters: [GPAttribute(.eccCurve, a: GPCurve.nistP256.rawValue, b: 0)])
        for original in [aes, rsa, ecc] {
            let copy = try roundTrip(original)
            #expect(copy.type == original.type && copy.objectSize == original.objectSize && copy.usage == original.usage)
            #expect(copy.maxObjectSize == original.objectSize && copy.isInitialized)
            #expect(copy.attributes.count == original.attributes.count)
            for (id, value) in original.attributes {
                switch (value, copy.attributes[id]) {
                case let (.bytes(a), .bytes(b)?): #expect(a.bytes == b.bytes, "\(id)")
                case let (.value(a1, b1), .value(a2, b2)?): #expect(a1 == a2 && b1 == b2, "\(id)")
                default: Issue.record("attribute \(id) did not come back")
                }
            }
        }
        // The export is deterministic (attributes in id order).
        #expect(rsa.exportedAttributes().bytes == rsa.exportedAttributes().bytes)
    }

    @Test("a data object has type TEE_TYPE_DATA, sizes 0 and no attributes")
    func dataObject() throws {
        let data = GPObject.dataObject()
        #expect(data.type == .data && data.objectSize == 0 && data.maxObjectSize == 0 && data.usage == .all)
        #expect(data.exportedAttributes().bytes == [1, 0, 0, 0, 0])
        let copy = try roundTrip(data)
        #expect(copy.type == .data && copy.isInitialized)
        #expect(faultOf { _ = try copy.bufferAttribute(.secretValue) } == .result(.itemNotFound))
    }

    @Test("truncated, foreign, repeated or missing attributes and a bad version are CORRUPT_OBJECT")
    func corruptForms() throws {
        let key = try GPObject(type: .hmacSha256, maxObjectSize: 512)
        try key.generateKey(size: 256, parameters: [])
        let good = key.exportedAttributes().bytes
        func restore(_ bytes: [UInt8], type: GPObjectType = .hmacSha256) -> GPFault? {
            faultOf {
                _ = try bytes.withUnsafeBytes { raw throws(GPFault) in
                    try GPObject.restored(type: type, objectSize: 256, usage: .all, attributes: raw)
                }
            }
        }
        #expect(restore(good) == nil)
        for length in 0..<good.count { #expect(restore(Array(good.prefix(length))) == .result(.corruptObject), "\(length)") }
        #expect(restore(good + [0]) == .result(.corruptObject))
        var version = good
        version[0] = 2
        #expect(restore(version) == .result(.corruptObject))
        #expect(restore(good, type: .rsaKeypair) == .result(.corruptObject))
        #expect(restore(good, type: GPObjectType(rawValue: 0xA0FF_FFFF)) == .result(.corruptObject))
        #expect(restore([1, 0, 0, 0, 0]) == .result(.corruptObject))  // the secret is required
        let twice: [UInt8] = [1, 2, 0, 0, 0] + Array(good.dropFirst(5)) + Array(good.dropFirst(5))
        #expect(restore(twice) == .result(.corruptObject))
    }
}
