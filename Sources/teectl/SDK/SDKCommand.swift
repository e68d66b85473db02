import ArgumentParser
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

struct SDKCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdk", abstract: "Development kits for C clients and C TAs.", subcommands: [Export.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write DIR/client (TEEC_EXPORT) and DIR/ta_dev_kit (TA_DEV_KIT_DIR).",
            discussion: """
                Build an OP-TEE-style client and TA unmodified:
                  make -C host CROSS_COMPILE= TEEC_EXPORT=DIR/client
                  make -C ta CROSS_COMPILE= TA_DEV_KIT_DIR=DIR/ta_dev_kit
                TAs are signed with this installation's key (made on first use) unless
                TA_SIGN_KEY=... is given to make.
                """)
        @OptionGroup var daemon: DaemonOptions

        @Option(help: "The swift-tee checkout whose DevKit/ to export (default: the one teectl was built from).")
        var sourceRoot: String?

        @Argument(help: "Directory to write (created if missing).")
        var directory: String

        func run() throws {
            let root = sourceRoot ?? DevKitExporter.defaultSourceRoot
            let absolute = directory.hasPrefix("/") ? directory : currentDirectory() + "/" + directory
            // Absolute: the kit's key link and conf.mk must work from any directory.
            let state = daemon.stateDir ?? TEEPaths.defaultStateDirectory
            let exporter = DevKitExporter(sourceRoot: root, productsDirectory: ExecutablePath.directory,
                                          destination: absolute,
                                          stateDirectory: state.hasPrefix("/") ? state : currentDirectory() + "/" + state)
            try exporter.export()
            print("""
                exported to \(absolute)
                  client:     TEEC_EXPORT=\(absolute)/client
                  TA dev kit: TA_DEV_KIT_DIR=\(absolute)/ta_dev_kit (signing key: \(exporter.signingKey))
                """)
        }
    }
}
