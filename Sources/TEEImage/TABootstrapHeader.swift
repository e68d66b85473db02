import TEEABI

/// `struct shdr_bootstrap_ta`: which TA the image is and its version, between the signature
/// and the ELF image. The UUID is its 16 octets in RFC 4122 (big-endian) order, as OP-TEE's
/// signing script writes `uuid.bytes`; the version is a little-endian u32.
public struct TABootstrapHeader: Hashable, Sendable {
    public static let size = 20

    public var uuid: TEEUUID
    public var taVersion: UInt32

    public init(uuid: TEEUUID, taVersion: UInt32) {
        self.uuid = uuid
        self.taVersion = taVersion
    }

    /// Decodes the 20 bytes at `offset` (the caller checked they are there).
    init(decoding bytes: [UInt8], at offset: Int) {
        uuid = TEEUUID(octets: Array(bytes[offset..<offset + 16]))!
        taVersion = bytes.littleEndianU32(at: offset + 16)
    }

    public var encoded: [UInt8] {
        var out = uuid.octets
        out.appendLittleEndian(taVersion)
        return out
    }
}
