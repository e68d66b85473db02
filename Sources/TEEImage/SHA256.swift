import CTEECrypto

/// SHA-256 and HMAC-SHA256 (OpenSSL).
public enum SHA256 {
    public static let size = 32

    public static func hash(_ bytes: [UInt8]) throws(TAImageError) -> [UInt8] {
        try hash(bytes, ranges: [bytes.indices])
    }

    /// The digest of `ranges` of `bytes`, hashed in order as if they were contiguous.
    public static func hash(_ bytes: [UInt8], ranges: [Range<Int>]) throws(TAImageError) -> [UInt8] {
        precondition(ranges.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= bytes.count })
        var out = [UInt8](repeating: 0, count: size)
        let rc = bytes.withUnsafeBytes { raw in
            let spans = ranges.map { stee_span(data: $0.isEmpty ? nil : UnsafeRawPointer(raw.baseAddress! + $0.lowerBound), len: $0.count) }
            return out.withUnsafeMutableBufferPointer { stee_sha256_spans(spans, spans.count, $0.baseAddress) }
        }
        guard rc == 0 else { throw .crypto("SHA-256", code: rc) }
        return out
    }

    public static func hmac(key: [UInt8], _ data: [UInt8]) throws(TAImageError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: size)
        let rc = key.withUnsafeBytes { k in
            data.withUnsafeBytes { d in
                out.withUnsafeMutableBufferPointer { stee_hmac_sha256(k.baseAddress, k.count, d.baseAddress, d.count, $0.baseAddress) }
            }
        }
        guard rc == 0 else { throw .crypto("HMAC-SHA256", code: rc) }
        return out
    }
}
