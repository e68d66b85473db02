import ArgumentParser
import TEEABI
import TEEImage
import TEEPlatform

struct TAInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install a TA image as <uuid>.ta in the TA directory.",
        discussion: """
        A signed image is installed as it is, under the UUID of its header (teed checks its \
        signature when it loads it). An unsigned ELF object (a Swift TA's shared library) is first \
        signed with this installation's key, TA version 0, under the UUID it declares, which is \
        read by loading it in a sandboxed TA host.
        """)
    @OptionGroup var daemon: DaemonOptions

    @Option(help: "TA host executable used to read an ELF object's UUID.")
    var taHost: String?

    @Argument(help: "The TA image: a signed .ta file or an ELF object.")
    var file: String

    func run() throws {
        var image = try TAImageFiles.read(file)
        let uuid: TEEUUID
        if SignedTAImage.isELF(image) {
            let declared = try TAImageFiles.inspect(file, taHost: taHost)
            let (key, keyPath) = try TAImageFiles.signingKey(nil, stateDirectory: daemon.resolvedStateDirectory)
            image = try TAImageFiles.sign(image, uuid: declared.uuid, version: 0, key: key, algorithm: .rsaPssSHA256)
            uuid = declared.uuid
            print("signed \(file) (\(declared.description.isEmpty ? "no description" : declared.description))",
                  "with this installation's key \(keyPath): TA \(uuid), version 0")
        } else {
            // The header only: the signature is teed's to check, against its own trust store.
            do throws(TAImageError) {
                let parsed = try SignedTAImage(parsing: image)
                uuid = parsed.uuid
                print("\(file) is a signed image: TA \(uuid), version \(parsed.taVersion), \(parsed.algorithm)")
            } catch {
                throw CommandFailure("\(file) is neither an ELF object nor a usable signed TA image: \(error)")
            }
        }
        let directory = daemon.resolvedTADirectory
        do throws(PlatformError) {
            try TEEPaths.makeDirectory(directory)
        } catch {
            throw CommandFailure("\(error)")
        }
        let destination = "\(directory)/\(uuid).ta"
        try TAImageFiles.write(image, to: destination, mode: 0o600)
        print("installed \(uuid) as \(destination)")
    }
}
