/// Array's buffer accessors rethrow untyped errors; these keep GP's typed `GPFault`.
extension Array where Element == UInt8 {
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws(GPFault) -> R) throws(GPFault) -> R {
        var result: Result<R, GPFault>?
        withUnsafeBytes { bytes in result = Result { () throws(GPFault) in try body(bytes) } }
        return try result!.get()
    }

    mutating func withMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws(GPFault) -> R) throws(GPFault) -> R {
        var result: Result<R, GPFault>?
        withUnsafeMutableBytes { bytes in result = Result { () throws(GPFault) in try body(bytes) } }
        return try result!.get()
    }
}
