/// Appends little-endian fields to a byte buffer. Callers reuse one writer on hot paths
/// (`reset()` keeps the capacity).
public struct WireWriter: Sendable {
    public private(set) var bytes: [UInt8]

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    public mutating func u8(_ v: UInt8) { bytes.append(v) }
    public mutating func u16(_ v: UInt16) { append(v.littleEndian) }
    public mutating func u32(_ v: UInt32) { append(v.littleEndian) }
    public mutating func u64(_ v: UInt64) { append(v.littleEndian) }
    public mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    public mutating func raw<C: Collection<UInt8>>(_ data: C) { bytes.append(contentsOf: data) }
    public mutating func raw(_ data: UnsafeRawBufferPointer) { bytes.append(contentsOf: data) }

    /// A u32 length followed by the bytes.
    public mutating func blob<C: Collection<UInt8>>(_ data: C) {
        u32(UInt32(data.count))
        bytes.append(contentsOf: data)
    }

    public mutating func string(_ s: String) { blob(Array(s.utf8)) }
    public mutating func uuid(_ u: TEEUUID) { bytes.append(contentsOf: u.octets) }

    private mutating func append<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v) { bytes.append(contentsOf: $0) }
    }
}
