import BuffersTAKit
import TEETrustedApp

/// Single instance, multi-session, kept alive after its last session closes.
final class BuffersKeepAliveTA: BuffersLogic, TrustedApplication {
    static let uuid = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7e2")!
    static let flags: TAFlags = [.singleInstance, .multiSession, .instanceKeepAlive]
}

@_cdecl("swift_tee_ta_exports")
public func exports() -> UnsafeRawPointer { TAExport.table(for: BuffersKeepAliveTA.self) }
