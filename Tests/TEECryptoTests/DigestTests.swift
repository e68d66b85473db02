import Testing
import TEEABI
@testable import TEECrypto

/// Digests through GP operations, against published answers (FIPS 180 / 202 examples,
/// RFC 1321), fed whole and in pieces, with GP's state rules.
@Suite("digests")
struct DigestTests {
    static let abc = Array("abc".utf8)

    /// (algorithm, digest of "abc")
    static let vectors: [(GPAlgorithm, String)] = [
        (.md5, "900150983cd24fb0d6963f7d28e17f72"),
        (.sha1, "a9993e364706816aba3e25717850c26c9cd0d89d"),
        (.sha224, "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"),
        (.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (.sha384, "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"),
        (.sha512, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
        (.sha3_224, "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf"),
        (.sha3_256, "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"),
        (.sha3_384, "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25"),
        (.sha3_512, "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0"),
    ]

    @Test("known answers, whole and byte by byte", arguments: vectors)
    func knownAnswers(algorithm: GPAlgorithm, expected: String) throws {
        let op = try GPOperation(algorithm: algorithm, mode: .digest, maxKeySize: 0)
        #expect(op.outputLength == expected.count / 2)
        #expect(try final(op, Self.abc).hex == expected)
        // The operation is ready for the next message; pieces give the same digest.
        for byte in Self.abc { try [byte].withUnsafeBytes { b in try op.digestUpdate(b) } }
        #expect(op.state == .active)
        #expect(try final(op, []).hex == expected)
        #expect(op.state == .initial)
    }

    @Test("SHAKE output comes in as many extracts as wanted; DoFinal on it panics")
    func shake() throws {
        let op = try GPOperation(algorithm: .shake128, mode: .digest, maxKeySize: 0)
        try [UInt8]().withUnsafeBytes { b in try op.digestUpdate(b) }
        var first = [UInt8](repeating: 0, count: 10), second = [UInt8](repeating: 0, count: 22)
        try first.withUnsafeMutableBytes { b in try op.digestExtract(into: b) }
        try second.withUnsafeMutableBytes { b in try op.digestExtract(into: b) }
        // FIPS 202: SHAKE128("") starts 7f9c2ba4e88f827d616045507605853e…
        #expect((first + second).hex == "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26")
        #expect(op.state == .extracting)
        #expect(throws: GPFault.self) { try [UInt8]().withUnsafeBytes { b in try op.digestUpdate(b) } }
        let other = try GPOperation(algorithm: .shake256, mode: .digest, maxKeySize: 0)
        var out = [UInt8](repeating: 0, count: 32)
        let fault = faultOf { try out.withUnsafeMutableBytes { b in _ = try other.digestDoFinal(UnsafeRawBufferPointer(start: nil, count: 0), into: b) } }
        #expect(fault.map { if case .panic = $0 { true } else { false } } == true)
    }

    @Test("a short output buffer is SHORT_BUFFER and loses nothing; copies are independent")
    func shortBufferAndCopy() throws {
        let op = try GPOperation(algorithm: .sha256, mode: .digest, maxKeySize: 0)
        try Self.abc.withUnsafeBytes { b in try op.digestUpdate(b) }
        let copy = try GPOperation(algorithm: .sha256, mode: .digest, maxKeySize: 0)
        try copy.copy(from: op)
        var small = [UInt8](repeating: 0, count: 31)
        let fault = faultOf { try small.withUnsafeMutableBytes { b in _ = try op.digestDoFinal(UnsafeRawBufferPointer(start: nil, count: 0), into: b) } }
        #expect(fault == .result(.shortBuffer))
        #expect(try final(op, []).hex == Self.vectors[3].1)
        #expect(try final(copy, []).hex == Self.vectors[3].1)
    }

    @Test("unknown algorithms and wrong modes are NOT_SUPPORTED")
    func notSupported() {
        #expect(faultOf { _ = try GPOperation(algorithm: GPAlgorithm(rawValue: 0x5000_00FF), mode: .digest, maxKeySize: 0) } == .result(.notSupported))
        #expect(faultOf { _ = try GPOperation(algorithm: .sha256, mode: .encrypt, maxKeySize: 0) } == .result(.notSupported))
        #expect(GPEngines.isSupported(algorithm: .sha256, element: 0))
        #expect(!GPEngines.isSupported(algorithm: GPAlgorithm(rawValue: 0xEFFF_FFFF), element: 0))
    }

    private func final(_ op: GPOperation, _ last: [UInt8]) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 64)
        let input = last
        let n = try out.withUnsafeMutableBytes { b in
            try input.withUnsafeBytes { i in try op.digestDoFinal(i, into: b) }
        }
        return Array(out.prefix(n))
    }
}

/// The fault a GP call ended with, or nil.
func faultOf(_ body: () throws -> Void) -> GPFault? {
    do {
        try body()
        return nil
    } catch let fault as GPFault {
        return fault
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}
