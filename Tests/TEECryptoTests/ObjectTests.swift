import Testing
import TEEABI
@testable import TEECrypto

@Suite("transient objects")
struct ObjectTests {
    @Test("allocation checks type and size; populate checks attributes and size")
    func allocateAndPopulate() throws {
        #expect(faultOf { _ = try GPObject(type: .aes, maxObjectSize: 100) } == .result(.notSupported))
        #expect(faultOf { _ = try GPObject(type: GPObjectType(rawValue: 0xA0FF_FFFF), maxObjectSize: 128) } == .result(.notSupported))
        let key = try GPObject(type: .aes, maxObjectSize: 256)
        #expect(!key.isInitialized)
        // 15 bytes is no AES key; a value attribute where bytes belong panics.
        #expect(faultOf { try key.populate([GPAttribute(.secretValue, bytes: [UInt8](repeating: 1, count: 15))]) } == .result(.badParameters))
        if case .panic? = faultOf({ try key.populate([GPAttribute(.rsaModulus, bytes: [1])]) }) {} else { Issue.record("foreign attribute did not panic") }
        try key.populate([GPAttribute(.secretValue, bytes: [UInt8](repeating: 7, count: 24))])
        #expect(key.objectSize == 192 && key.handleFlags.contains(.initialized))
        if case .panic? = faultOf({ try key.populate([GPAttribute(.secretValue, bytes: [UInt8](repeating: 7, count: 16))]) }) {} else { Issue.record("second populate did not panic") }
    }

    @Test("secret attributes leave only extractable objects; usage only shrinks; reset restores it")
    func extractability() throws {
        let key = try GPObject(type: .hmacSha256, maxObjectSize: 512)
        try key.generateKey(size: 256, parameters: [])
        #expect(try key.bufferAttribute(.secretValue).count == 32)
        key.restrictUsage([.mac])
        if case .panic? = faultOf({ _ = try key.bufferAttribute(.secretValue) }) {} else { Issue.record("non-extractable secret was readable") }
        key.restrictUsage(.all)
        #expect(key.usage == [.mac])
        key.reset()
        #expect(key.usage == .all && !key.isInitialized)
        #expect(faultOf { _ = try key.bufferAttribute(.secretValue) } == .result(.itemNotFound))
    }

    @Test("generated keys differ and have the size asked for; copies are independent of the source")
    func generateAndCopy() throws {
        let a = try GPObject(type: .genericSecret, maxObjectSize: 4096)
        let b = try GPObject(type: .genericSecret, maxObjectSize: 4096)
        try a.generateKey(size: 1024, parameters: [])
        try b.generateKey(size: 1024, parameters: [])
        #expect(try a.bufferAttribute(.secretValue).bytes != b.bufferAttribute(.secretValue).bytes)
        let c = try GPObject(type: .genericSecret, maxObjectSize: 2048)
        try c.copyAttributes(from: a)
        #expect(try c.bufferAttribute(.secretValue).bytes == a.bufferAttribute(.secretValue).bytes)
        a.reset()
        #expect(try c.bufferAttribute(.secretValue).count == 128)
    }
}
