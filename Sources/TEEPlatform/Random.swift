import CTEEShims

/// The kernel CSPRNG.
public enum SystemRandom {
    public static func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(PlatformError) {
        _ = try PlatformError.check("getrandom", stee_random(buffer.baseAddress, buffer.count))
    }
}
