import ArgumentParser

@main
struct TeeCtl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teectl",
        abstract: "Inspect and manage a running teed and its Trusted Applications.",
        subcommands: [StatusCommand.self, TACommand.self, StorageCommand.self, SDKCommand.self, BenchCommand.self, BenchWorkerCommand.self])
}

/// Where to find teed and its directories; the same defaults as teed and every client.
struct DaemonOptions: ParsableArguments {
    @Option(help: "teed's socket (default: $TEE_SOCKET, else the documented default).")
    var socket: String?

    @Option(help: "teed's state directory (default: $TEE_STATE_DIR, else $XDG_STATE_HOME/swift-tee, else ~/.local/state/swift-tee).")
    var stateDir: String?

    @Option(help: "Directory of installed TAs (default: <state-dir>/ta).")
    var taDir: String?
}
