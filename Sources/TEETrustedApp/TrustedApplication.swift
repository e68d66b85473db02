@_exported import TEEABI
// Swift TAs use GP cryptography through TEECrypto's typed API (Digest, Key, Cipher, MAC…).
@_exported import TEECrypto

/// A Trusted Application written in Swift. One instance of the conforming class is one TA
/// instance (GP's TA_CreateEntryPoint is `init`, TA_DestroyEntryPoint is `destroy()`), and
/// the runtime never calls two entry points of it at once.
///
/// Export it from the TA's dynamic library with one line:
///
///     @_cdecl("swift_tee_ta_exports")
///     public func exports() -> UnsafeRawPointer { TAExport.table(for: HelloWorldTA.self) }
public protocol TrustedApplication: AnyObject {
    /// What the TA keeps per session (GP's `sessionContext`).
    associatedtype Session = Void

    static var uuid: TEEUUID { get }
    static var flags: TAFlags { get }
    static var description: String { get }
    static var version: String { get }

    /// TA_CreateEntryPoint. Throwing refuses the session that started the instance.
    init(context: TAContext) throws(TEEResult)
    /// TA_DestroyEntryPoint: after the last session closed (never after a crash).
    func destroy()
    /// TA_OpenSessionEntryPoint.
    func openSession(client: ClientIdentity, parameters: inout Parameters) throws(TEEResult) -> Session
    /// TA_CloseSessionEntryPoint.
    func closeSession(_ session: Session)
    /// TA_InvokeCommandEntryPoint.
    func invoke(_ session: Session, command: UInt32, parameters: inout Parameters) throws(TEEResult)
}

extension TrustedApplication {
    public static var flags: TAFlags { [] }
    public static var description: String { "" }
    public static var version: String { "1.0" }
    public func destroy() {}
    public func closeSession(_ session: Session) {}
}

extension TrustedApplication where Session == Void {
    public func openSession(client: ClientIdentity, parameters: inout Parameters) throws(TEEResult) {}
}
