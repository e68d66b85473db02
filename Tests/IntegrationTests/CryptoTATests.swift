import Testing
import TEEClient

/// Published vectors through the GP C API in a real TA (Tests/Fixtures/c/crypto_test_ta),
/// fed whole and in pieces.
extension Integration {
    @Suite("GP cryptography from a C TA")
    struct CryptoTATests {
        static let algSHA256: UInt32 = 0x5000_0004, algSHA3_256: UInt32 = 0x5000_0009, algSHAKE128: UInt32 = 0x5000_0101
        static let modeDigest: UInt32 = 5

        @Test("digests: known answers whole and in 1, 7 and 64-byte pieces; SHAKE extracts any length")
        func digests() throws {
            try withCryptoTA { ta in
                let abc = Array("abc".utf8)
                let million = [UInt8](repeating: 0x61, count: 1000)
                for chunk in [0, 1, 7, 64] {
                    let sha256 = try ta.run(.digest, algorithm: Self.algSHA256, mode: Self.modeDigest, chunk: chunk, data: abc, capacity: 32)
                    #expect(sha256.hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "chunk \(chunk)")
                    let sha3 = try ta.run(.digest, algorithm: Self.algSHA3_256, mode: Self.modeDigest, chunk: chunk, data: abc, capacity: 32)
                    #expect(sha3.hex == "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532", "chunk \(chunk)")
                    // 1000 × 'a' (sha256sum of the same bytes).
                    let long = try ta.run(.digest, algorithm: Self.algSHA256, mode: Self.modeDigest, chunk: chunk, data: million, capacity: 32)
                    #expect(long.hex == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3", "chunk \(chunk)")
                }
                let shake = try ta.run(.digest, algorithm: Self.algSHAKE128, mode: Self.modeDigest, data: [], capacity: 32)
                #expect(shake.hex == "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26")
                // A short output buffer is SHORT_BUFFER, not a truncated digest.
                let short = teeError { try ta.run(.digest, algorithm: Self.algSHA256, mode: Self.modeDigest, data: abc, capacity: 31) }
                #expect(short?.result == .shortBuffer)
                // Unknown algorithms: NOT_SUPPORTED.
                let unknown = teeError { try ta.run(.digest, algorithm: 0x5000_00FF, mode: Self.modeDigest, data: abc, capacity: 32) }
                #expect(unknown?.result == .notSupported)
            }
        }

        private func withCryptoTA(_ body: (CryptoTA) throws -> Void) throws {
            let kit = try CDevKit.shared.get()
            let tee = try kit.startTEE(installing: ["crypto_test_ta"])
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let session = try context.openSession(uuid: CryptoTA.uuid)
            defer { session.close() }
            try body(CryptoTA(session: session))
        }
    }
}

extension Array where Element == UInt8 {
    var hex: String { map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }
}
