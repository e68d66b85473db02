import CTEETAABI
import TEEABI
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// Loads a TA image from the in-memory copy teed verified (a sealed memfd), never from
/// the TA directory, so what runs is exactly what was checked.
enum TAImageLoader {
    static func load(image: FileDescriptor, expected uuid: TEEUUID) -> Result<UnsafePointer<stee_ta_exports>, TEEError> {
        // Lazy binding: functions the TA never calls cost nothing at start-up.
        guard let handle = dlopen("/proc/self/fd/\(image.rawValue)", RTLD_LAZY | RTLD_LOCAL) else {
            return .failure(.tee(.badFormat))
        }
        guard let symbol = dlsym(handle, STEE_TA_EXPORTS_SYMBOL) else { return .failure(.tee(.badFormat)) }
        let entry = unsafeBitCast(symbol, to: stee_ta_exports_fn.self)
        guard let table = entry() else { return .failure(.tee(.badFormat)) }
        guard table.pointee.abi_version == UInt32(STEE_TA_ABI_VERSION) else { return .failure(.tee(.badFormat)) }
        let octets = withUnsafeBytes(of: table.pointee.uuid) { Array($0) }
        // The image must be the TA that was asked for.
        guard octets == uuid.octets else { return .failure(.tee(.security)) }
        return .success(table)
    }
}
