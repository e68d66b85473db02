/// A running CBC encryption kept only for its last ciphertext block: the CBC-MAC under
/// TEE_ALG_*_CBC_MAC_* and inside CCM. Input arrives in any pieces.
final class CBCChain {
    let blockSize: Int
    private let cbc: BackendCipher
    /// Less than a block of input not yet encrypted.
    private(set) var pending: [UInt8] = []
    /// The last ciphertext block (the IV before any).
    private(set) var last: [UInt8] = []
    private var scratch = [UInt8](repeating: 0, count: CBCChain.scratchSize)
    private static let scratchSize = 4096

    init(cbc: BackendCipher, blockSize: Int) {
        self.cbc = cbc
        self.blockSize = blockSize
    }

    func copy() throws(GPFault) -> CBCChain {
        let copy = CBCChain(cbc: try cbc.copy(), blockSize: blockSize)
        copy.pending = pending
        copy.last = last
        return copy
    }

    func restart(iv: [UInt8]) throws(GPFault) {
        try cbc.restart(iv: iv)
        last = iv
        pending = []
    }

    func absorb(_ data: UnsafeRawBufferPointer) throws(GPFault) {
        var used = 0
        if !pending.isEmpty {
            used = min(blockSize - pending.count, data.count)
            pending.append(contentsOf: data.prefix(used))
            guard pending.count == blockSize else { return }
            try encrypt(pending)
            pending = []
        }
        let whole = (data.count - used) / blockSize * blockSize
        var done = 0
        while done < whole {
            let piece = min(whole - done, Self.scratchSize)
            try encrypt(UnsafeRawBufferPointer(rebasing: data[used + done..<used + done + piece]))
            done += piece
        }
        pending.append(contentsOf: data[(used + whole)...])
    }

    func absorb(_ data: [UInt8]) throws(GPFault) {
        try data.withBytes { (d) throws(GPFault) in try absorb(d) }
    }

    /// Completes a partial block with zeros (CCM's padding).
    func padWithZeros() throws(GPFault) {
        guard !pending.isEmpty else { return }
        try absorb([UInt8](repeating: 0, count: blockSize - pending.count))
    }

    private func encrypt(_ blocks: [UInt8]) throws(GPFault) {
        try blocks.withBytes { (b) throws(GPFault) in try encrypt(b) }
    }

    private func encrypt(_ blocks: UnsafeRawBufferPointer) throws(GPFault) {
        let n = try scratch.withMutableBytes { (s) throws(GPFault) in try cbc.update(blocks, into: s.baseAddress) }
        last = Array(scratch[(n - blockSize)..<n])
    }
}
