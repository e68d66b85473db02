import ArgumentParser
import Logging
import TEECore
import TEEPlatform
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

    mutating func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown log level '\(logLevel)'") }
        guard taLogLevel <= 4 else { throw ValidationError("--ta-log-level must be 0…4") }
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
            taLogLevel: taLogLevel, prestartHost: !noPrestart)
        do {
            try Daemon(configuration: configuration, logger: logger).run()
        } catch {
            logger.critical("teed cannot start: \(error)")
            throw ExitCode(1)
        }
    }
}
