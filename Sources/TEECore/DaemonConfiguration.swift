import TEEPlatform

/// Everything teed needs to know to start; the `teed` executable fills it from flags.
public struct DaemonConfiguration: Sendable {
    public var socketPath: String
    public var stateDirectory: String
    public var taDirectory: String
    /// The TA host executable (by default `tee-ta-host` next to `teed`).
    public var hostExecutable: String
    /// TA trace level passed to hosts (OP-TEE's CFG_TEE_TA_LOG_LEVEL: 0 none … 4 flow).
    public var taLogLevel: UInt8
    /// Keep one sandboxed TA host started ahead, so opening a session on a new instance
    /// does not wait for a process to start.
    public var prestartHost: Bool
    /// How long sessions get to close on SIGTERM before their hosts are killed.
    public var shutdownGraceMilliseconds: Int64

    public init(socketPath: String = TEEPaths.defaultSocket,
                stateDirectory: String = TEEPaths.defaultStateDirectory,
                taDirectory: String? = nil,
                hostExecutable: String,
                taLogLevel: UInt8 = 2,
                prestartHost: Bool = true,
                shutdownGraceMilliseconds: Int64 = 3000) {
        self.socketPath = socketPath
        self.stateDirectory = stateDirectory
        self.taDirectory = taDirectory ?? TEEPaths.taDirectory(stateDirectory: stateDirectory)
        self.hostExecutable = hostExecutable
        self.taLogLevel = taLogLevel
        self.prestartHost = prestartHost
        self.shutdownGraceMilliseconds = shutdownGraceMilliseconds
    }
}
