/// How a client identifies itself when opening a session (`TEEC_LOGIN_*` / `TEE_LOGIN_*`).
public struct LoginMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let `public` = LoginMethod(rawValue: 0)
    public static let user = LoginMethod(rawValue: 1)
    public static let group = LoginMethod(rawValue: 2)
    public static let application = LoginMethod(rawValue: 4)
    public static let userApplication = LoginMethod(rawValue: 5)
    public static let groupApplication = LoginMethod(rawValue: 6)
    /// `TEE_LOGIN_TRUSTED_APP`: the client is another TA.
    public static let trustedApp = LoginMethod(rawValue: 0xF000_0000)

    public var description: String {
        switch rawValue {
        case 0: "public"
        case 1: "user"
        case 2: "group"
        case 4: "application"
        case 5: "user-application"
        case 6: "group-application"
        case 0xF000_0000: "trusted-app"
        default: "login \(rawValue)"
        }
    }
}

/// What the TA sees of its client: `TEE_Identity`.
public struct ClientIdentity: Hashable, Sendable {
    public var login: LoginMethod
    public var uuid: TEEUUID
    public init(login: LoginMethod, uuid: TEEUUID) {
        self.login = login
        self.uuid = uuid
    }
}
