import CTEECrypto

/// Comparisons of secrets and digests whose timing does not depend on where they differ.
public enum ConstantTime {
    public static func equal(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        let a = Array(a), b = Array(b)
        guard a.count == b.count else { return false }
        return a.withUnsafeBytes { x in b.withUnsafeBytes { y in stee_equal_ct(x.baseAddress, y.baseAddress, x.count) == 1 } }
    }
}
