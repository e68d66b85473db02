/// Typed-throws access to array storage (Array's own closures rethrow untyped errors).
func withBytes<T>(_ array: [UInt8], _ body: (UnsafeRawBufferPointer) throws(GPFault) -> T) throws(GPFault) -> T {
    let result: Result<T, GPFault> = array.withUnsafeBytes { raw in
        do throws(GPFault) { return .success(try body(raw)) } catch { return .failure(error) }
    }
    return try result.get()
}

func withMutableBytes<T>(_ array: inout [UInt8], _ body: (UnsafeMutableRawBufferPointer) throws(GPFault) -> T) throws(GPFault) -> T {
    let result: Result<T, GPFault> = array.withUnsafeMutableBytes { raw in
        do throws(GPFault) { return .success(try body(raw)) } catch { return .failure(error) }
    }
    return try result.get()
}
