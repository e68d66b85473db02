import CTEECryptoBackend

/// Bytes of key material: one heap block, never copied by Swift's copy-on-write, wiped
/// when the last reference goes.
public final class SecureBytes: @unchecked Sendable {
    public let count: Int
    private let storage: UnsafeMutableRawBufferPointer

    public init(count: Int) {
        self.count = count
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 16)
        storage.initializeMemory(as: UInt8.self, repeating: 0)
    }

    public convenience init(_ bytes: UnsafeRawBufferPointer) {
        self.init(count: bytes.count)
        if bytes.count > 0 { storage.copyMemory(from: bytes) }
    }

    public convenience init(_ bytes: [UInt8]) {
        self.init(count: bytes.count)
        bytes.withUnsafeBytes { if $0.count > 0 { storage.copyMemory(from: $0) } }
    }

    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(rebasing: storage[0..<count]))
    }

    public func withUnsafeMutableBytes<R, E: Error>(_ body: (UnsafeMutableRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeMutableRawBufferPointer(rebasing: storage[0..<count]))
    }

    /// A copy the caller owns (for tests and for handing bytes out to the TA).
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    public func copy() -> SecureBytes { withUnsafeBytes { SecureBytes($0) } }

    deinit {
        stee_cleanse(storage.baseAddress, storage.count)
        storage.deallocate()
    }
}
