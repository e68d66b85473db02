import BuffersTAKit
import TEETrustedApp

/// Single instance, multi-session: every session shares one instance.
final class BuffersSingleTA: BuffersLogic, TrustedApplication {
    static let uuid = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7e0")!
    static let flags: TAFlags = [.singleInstance, .multiSession]
}

@_cdecl("swift_tee_ta_exports")
public func exports() -> UnsafeRawPointer { TAExport.table(for: BuffersSingleTA.self) }
