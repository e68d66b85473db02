import ArgumentParser
import TEEABI
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

struct TACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ta", abstract: "Installed Trusted Applications.", subcommands: [List.self, Install.self])

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

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install a TA image as <uuid>.ta in the TA directory.",
            discussion: "The UUID is read from the image itself, by loading it in a sandboxed TA host.")
        @OptionGroup var daemon: DaemonOptions

        @Option(help: "TA host executable used to read the image's header.")
        var taHost: String?

        @Argument(help: "The TA image (a Swift TA's shared library).")
        var file: String

        func run() throws {
            let header = try inspect()
            let directory = daemon.resolvedTADirectory
            try TEEPaths.makeDirectory(directory)
            let destination = "\(directory)/\(header.uuid).ta"
            try copyAtomically(from: file, to: destination)
            print("installed \(header.uuid) (\(header.description.isEmpty ? "no description" : header.description)) as \(destination)")
        }

        private func inspect() throws -> (uuid: TEEUUID, description: String) {
            let host = taHost ?? ExecutablePath.sibling("tee-ta-host")
            let absolute = file.hasPrefix("/") ? file : currentDirectory() + "/" + file
            let output = try runCapturing(host, ["--inspect", absolute])
            var fields = [String: String]()
            for part in output.split(separator: " ", maxSplits: 3) {
                let kv = part.split(separator: "=", maxSplits: 1)
                if kv.count == 2 { fields[String(kv[0])] = String(kv[1]) }
            }
            guard let uuid = fields["uuid"].flatMap(TEEUUID.init) else {
                throw ValidationError("\(file) is not a loadable TA image")
            }
            let description = (fields["description"] ?? "").split(separator: "\n").first.map(String.init) ?? ""
            return (uuid, description)
        }
    }
}

extension DaemonOptions {
    var resolvedTADirectory: String {
        taDir ?? TEEPaths.taDirectory(stateDirectory: stateDir ?? TEEPaths.defaultStateDirectory)
    }
}
