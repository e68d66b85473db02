import CTEETAABI
import TEEABI
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// Reads a TA image's header (UUID, flags, description, version) by loading it in the
/// sandboxed host: what `teectl ta install` uses to name an unsigned Swift TA.
public enum TAImageInspector {
    public struct Header: Sendable {
        public var uuid: TEEUUID
        public var flags: TAFlags
        public var description: String
        public var version: String
    }

    public static func inspect(path: String) -> Header? {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL),
              let symbol = dlsym(handle, STEE_TA_EXPORTS_SYMBOL),
              let table = unsafeBitCast(symbol, to: stee_ta_exports_fn.self)(),
              table.pointee.abi_version == UInt32(STEE_TA_ABI_VERSION) else { return nil }
        let e = table.pointee
        return Header(uuid: TEEUUID(octets: withUnsafeBytes(of: e.uuid) { Array($0) })!,
                      flags: TAFlags(rawValue: e.flags),
                      description: e.description.map { String(cString: $0) } ?? "",
                      version: e.version.map { String(cString: $0) } ?? "")
    }
}
