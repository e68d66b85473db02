import ArgumentParser
import TEEClient
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Is teed up; which TAs, instances and sessions does it have.")

    @OptionGroup var daemon: DaemonOptions

    @Option(help: "Wait up to this many seconds for teed to answer (for scripts that just started it).")
    var wait: Double = 0

    func run() throws {
        guard wait >= 0 else { throw ValidationError("--wait must not be negative") }
        let deadline = MonotonicTime.milliseconds() + Int64(wait * 1000)
        var status: StatusReply?
        var lastError: Error?
        repeat {
            do {
                let context = try TEEContext(socketPath: daemon.socket)
                defer { context.finalize() }
                status = try context.status()
            } catch {
                lastError = error
                if MonotonicTime.milliseconds() < deadline { usleep(20_000) }
            }
        } while status == nil && MonotonicTime.milliseconds() < deadline
        guard let status else {
            print("teed is not running at \(daemon.socket ?? TEEPaths.defaultSocket) (\(lastError.map { "\($0)" } ?? "no answer"))")
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
