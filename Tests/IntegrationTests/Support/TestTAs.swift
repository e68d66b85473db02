import Testing
import TEEClient
#if canImport(Glibc)
import Glibc
#endif

/// The TAs the integration tests install, with the UUIDs their sources declare.
enum TA {
    /// Examples/hello-world/ta
    static let helloWorld = TEEUUID("8aaaf200-2450-11e4-abe2-0002a5d5c51b")!
    /// Examples/buffers/ta: multi-instance.
    static let buffers = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7df")!
    /// Tests/Fixtures/BuffersSingleTA: single instance, multi-session.
    static let buffersSingle = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7e0")!
    /// Tests/Fixtures/BuffersSoloTA: single instance without multi-session.
    static let buffersSolo = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7e1")!
    /// Tests/Fixtures/BuffersKeepAliveTA: single instance, multi-session, keep-alive.
    static let buffersKeepAlive = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7e2")!

    /// Examples/keystore/ta: single instance, keep-alive, crypto through TEECrypto's typed API.
    static let keystore = TEEUUID("c4a1f0e2-5d3b-4e7a-9f21-8b6c0d4e3a19")!

    /// Tests/Fixtures/StorageTA: trusted storage through the Swift API.
    static let storage = TEEUUID("7f3a9c1e-4b2d-4e8f-a6c5-3d9b1e2f4a60")!

    /// Shared library in the products directory -> UUID it is installed under.
    static let images: [(library: String, uuid: TEEUUID)] = [
        ("libHelloWorldTA.so", helloWorld),
        ("libBuffersTA.so", buffers),
        ("libBuffersSingleTA.so", buffersSingle),
        ("libBuffersSoloTA.so", buffersSolo),
        ("libBuffersKeepAliveTA.so", buffersKeepAlive),
        ("libKeystoreTA.so", keystore),
        ("libStorageTA.so", storage),
    ]

    /// A UUID nobody installs.
    static let missing = TEEUUID("00000000-1111-2222-3333-444444444444")!
}

/// Commands of Examples/buffers/include/buffers_ta.h.
enum Buffers {
    static let nop: UInt32 = 0
    static let checksum: UInt32 = 1
    static let fill: UInt32 = 2
    static let reverse: UInt32 = 3
    static let wait: UInt32 = 4
    static let crash: UInt32 = 5
    static let tryNetwork: UInt32 = 6
    static let whoami: UInt32 = 7
    static let secret: UInt32 = 8
    static let instance: UInt32 = 9

    enum Crash: UInt32, CaseIterable, Sendable {
        case panic = 0, abort = 1, segfault = 2, trap = 3, hang = 4
    }

    /// What BUFFERS_CMD_SECRET hands out: 0xA0, 0xA1, … 0xBF.
    static let secretBytes: [UInt8] = (0..<32).map { 0xA0 + UInt8($0) }
}

/// Commands of Examples/hello-world/include/hello_world_ta.h.
enum HelloWorld {
    static let increment: UInt32 = 0
    static let decrement: UInt32 = 1
}

/// FNV-1a, 32 bits, as BUFFERS_CMD_CHECKSUM computes it.
func fnv1a<S: Sequence<UInt8>>(_ bytes: S) -> UInt32 {
    bytes.reduce(0x811c_9dc5) { ($0 ^ UInt32($1)) &* 0x0100_0193 }
}

extension TEESession {
    /// BUFFERS_CMD_INSTANCE: the TA host's pid and the sessions open on its instance.
    func instanceInfo() throws(TEEError) -> (pid: pid_t, sessions: UInt32) {
        let v = try invoke(Buffers.instance, .valueOutput).value(0)
        return (pid_t(bitPattern: v.a), v.b)
    }

    /// BUFFERS_CMD_CHECKSUM over `bytes` as a temporary input memref.
    func checksum(_ bytes: [UInt8]) throws(TEEError) -> (hash: UInt32, count: UInt32) {
        let v = try invoke(Buffers.checksum, .tempInput(bytes), .valueOutput).value(1)
        return (v.a, v.b)
    }

    /// hello-world's INC_VALUE.
    func increment(_ value: UInt32) throws(TEEError) -> UInt32 {
        try invoke(HelloWorld.increment, .valueInout(a: value)).value(0).a
    }
}

/// The error a throwing TEE call ended with, or nil if it succeeded.
func teeError<T>(_ body: () throws -> T) -> TEEError? {
    do {
        _ = try body()
        return nil
    } catch let error as TEEError {
        return error
    } catch {
        Issue.record("expected a TEEError, got \(error)")
        return nil
    }
}
