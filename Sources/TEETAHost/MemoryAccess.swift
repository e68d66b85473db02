import TEEABI
import TEEPlatform

/// TEE_CheckMemoryAccessRights: whether a TA may read and/or write a range, and whether
/// the range is its own memory or memory a client shares with it.
enum MemoryAccess {
    static let read: UInt32 = 0x1
    static let write: UInt32 = 0x2
    static let anyOwner: UInt32 = 0x4

    /// `clientRanges`: every range of client memory mapped in this host (shared-memory
    /// regions of any session, and the memrefs of the running operation).
    static func check(flags: UInt32, address: UInt, size: Int, clientRanges: [(base: UInt, size: Int)],
                      maps: () -> String = { TextFile.read("/proc/self/maps") }) -> TEEResult {
        guard flags & ~(read | write | anyOwner) == 0 else { return .accessDenied }
        guard size > 0 else { return .success }
        let (end, overflow) = address.addingReportingOverflow(UInt(size))
        guard !overflow else { return .accessDenied }
        // Without ANY_OWNER the range must be the TA's own: no byte of it shared with a client.
        if flags & anyOwner == 0 {
            for range in clientRanges where range.size > 0 {
                if address < range.base + UInt(range.size) && range.base < end { return .accessDenied }
            }
        }
        guard flags & (read | write) != 0 else { return .success }
        return covered(address, end, readable: flags & read != 0, writable: flags & write != 0, maps: maps())
            ? .success : .accessDenied
    }

    /// Whether [start, end) lies in consecutive mappings with the permissions asked for.
    static func covered(_ start: UInt, _ end: UInt, readable: Bool, writable: Bool, maps: String) -> Bool {
        var cursor = start
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count >= 2 else { continue }
            let bounds = fields[0].split(separator: "-")
            guard bounds.count == 2, let low = UInt(bounds[0], radix: 16), let high = UInt(bounds[1], radix: 16) else { continue }
            guard low <= cursor, cursor < high else { continue }
            let perms = Array(fields[1].utf8)
            guard perms.count >= 2 else { return false }
            if readable && perms[0] != UInt8(ascii: "r") { return false }
            if writable && perms[1] != UInt8(ascii: "w") { return false }
            cursor = high
            if cursor >= end { return true }
        }
        return false
    }
}
