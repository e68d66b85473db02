import Testing
import TEEABI
@testable import TEECrypto

/// A reproducible source of piece sizes and test data (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8.random(in: 0...255, using: &self) } }

    /// `data` cut into random-sized pieces, empty ones included.
    mutating func pieces(_ data: [UInt8], maxPiece: Int = 41) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var at = 0
        while at < data.count {
            let n = min(Int.random(in: 0...maxPiece, using: &self), data.count - at)
            out.append(Array(data[at..<at + n]))
            at += n
        }
        return out
    }
}

/// A symmetric key object holding `hex`, its usage optionally restricted.
func secretKey(_ type: GPObjectType, _ hex: String, usage: GPUsage? = nil) throws -> GPObject {
    try secretKey(type, [UInt8](hex: hex), usage: usage)
}

func secretKey(_ type: GPObjectType, _ bytes: [UInt8], usage: GPUsage? = nil) throws -> GPObject {
    let key = try GPObject(type: type, maxObjectSize: UInt32(bytes.count * 8))
    try key.populate([GPAttribute(.secretValue, bytes: bytes)])
    if let usage { key.restrictUsage(usage) }
    return key
}

/// An operation with its keys set; maxKeySize defaults to what the keys need.
func keyedOperation(_ algorithm: GPAlgorithm, _ mode: GPOperationMode, _ keys: [GPObject],
                    maxKeySize: UInt32? = nil) throws -> GPOperation {
    let largest = keys.map(\.objectSize).max() ?? 0
    let op = try GPOperation(algorithm: algorithm, mode: mode, maxKeySize: maxKeySize ?? largest * UInt32(keys.count))
    try op.setKeys(keys)
    return op
}

func isPanic(_ fault: GPFault?) -> Bool {
    if case .panic? = fault { return true }
    return false
}

/// Calls with byte arrays in place of buffers.
extension GPOperation {
    func update(_ input: [UInt8], capacity: Int? = nil) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: capacity ?? input.count + 64)
        let n = try input.withUnsafeBytes { i in try out.withUnsafeMutableBytes { o in try cipherUpdate(i, into: o) } }
        return Array(out.prefix(n))
    }

    func final(_ input: [UInt8], capacity: Int? = nil) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: capacity ?? input.count + 64)
        let n = try input.withUnsafeBytes { i in try out.withUnsafeMutableBytes { o in try cipherDoFinal(i, into: o) } }
        return Array(out.prefix(n))
    }

    func initCipher(_ iv: [UInt8]) throws {
        try iv.withUnsafeBytes { try cipherInit(iv: $0) }
    }

    /// Init, then `pieces` through TEE_CipherUpdate (checking each announced size), then
    /// the last piece through TEE_CipherDoFinal.
    func cipher(iv: [UInt8], pieces: [[UInt8]], last: [UInt8] = []) throws -> [UInt8] {
        try initCipher(iv)
        var out: [UInt8] = []
        for piece in pieces {
            let size = try cipherUpdateSize(piece.count)
            let produced = try update(piece, capacity: size)
            #expect(produced.count == size)
            out += produced
        }
        let size = try cipherFinalSize(last.count)
        let produced = try final(last, capacity: size)
        #expect(produced.count == size)
        return out + produced
    }
}

extension GPOperation {
    func initMAC(_ iv: [UInt8] = []) throws {
        try iv.withUnsafeBytes { try macInit(iv: $0) }
    }

    func macUpdate(_ chunk: [UInt8]) throws {
        try chunk.withUnsafeBytes { try macUpdate($0) }
    }

    func computeMAC(_ message: [UInt8], capacity: Int? = nil) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: capacity ?? 64)
        let n = try message.withUnsafeBytes { m in try out.withUnsafeMutableBytes { o in try macComputeFinal(m, into: o) } }
        return Array(out.prefix(n))
    }

    func compareMAC(_ message: [UInt8], _ expected: [UInt8]) throws {
        try message.withUnsafeBytes { m in try expected.withUnsafeBytes { e in try macCompareFinal(m, expected: e) } }
    }

    /// Init, the pieces through TEE_MACUpdate, `last` through TEE_MACComputeFinal.
    func mac(iv: [UInt8] = [], pieces: [[UInt8]], last: [UInt8] = []) throws -> [UInt8] {
        try initMAC(iv)
        for piece in pieces { try macUpdate(piece) }
        return try computeMAC(last)
    }
}

extension GPOperation {
    func initAE(_ nonce: [UInt8], tagBits: Int, aadLength: Int = 0, payloadLength: Int = 0) throws {
        try nonce.withUnsafeBytes { try aeInit(nonce: $0, tagBits: tagBits, aadLength: aadLength, payloadLength: payloadLength) }
    }

    func aad(_ chunk: [UInt8]) throws {
        try chunk.withUnsafeBytes { try aeUpdateAAD($0) }
    }

    func aeUpdate(_ input: [UInt8], capacity: Int? = nil) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: capacity ?? input.count)
        let n = try input.withUnsafeBytes { i in try out.withUnsafeMutableBytes { o in try aeUpdate(i, into: o) } }
        return Array(out.prefix(n))
    }

    func encryptFinal(_ input: [UInt8], capacity: Int? = nil, tagCapacity: Int = 16) throws -> (out: [UInt8], tag: [UInt8]) {
        var out = [UInt8](repeating: 0, count: capacity ?? input.count)
        var tag = [UInt8](repeating: 0, count: tagCapacity)
        let (n, t) = try input.withUnsafeBytes { i in
            try out.withUnsafeMutableBytes { o in try tag.withUnsafeMutableBytes { g in try aeEncryptFinal(i, into: o, tag: g) } }
        }
        return (Array(out.prefix(n)), Array(tag.prefix(t)))
    }

    /// `out` starts filled with 0xEE, so a refused tag shows whether anything was written.
    func decryptFinal(_ input: [UInt8], tag: [UInt8], out: inout [UInt8]) throws -> Int {
        try input.withUnsafeBytes { i in
            try out.withUnsafeMutableBytes { o in try tag.withUnsafeBytes { g in try aeDecryptFinal(i, into: o, tag: g) } }
        }
    }

    /// Init, AAD and payload in the given pieces, the last piece through the final call.
    func seal(nonce: [UInt8], tagBits: Int, aad: [[UInt8]], pieces: [[UInt8]], last: [UInt8]) throws -> (out: [UInt8], tag: [UInt8]) {
        try initAE(nonce, tagBits: tagBits, aadLength: aad.joined().count, payloadLength: pieces.joined().count + last.count)
        for chunk in aad { try self.aad(chunk) }
        var out: [UInt8] = []
        for piece in pieces { out += try aeUpdate(piece) }
        let (rest, tag) = try encryptFinal(last)
        return (out + rest, tag)
    }

    func open(nonce: [UInt8], tag: [UInt8], aad: [[UInt8]], pieces: [[UInt8]], last: [UInt8]) throws -> [UInt8] {
        try initAE(nonce, tagBits: tag.count * 8, aadLength: aad.joined().count, payloadLength: pieces.joined().count + last.count)
        for chunk in aad { try self.aad(chunk) }
        var out: [UInt8] = []
        for piece in pieces { out += try aeUpdate(piece) }
        var rest = [UInt8](repeating: 0xEE, count: last.count)
        let n = try decryptFinal(last, tag: tag, out: &rest)
        return out + rest.prefix(n)
    }
}
