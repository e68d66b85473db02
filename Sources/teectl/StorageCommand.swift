import ArgumentParser
import TEEClient
import TEEPlatform

struct StorageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storage", abstract: "teed's trusted storage (for teed's own user or root).",
        subcommands: [List.self, Verify.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Objects and data bytes per TA: no ids, no contents.")
        @OptionGroup var daemon: DaemonOptions

        func run() throws {
            let status = try StorageCommand.status(daemon, verify: false)
            StorageCommand.printOwners(status)
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every object and the index against their tags; exit 1 on any problem.")
        @OptionGroup var daemon: DaemonOptions

        func run() throws {
            let status = try StorageCommand.status(daemon, verify: true)
            StorageCommand.printOwners(status)
            print("checked \(status.objectsChecked) object(s), \(status.bytesChecked) data bytes")
            guard status.problems.isEmpty else {
                print("\(status.problems.count) problem(s):")
                status.problems.forEach { print("  \($0)") }
                throw ExitCode(1)
            }
            print("trusted storage intact")
        }
    }

    static func status(_ daemon: DaemonOptions, verify: Bool) throws -> StorageStatusReply {
        let context = try TEEContext(socketPath: daemon.socket)
        defer { context.finalize() }
        return try context.storageStatus(verify: verify)
    }

    static func printOwners(_ status: StorageStatusReply) {
        print("anti-rollback protection level: \(status.antiRollbackLevel)")
        print("\(status.owners.count) TA(s) with objects")
        for owner in status.owners {
            print("  \(owner.uuid)  objects: \(owner.objects)  bytes: \(owner.bytes)")
        }
    }
}
