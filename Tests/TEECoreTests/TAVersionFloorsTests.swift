import Testing
import TEEABI
import TEEImage
import TEEPlatform
@testable import TEECore
#if canImport(Glibc)
import Glibc
#endif

@Suite("TA version floors (anti-rollback)")
struct TAVersionFloorsTests {
    static let key = [UInt8](repeating: 0x42, count: 32)
    static let a = TEEUUID("8aaaf200-2450-11e4-abe2-0002a5d5c51b")!
    static let b = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7df")!

    @Test("the file round-trips, sorted, and any edit without the key is detected")
    func codec() throws {
        let floors = [Self.a: UInt32(3), Self.b: UInt32.max]
        let bytes = try TAVersionFloorFile.encode(floors, key: Self.key)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("swift-tee ta-versions 1\n\(Self.b) 4294967295\n\(Self.a) 3\nhmac-sha256 "))
        #expect(try TAVersionFloorFile.decode(bytes, key: Self.key) == floors)
        #expect(try TAVersionFloorFile.decode(TAVersionFloorFile.encode([:], key: Self.key), key: Self.key) == [:])
        #expect(throws: TAVersionFloorFile.DecodeError.badTag) {
            try TAVersionFloorFile.decode(bytes, key: [UInt8](repeating: 0x43, count: 32))
        }
        for offset in bytes.indices {
            var edited = bytes
            edited[offset] ^= 0x01
            #expect(throws: TAVersionFloorFile.DecodeError.self, "edit at \(offset)") {
                try TAVersionFloorFile.decode(edited, key: Self.key)
            }
        }
        for length in 0..<bytes.count {
            #expect(throws: TAVersionFloorFile.DecodeError.self) { try TAVersionFloorFile.decode(Array(bytes.prefix(length)), key: Self.key) }
        }
    }

    @Test("only well-formed entries under a valid tag are accepted")
    func strictEntries() throws {
        func tagged(_ body: String) throws -> [UInt8] {
            let bytes = Array(body.utf8)
            return bytes + Array(("hmac-sha256 " + Hex.encode(try SHA256.hmac(key: Self.key, bytes)) + "\n").utf8)
        }
        let header = "swift-tee ta-versions 1\n"
        #expect(try TAVersionFloorFile.decode(tagged(header + "\(Self.a) 7\n"), key: Self.key) == [Self.a: 7])
        for body in ["\(Self.a) 4294967296\n", "\(Self.a) -1\n", "\(Self.a) +1\n", "\(Self.a)  1\n", "\(Self.a) 1 2\n",
                     "not-a-uuid 1\n", "\(Self.a) 1\n\(Self.a) 2\n", "\(Self.a) 1\n\(Self.b) 2\n", "\n"] {
            #expect(throws: TAVersionFloorFile.DecodeError.self, "\(body)") { try TAVersionFloorFile.decode(tagged(header + body), key: Self.key) }
        }
        #expect(throws: TAVersionFloorFile.DecodeError.self) { try TAVersionFloorFile.decode(tagged("swift-tee ta-versions 2\n"), key: Self.key) }
    }

    @Test("admit raises floors, refuses older versions, and refuses everything once the file or key is tampered with")
    func admit() throws {
        var template = Array("/tmp/swift-tee-floors.XXXXXX".utf8CString)
        let state = String(cString: try #require(mkdtemp(&template)))
        defer {
            for file in ["/ta-versions", "/keys/ta-versions.key"] { unlink(state + file) }
            rmdir(state + "/keys")
            rmdir(state)
        }
        let floors = TAVersionFloors(stateDirectory: state)
        #expect(try floors.current() == [:])
        try floors.admit(Self.a, version: 2)
        try floors.admit(Self.a, version: 2)
        try floors.admit(Self.b, version: 0)
        #expect(throws: TAVersionFloors.Refusal.self) { try floors.admit(Self.a, version: 1) }
        try floors.admit(Self.a, version: 5)
        #expect(try TAVersionFloors(stateDirectory: state).current() == [Self.a: 5, Self.b: 0])

        // Rewritten by something without the key.
        let original = try RegularFile.read(floors.path, limit: 1 << 16)
        try AtomicFile.write(floors.path, contents: Array(String(decoding: original, as: UTF8.self).replacing(" 5\n", with: " 1\n").utf8), mode: 0o600)
        #expect { try floors.admit(Self.a, version: 1) } throws: { "\($0)".contains("HMAC") }
        #expect { try floors.admit(Self.b, version: 9) } throws: { "\($0)".contains("HMAC") }
        // The key removed next to an existing file.
        try AtomicFile.write(floors.path, contents: original, mode: 0o600)
        unlink(floors.keyPath)
        #expect { try floors.admit(Self.a, version: 6) } throws: { "\($0)".contains("missing") }
    }
}
