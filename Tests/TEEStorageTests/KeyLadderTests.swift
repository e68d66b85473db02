import Testing
import TEEABI
@testable import TEEStorage
#if canImport(Glibc)
import Glibc
#endif

@Suite("Key ladder and HUK")
struct KeyLadderTests {
    static func hex(_ key: StorageKey) -> String { key.withUnsafeBytes { Hex.encode(Array($0)) } }

    @Test("SSK, TSK, index and anchor keys match HMAC-SHA256 computed independently (Python hmac)")
    func knownAnswers() throws {
        var huk = (0..<32).map { UInt8($0) }
        let ladder = try StorageKeyLadder(huk: #require(StorageKey(consuming: &huk)))
        #expect(huk.allSatisfy { $0 == 0 }, "the caller's copy of the HUK is wiped")
        #expect(Self.hex(try ladder.taStorageKey(Owners.a)) == "77f9650da6fe7eb0412b5b5f8306402e26b08b0e5920487886dc1b79e67222c4")
        #expect(Self.hex(try ladder.indexKey()) == "ede4e6d15e76dc5e7bcc2b83f2119fcdb9a1fc7dcda35bb2a73d6fbcb162b349")
        #expect(Self.hex(try ladder.anchorKey()) == "2a95ed97cb256c397fe6817431901d7a74c7ed1b2629031c5b6d73640f77f6d1")
        #expect(Self.hex(try ladder.taStorageKey(Owners.a)) != Self.hex(try ladder.taStorageKey(Owners.b)))
        #expect("\(try ladder.indexKey())" == "StorageKey(32 bytes, redacted)")
    }

    @Test("a key is exactly 32 bytes")
    func keyLength() {
        var short = [UInt8](repeating: 1, count: 31)
        var long = [UInt8](repeating: 1, count: 33)
        #expect(StorageKey(consuming: &short) == nil)
        #expect(StorageKey(consuming: &long) == nil)
    }

    @Test("the development HUK is generated once, 0600 in a 0700 directory, and the same key afterwards")
    func developmentHUK() throws {
        let state = TemporaryDirectory()
        let provider = FileHUKProvider.development(stateDirectory: state.path)
        let first = Self.hex(try provider.hardwareUniqueKey())
        #expect(mode(of: state.path + "/keys/huk") == 0o600)
        #expect(mode(of: state.path + "/keys") == 0o700)
        #expect(TemporaryDirectory.readFile(state.path + "/keys/huk").count == 32)
        #expect(Self.hex(try provider.hardwareUniqueKey()) == first)
        #expect(Self.hex(try FileHUKProvider.development(stateDirectory: state.path).hardwareUniqueKey()) == first)
        #expect(provider.source.contains("development"))
        // Another state directory, another key.
        let other = TemporaryDirectory()
        #expect(Self.hex(try FileHUKProvider.development(stateDirectory: other.path).hardwareUniqueKey()) != first)
    }

    @Test("threads racing to create the development HUK end up with one key")
    func racingCreation() throws {
        let state = TemporaryDirectory()
        let path = state.path
        let keys = UnsafeMutablePointer<String>.allocate(capacity: 4)
        keys.initialize(repeating: "", count: 4)
        defer { keys.deinitialize(count: 4); keys.deallocate() }
        var threads: [pthread_t] = []
        final class Job { let path: String; let out: UnsafeMutablePointer<String>; init(_ p: String, _ o: UnsafeMutablePointer<String>) { path = p; out = o } }
        for i in 0..<4 {
            var thread = pthread_t()
            let job = Unmanaged.passRetained(Job(path, keys + i)).toOpaque()
            pthread_create(&thread, nil, { raw in
                let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
                job.out.pointee = (try? KeyLadderTests.hex(FileHUKProvider.development(stateDirectory: job.path).hardwareUniqueKey())) ?? "failed"
                return nil
            }, job)
            threads.append(thread)
        }
        for thread in threads { pthread_join(thread, nil) }
        let results = Set((0..<4).map { keys[$0] })
        #expect(results.count == 1)
        #expect(!results.contains("failed"))
    }

    @Test("a supplied HUK must exist, be 32 bytes, a regular file closed to group and others, and is never generated")
    func suppliedHUK() throws {
        let dir = TemporaryDirectory()
        let path = dir.path + "/my-huk"
        #expect(throws: StorageError.self) { try FileHUKProvider(suppliedFile: path).hardwareUniqueKey() }
        #expect(access(path, F_OK) != 0, "never generated")
        TemporaryDirectory.writeFile(path, [UInt8](repeating: 7, count: 32), mode: 0o600)
        let key = try FileHUKProvider(suppliedFile: path).hardwareUniqueKey()
        #expect(Self.hex(key) == String(repeating: "07", count: 32))
        chmod(path, 0o640)
        #expect(throws: StorageError.self) { try FileHUKProvider(suppliedFile: path).hardwareUniqueKey() }
        chmod(path, 0o600)
        TemporaryDirectory.writeFile(path, [UInt8](repeating: 7, count: 33))
        #expect(throws: StorageError.self) { try FileHUKProvider(suppliedFile: path).hardwareUniqueKey() }
        TemporaryDirectory.writeFile(dir.path + "/real", [UInt8](repeating: 7, count: 32))
        symlink(dir.path + "/real", dir.path + "/link")
        #expect(throws: StorageError.self) { try FileHUKProvider(suppliedFile: dir.path + "/link").hardwareUniqueKey() }
    }
}
