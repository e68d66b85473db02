import ArgumentParser
import TEEABI
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

struct TACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ta", abstract: "Installed Trusted Applications.",
        subcommands: [List.self, TAInstallCommand.self, TASignCommand.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the TAs in the TA directory.")
        @OptionGroup var daemon: DaemonOptions

        func run() throws {
            let directory = daemon.resolvedTADirectory
            guard let dir = opendir(directory) else {
                print("no TA directory at \(directory)")
                return
            }
            defer { closedir(dir) }
            var rows = [(TEEUUID, Int)]()
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name.hasSuffix(".ta"), let uuid = TEEUUID(String(name.dropLast(3))) else { continue }
                var st = stat()
                stat(directory + "/" + name, &st)
                rows.append((uuid, Int(st.st_size)))
            }
            print("\(rows.count) TA(s) in \(directory)")
            for (uuid, size) in rows.sorted(by: { $0.0 < $1.0 }) { print("  \(uuid)  \(size) bytes") }
        }
    }
}

extension DaemonOptions {
    var resolvedStateDirectory: String { stateDir ?? TEEPaths.defaultStateDirectory }

    var resolvedTADirectory: String {
        taDir ?? TEEPaths.taDirectory(stateDirectory: resolvedStateDirectory)
    }
}
