/// Reads little-endian fields with a bounds check on every read.
public struct WireReader {
    private let bytes: UnsafeRawBufferPointer
    public private(set) var offset = 0

    public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    public var remaining: Int { bytes.count - offset }

    public mutating func u8() throws(WireError) -> UInt8 { try fixed() }
    public mutating func u16() throws(WireError) -> UInt16 { UInt16(littleEndian: try fixed()) }
    public mutating func u32() throws(WireError) -> UInt32 { UInt32(littleEndian: try fixed()) }
    public mutating func u64() throws(WireError) -> UInt64 { UInt64(littleEndian: try fixed()) }

    public mutating func bool() throws(WireError) -> Bool {
        switch try u8() {
        case 0: return false
        case 1: return true
        default: throw .invalidField("bool")
        }
    }

    public mutating func raw(_ count: Int) throws(WireError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= remaining else { throw .truncated }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    public mutating func blob(max: Int = Int(Int32.max)) throws(WireError) -> [UInt8] {
        let count = Int(try u32())
        guard count <= max else { throw .tooLarge(count) }
        return Array(try raw(count))
    }

    public mutating func string(max: Int = 1 << 16) throws(WireError) -> String {
        String(decoding: try blob(max: max), as: UTF8.self)
    }

    public mutating func uuid() throws(WireError) -> TEEUUID {
        TEEUUID(octets: Array(try raw(16)))!
    }

    /// Decoding must consume the whole datagram: trailing bytes are a malformed message.
    public func finish() throws(WireError) {
        guard remaining == 0 else { throw .trailingBytes(remaining) }
    }

    private mutating func fixed<T: FixedWidthInteger>() throws(WireError) -> T {
        let size = MemoryLayout<T>.size
        guard size <= remaining else { throw .truncated }
        var v = T.zero
        withUnsafeMutableBytes(of: &v) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + size])) }
        offset += size
        return v
    }
}
