import BuffersTAKit
import TEETrustedApp

/// The buffers TA as shipped: multi-instance (a fresh instance per session), as OP-TEE's
/// examples are.
final class BuffersTA: BuffersLogic, TrustedApplication {
    static let uuid = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7df")!
    static let description = "Buffers TA: memref and lifecycle exerciser"
}

@_cdecl("swift_tee_ta_exports")
public func exports() -> UnsafeRawPointer { TAExport.table(for: BuffersTA.self) }
