import Logging
import TEEImage
import TEEPlatform
import TEEStorage

/// Everything teed needs to know to start; the `teed` executable fills it from flags.
public struct DaemonConfiguration: Sendable {
    public var socketPath: String
    public var stateDirectory: String
    public var taDirectory: String
    /// The directory of public keys TA images may be signed with (every `*.pem` in it).
    public var trustStoreDirectory: String
    /// Whether teed generates the installation's own signing key on first use: only with
    /// the default trust store, which is where that key's public half goes.
    public var generatesInstallationKey: Bool
    /// The TA host executable (by default `tee-ta-host` next to `teed`).
    public var hostExecutable: String
    /// TA trace level passed to hosts (OP-TEE's CFG_TEE_TA_LOG_LEVEL: 0 none … 4 flow).
    public var taLogLevel: UInt8
    /// Keep one sandboxed TA host started ahead, so opening a session on a new instance
    /// does not wait for a process to start.
    public var prestartHost: Bool
    /// How long sessions get to close on SIGTERM before their hosts are killed.
    public var shutdownGraceMilliseconds: Int64
    /// Makes the store of GP persistent objects when teed starts (a failure stops the start).
    /// The default keeps objects in memory, for as long as teed runs.
    public var makeObjectStore: @Sendable (DaemonConfiguration, Logger) throws -> any ObjectStore

    /// `trustStoreDirectory` nil means `<state>/keys/trusted`, with the installation key
    /// generated there on first use.
    public init(socketPath: String = TEEPaths.defaultSocket,
                stateDirectory: String = TEEPaths.defaultStateDirectory,
                taDirectory: String? = nil,
                trustStoreDirectory: String? = nil,
                hostExecutable: String,
                taLogLevel: UInt8 = 2,
                prestartHost: Bool = true,
                shutdownGraceMilliseconds: Int64 = 3000,
                makeObjectStore: @escaping @Sendable (DaemonConfiguration, Logger) throws -> any ObjectStore = { _, _ in MemoryObjectStore() }) {
        self.socketPath = socketPath
        self.stateDirectory = stateDirectory
        self.taDirectory = taDirectory ?? TEEPaths.taDirectory(stateDirectory: stateDirectory)
        self.trustStoreDirectory = trustStoreDirectory ?? TASigningKeys.defaultTrustStore(stateDirectory: stateDirectory)
        self.generatesInstallationKey = trustStoreDirectory == nil
        self.hostExecutable = hostExecutable
        self.taLogLevel = taLogLevel
        self.prestartHost = prestartHost
        self.shutdownGraceMilliseconds = shutdownGraceMilliseconds
        self.makeObjectStore = makeObjectStore
    }
}
