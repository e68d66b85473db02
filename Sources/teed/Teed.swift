import ArgumentParser
import Logging
import TEECore
import TEEPlatform
import TEEStorage
#if canImport(Glibc)
import Glibc
#endif

@main
struct Teed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teed",
        abstract: "The swift-tee secure kernel: serves the GP TEE Client API on a Unix socket and runs TAs in sandboxed processes.",
        discussion: """
        Defaults: socket $TEE_SOCKET, else $XDG_RUNTIME_DIR/swift-tee/teed.sock, else <state-dir>/teed.sock \
        of the default state directory; state directory $TEE_STATE_DIR, else $XDG_STATE_HOME/swift-tee, \
        else ~/.local/state/swift-tee; TAs in <state-dir>/ta.

        TA images must be signed (OP-TEE's signed-header format) by a key in the trust store, \
        read at start. The default trust store is <state-dir>/keys/trusted, which holds the public \
        half of this installation's own signing key, generated on first use.
        """)

    @Option(help: "Unix socket to serve.")
    var socket: String?

    @Option(help: "State directory (created 0700).")
    var stateDir: String?

    @Option(help: "Directory of installed TAs (<uuid>.ta).")
    var taDir: String?

    @Option(help: ArgumentHelp(
        "Directory of trusted TA signing keys (public key PEM files).",
        discussion: "Default: <state-dir>/keys/trusted, with the installation key generated on first use; an explicit trust store is used as it is."))
    var trustStore: String?

    @Option(help: "TA host executable.")
    var taHost: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    @Option(help: "TA trace level, as OP-TEE's CFG_TEE_TA_LOG_LEVEL (0 none … 4 flow).")
    var taLogLevel: UInt8 = 2

    @Flag(help: "Do not keep a TA host started ahead of need.")
    var noPrestart = false

    @Option(help: ArgumentHelp(
        "Where GP persistent objects live: file (encrypted in <state-dir>/storage) or memory (gone when teed stops).",
        valueName: "file|memory"))
    var storage: String = "file"

    @Option(help: ArgumentHelp(
        "The hardware-unique key for trusted storage: a file of 32 bytes you provide.",
        discussion: "Default: a development key generated once into <state-dir>/keys/huk (0600), and teed says so."))
    var hukFile: String?

    @Option(help: ArgumentHelp(
        "Rollback anchor of trusted storage: file (a MACed counter outside the storage directory, protection level 100) or none (level 0).",
        valueName: "file|none"))
    var rollbackAnchor: String = "file"

    mutating func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown log level '\(logLevel)'") }
        guard taLogLevel <= 4 else { throw ValidationError("--ta-log-level must be 0…4") }
        guard ["file", "memory"].contains(storage) else { throw ValidationError("--storage must be file or memory") }
        guard ["file", "none"].contains(rollbackAnchor) else { throw ValidationError("--rollback-anchor must be file or none") }
    }

    func run() throws {
        let level = Logger.Level(rawValue: logLevel)!
        var logger = Logger(label: "teed") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        let state = stateDir ?? TEEPaths.defaultStateDirectory
        let configuration = DaemonConfiguration(
            socketPath: socket ?? TEEPaths.defaultSocket, stateDirectory: state, taDirectory: taDir,
            trustStoreDirectory: trustStore,
            hostExecutable: taHost ?? ExecutablePath.sibling("tee-ta-host"),
            taLogLevel: taLogLevel, prestartHost: !noPrestart,
            makeObjectStore: { [storage, hukFile, rollbackAnchor] configuration, logger in
                guard storage == "file" else {
                    logger.notice("trusted storage in memory: objects are gone when teed stops")
                    return MemoryObjectStore()
                }
                let huk = hukFile.map { FileHUKProvider(suppliedFile: $0) }
                    ?? FileHUKProvider.development(stateDirectory: configuration.stateDirectory)
                let store = try FileObjectStore(stateDirectory: configuration.stateDirectory, huk: huk,
                                                rollbackAnchor: rollbackAnchor == "file")
                logger.info("trusted storage", metadata: [
                    "directory": "\(configuration.stateDirectory)/storage", "huk": "\(huk.source)",
                    "antiRollbackLevel": "\(store.antiRollbackLevel)",
                ])
                if hukFile == nil {
                    logger.notice("trusted storage keys derive from a development HUK kept in the state directory; supply your own with --huk-file")
                }
                return store
            })
        do {
            try Daemon(configuration: configuration, logger: logger).run()
        } catch {
            logger.critical("teed cannot start: \(error)")
            throw ExitCode(1)
        }
    }
}
