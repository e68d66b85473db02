import CTEECryptoBackend

/// 32 bytes of key material (the HUK and everything derived from it): one heap block that
/// Swift never copies, wiped when the last reference goes. Never printed.
public final class StorageKey: @unchecked Sendable, CustomStringConvertible {
    public static let byteCount = 32
    private let storage: UnsafeMutableRawBufferPointer

    /// Takes `bytes` (exactly 32) and wipes the caller's array.
    public init?(consuming bytes: inout [UInt8]) {
        guard bytes.count == Self.byteCount else { return nil }
        storage = .allocate(byteCount: Self.byteCount, alignment: 16)
        bytes.withUnsafeMutableBytes { source in
            storage.copyMemory(from: UnsafeRawBufferPointer(source))
            stee_cleanse(source.baseAddress, source.count)
        }
    }

    /// Fills a key with `fill` (which must write all 32 bytes). The buffer is filled before
    /// it becomes the key's, so a throwing `fill` frees it here and `deinit` never sees it.
    init<E: Error>(filling fill: (UnsafeMutableRawBufferPointer) throws(E) -> Void) throws(E) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.byteCount, alignment: 16)
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
        do throws(E) {
            try fill(buffer)
        } catch {
            stee_cleanse(buffer.baseAddress, buffer.count)
            buffer.deallocate()
            throw error
        }
        storage = buffer
    }

    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(storage))
    }

    public var description: String { "StorageKey(32 bytes, redacted)" }

    deinit {
        stee_cleanse(storage.baseAddress, storage.count)
        storage.deallocate()
    }
}
