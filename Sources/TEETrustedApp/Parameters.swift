import CTEETAABI

/// Typed access to an entry point's four parameters. Memrefs point either into shared
/// memory the client mapped (zero copy) or into a TA-private copy; both are already
/// bounds-checked by the runtime.
public struct Parameters {
    public let types: ParameterTypes
    private let raw: UnsafeMutablePointer<stee_param>

    init(types: ParameterTypes, raw: UnsafeMutablePointer<stee_param>) {
        self.types = types
        self.raw = raw
    }

    /// Throws `.badParameters` unless the types are exactly these (the usual first line of
    /// a GP entry point).
    public func expect(_ t0: ParameterType = .none, _ t1: ParameterType = .none,
                       _ t2: ParameterType = .none, _ t3: ParameterType = .none) throws(TEEResult) {
        guard types == ParameterTypes(t0, t1, t2, t3) else { throw .badParameters }
    }

    // MARK: Values

    public func value(_ index: Int) -> (a: UInt32, b: UInt32) {
        precondition(types[index].isValue, "parameter \(index) is not a value")
        return (raw[index].value.a, raw[index].value.b)
    }

    public mutating func setValue(_ index: Int, a: UInt32, b: UInt32 = 0) {
        precondition(types[index].isValue, "parameter \(index) is not a value")
        raw[index].value.a = a
        raw[index].value.b = b
    }

    // MARK: Memory references

    /// The size of memref `index` (what the client provided, or what the TA set).
    public func size(_ index: Int) -> Int {
        precondition(types[index].isMemref, "parameter \(index) is not a memref")
        return raw[index].memref.size
    }

    /// Sets the size reported back to the client: the bytes written, or the size needed
    /// alongside `.shortBuffer`.
    public mutating func setSize(_ index: Int, _ size: Int) {
        precondition(types[index].isMemref, "parameter \(index) is not a memref")
        raw[index].memref.size = size
    }

    /// A copy of an input memref's bytes.
    public func bytes(_ index: Int) -> [UInt8] { withBytes(index) { Array($0) } }

    /// Reads an input or inout memref in place.
    public func withBytes<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        precondition(types[index].isMemref && types[index].isInput, "parameter \(index) is not an input memref")
        return try body(UnsafeRawBufferPointer(start: raw[index].memref.buffer, count: raw[index].memref.size))
    }

    /// Writes an output or inout memref in place (its full capacity).
    public func withMutableBytes<R>(_ index: Int, _ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        precondition(types[index].isMemref && types[index].isOutput, "parameter \(index) is not an output memref")
        return try body(UnsafeMutableRawBufferPointer(start: raw[index].memref.buffer, count: raw[index].memref.size))
    }

    /// Copies `bytes` into output memref `index` and sets its size; when they do not fit,
    /// sets the size needed and throws `.shortBuffer`, as GP prescribes.
    public mutating func write<C: Collection<UInt8>>(_ index: Int, _ bytes: C) throws(TEEResult) {
        let capacity = size(index)
        guard bytes.count <= capacity else {
            setSize(index, bytes.count)
            throw .shortBuffer
        }
        withMutableBytes(index) { $0.copyBytes(from: bytes) }
        setSize(index, bytes.count)
    }

    /// The address of a memref, for TAs that must hand it to C code.
    public func baseAddress(_ index: Int) -> UnsafeMutableRawPointer? { raw[index].memref.buffer }
}
