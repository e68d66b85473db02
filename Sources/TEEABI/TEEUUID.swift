/// A GP UUID (`TEEC_UUID` / `TEE_UUID`), stored as its 16 big-endian octets.
public struct TEEUUID: Hashable, Sendable, CustomStringConvertible, Comparable {
    public var octets: [UInt8]

    public static let nil_ = TEEUUID(octets: [UInt8](repeating: 0, count: 16))!

    public init?(octets: [UInt8]) {
        guard octets.count == 16 else { return nil }
        self.octets = octets
    }

    /// From the fields of `TEEC_UUID`.
    public init(timeLow: UInt32, timeMid: UInt16, timeHiAndVersion: UInt16, clockSeqAndNode: [UInt8]) {
        var bytes = [UInt8]()
        bytes.reserveCapacity(16)
        bytes += withUnsafeBytes(of: timeLow.bigEndian, Array.init)
        bytes += withUnsafeBytes(of: timeMid.bigEndian, Array.init)
        bytes += withUnsafeBytes(of: timeHiAndVersion.bigEndian, Array.init)
        bytes += clockSeqAndNode.prefix(8)
        bytes += [UInt8](repeating: 0, count: 16 - bytes.count)
        self.octets = bytes
    }

    /// Parses the canonical `8-4-4-4-12` form (case-insensitive).
    public init?(_ string: String) {
        let groups = string.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return nil }
        guard let bytes = Hex.decode(groups.joined()) else { return nil }
        self.octets = bytes
    }

    public var timeLow: UInt32 { octets[0..<4].reduce(0) { $0 << 8 | UInt32($1) } }
    public var timeMid: UInt16 { UInt16(octets[4]) << 8 | UInt16(octets[5]) }
    public var timeHiAndVersion: UInt16 { UInt16(octets[6]) << 8 | UInt16(octets[7]) }
    public var clockSeqAndNode: [UInt8] { Array(octets[8..<16]) }
    public var version: Int { Int(octets[6] >> 4) }

    public var description: String {
        let hex = octets.map { b -> String in
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]]
            .map { $0.joined() }.joined(separator: "-")
    }

    public static func < (lhs: TEEUUID, rhs: TEEUUID) -> Bool { lhs.octets.lexicographicallyPrecedes(rhs.octets) }

}
