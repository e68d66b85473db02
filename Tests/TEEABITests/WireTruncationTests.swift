import Testing
import TEEABI

/// A peer controls every byte it sends: short, long or mangled datagrams must end in a
/// thrown `WireError`, never in a trap.
@Suite("Wire codec: truncated, padded and mangled datagrams")
struct WireTruncationTests {
    @Test("every proper prefix of a valid datagram is refused as truncated", arguments: Samples.all)
    func everyTruncation(_ sample: WireSample) {
        for length in 0..<sample.datagram.count {
            let prefix = Array(sample.datagram.prefix(length))
            do throws(WireError) {
                let decoded = try sample.decodesToOriginal(prefix)
                Issue.record("a \(length)-byte prefix of \(sample.datagram.count) decoded (equal: \(decoded))")
            } catch {
                #expect(error == .truncated, "prefix of \(length) bytes")
            }
        }
    }

    @Test("trailing bytes after a complete message are refused", arguments: Samples.all)
    func trailingBytes(_ sample: WireSample) {
        for extra in [[UInt8](repeating: 0, count: 1), [0xFF, 0xFF, 0xFF], [UInt8](repeating: 0x41, count: 64)] {
            do throws(WireError) {
                _ = try sample.decodesToOriginal(sample.datagram + extra)
                Issue.record("\(extra.count) trailing bytes accepted")
            } catch {
                #expect(error == .trailingBytes(extra.count))
            }
        }
    }

    @Test("random corruption of valid datagrams never traps", arguments: Samples.all)
    func mangledNeverTraps(_ sample: WireSample) {
        var rng = SplitMix64(seed: UInt64(sample.datagram.count) &* 0x9E37_79B9)
        for _ in 0..<300 {
            var bytes = sample.datagram
            // Keep the header mostly intact so the body decoders are what gets exercised.
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let i = Int.random(in: 0..<bytes.count, using: &rng)
                bytes[i] = UInt8.random(in: 0...255, using: &rng)
            }
            if Bool.random(using: &rng) { bytes.removeLast(Int.random(in: 0...min(8, bytes.count), using: &rng)) }
            _ = try? sample.decodesToOriginal(bytes)
            decodeAsEveryType(bytes)
        }
    }

    @Test("random garbage never traps, whatever type it is decoded as")
    func garbageNeverTraps() {
        var rng = SplitMix64(seed: 2024)
        for _ in 0..<2000 {
            let count = Int.random(in: 0...96, using: &rng)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            if count >= 4 && Bool.random(using: &rng) {
                // A valid header in front of random bodies reaches the body decoders.
                bytes[0] = 0x53; bytes[1] = 0x54; bytes[2] = 1
                bytes[3] = Samples.all.randomElement(using: &rng)!.datagram[3]
            }
            decodeAsEveryType(bytes)
        }
    }

    @Test("huge declared lengths and counts are refused without allocating them")
    func hugeLengths() {
        // HostLog with a 4 GiB message.
        var log = WireWriter()
        WireHeader(.hostLog).encode(into: &log)
        log.u8(1)
        log.u32(0xFFFF_FFFF)
        #expect(decodeError(log.bytes, as: HostLog.self) == .tooLarge(0xFFFF_FFFF))
        // ErrorReply messages are capped at 4096 bytes.
        #expect(decodeError(ErrorReply(result: .generic, message: String(repeating: "x", count: 4097)).datagram(),
                            as: ErrorReply.self) == .tooLarge(4097))
        // StatusReply claiming 2^32-1 installed TAs / instances.
        var status = WireWriter()
        WireHeader(.statusReply).encode(into: &status)
        status.string("v")
        status.u32(1)
        status.string("/ta")
        status.u32(0xFFFF_FFFF)
        #expect(decodeError(status.bytes, as: StatusReply.self) == .truncated)
        var instances = WireWriter()
        WireHeader(.statusReply).encode(into: &instances)
        instances.string("v")
        instances.u32(1)
        instances.string("/ta")
        instances.u32(0)
        instances.u32(0x1000_0000)
        instances.raw([UInt8](repeating: 0, count: 28))
        #expect(decodeError(instances.bytes, as: StatusReply.self) == .truncated)
    }

    private func decodeAsEveryType(_ bytes: [UInt8]) {
        _ = decodeError(bytes, as: OpenSessionRequest.self)
        _ = decodeError(bytes, as: OpenSessionReply.self)
        _ = decodeError(bytes, as: CloseSessionRequest.self)
        _ = decodeError(bytes, as: ResultReply.self)
        _ = decodeError(bytes, as: ErrorReply.self)
        _ = decodeError(bytes, as: StatusRequest.self)
        _ = decodeError(bytes, as: StatusReply.self)
        _ = decodeError(bytes, as: StorageRequest.self)
        _ = decodeError(bytes, as: StorageReply.self)
        _ = decodeError(bytes, as: HostLoad.self)
        _ = decodeError(bytes, as: HostLoaded.self)
        _ = decodeError(bytes, as: HostOpenSession.self)
        _ = decodeError(bytes, as: HostOpenSessionReply.self)
        _ = decodeError(bytes, as: HostCloseSession.self)
        _ = decodeError(bytes, as: HostCloseSessionReply.self)
        _ = decodeError(bytes, as: HostShutdown.self)
        _ = decodeError(bytes, as: HostLog.self)
        _ = decodeError(bytes, as: InvokeRequest.self)
        _ = decodeError(bytes, as: InvokeReply.self)
        _ = decodeError(bytes, as: CancelRequest.self)
        _ = decodeError(bytes, as: ReleaseSharedMemory.self)
    }
}

/// A small deterministic generator, so a failure reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
