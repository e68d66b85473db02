import CTEETAABI

/// Builds the C entry table (`stee_ta_exports`) of a Swift TA. The table's context is a
/// retained runtime object; the C entry points are plain trampolines into it.
public enum TAExport {
    public static func table<TA: TrustedApplication>(for type: TA.Type) -> UnsafeRawPointer {
        let table = UnsafeMutablePointer<stee_ta_exports>.allocate(capacity: 1)
        table.initialize(to: stee_ta_exports())
        table.pointee.abi_version = UInt32(STEE_TA_ABI_VERSION)
        withUnsafeMutableBytes(of: &table.pointee.uuid) { $0.copyBytes(from: TA.uuid.octets) }
        table.pointee.flags = TA.flags.rawValue
        table.pointee.description = UnsafePointer(strdup(TA.description))
        table.pointee.version = UnsafePointer(strdup(TA.version))
        table.pointee.context = Unmanaged.passRetained(TARuntime<TA>() as AnyTARuntime).toOpaque()
        installTrampolines(table)
        return UnsafeRawPointer(table)
    }

    /// Non-generic, so the closures capture nothing and can be C function pointers.
    private static func installTrampolines(_ table: UnsafeMutablePointer<stee_ta_exports>) {
        table.pointee.bind = { ctx, host in TAExport.runtime(ctx).bind(host!) }
        table.pointee.create = { ctx in TAExport.runtime(ctx).create().rawValue }
        table.pointee.destroy = { ctx in TAExport.runtime(ctx).destroy() }
        table.pointee.open_session = { ctx, client, types, params, session in
            TAExport.runtime(ctx).openSession(client: client!.pointee, types: types, params: params!, session: session!).rawValue
        }
        table.pointee.close_session = { ctx, session in TAExport.runtime(ctx).closeSession(session) }
        table.pointee.invoke = { ctx, session, command, types, params in
            TAExport.runtime(ctx).invoke(session: session, command: command, types: types, params: params!).rawValue
        }
    }

    private static func runtime(_ ctx: UnsafeMutableRawPointer?) -> AnyTARuntime {
        Unmanaged<AnyTARuntime>.fromOpaque(ctx!).takeUnretainedValue()
    }
}

#if canImport(Glibc)
import Glibc
#endif
