import BuffersTAKit
import TEETrustedApp

/// Single instance without multiSession: a second concurrent open gets TEE_ERROR_BUSY.
final class BuffersSoloTA: BuffersLogic, TrustedApplication {
    static let uuid = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7e1")!
    static let flags: TAFlags = [.singleInstance]
}

@_cdecl("swift_tee_ta_exports")
public func exports() -> UnsafeRawPointer { TAExport.table(for: BuffersSoloTA.self) }
