import ArgumentParser
import TEEClient
import TEEPlatform

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Is teed up; which TAs, instances and sessions does it have.")

    @OptionGroup var daemon: DaemonOptions

    func run() throws {
        let status: StatusReply
        do {
            let context = try TEEContext(socketPath: daemon.socket)
            defer { context.finalize() }
            status = try context.status()
        } catch {
            print("teed is not running at \(daemon.socket ?? TEEPaths.defaultSocket) (\(error))")
            throw ExitCode(1)
        }
        print("teed: up (\(status.version), pid \(status.pid))")
        print("socket: \(daemon.socket ?? TEEPaths.defaultSocket)")
        print("TA directory: \(status.taDirectory)")
        print("clients: \(status.clients)")
        print("installed TAs: \(status.installedTAs.count)")
        for uuid in status.installedTAs {
            let live = status.instances.filter { $0.uuid == uuid }
            let sessions = live.reduce(0) { $0 + Int($1.sessions) }
            print("  \(uuid)  instances: \(live.count)  sessions: \(sessions)")
        }
        print("instances: \(status.instances.count)")
        for i in status.instances {
            print("  pid \(i.pid)  \(i.uuid)  flags 0x\(String(i.flags.rawValue, radix: 16))  sessions: \(i.sessions)")
        }
    }
}
