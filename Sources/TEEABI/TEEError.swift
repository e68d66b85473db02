/// A GP error: the result code and where it came from, as `TEEC_*` functions report them.
public struct TEEError: Error, Hashable, Sendable, CustomStringConvertible {
    public var result: TEEResult
    public var origin: TEEOrigin

    public init(_ result: TEEResult, origin: TEEOrigin) {
        self.result = result
        self.origin = origin
    }

    public var description: String { "\(result) from \(origin)" }

    static func api(_ result: TEEResult) -> TEEError { TEEError(result, origin: .api) }
    public static func tee(_ result: TEEResult) -> TEEError { TEEError(result, origin: .tee) }
    public static func comms(_ result: TEEResult) -> TEEError { TEEError(result, origin: .comms) }

    /// The TA host died: every call on its sessions ends like this.
    public static let targetDead = TEEError(.targetDead, origin: .tee)
}
