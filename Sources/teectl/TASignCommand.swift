import ArgumentParser
import TEEABI
import TEEImage
import TEEPlatform

struct TASignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign a TA's ELF object as an OP-TEE signed image (SHDR_BOOTSTRAP_TA).",
        discussion: """
        The key defaults to this installation's own key, <state-dir>/keys/ta-signing.pem, generated on \
        first use; teed trusts its public half in <state-dir>/keys/trusted. To sign with a key of your \
        own, pass --key and put its public key (PEM) in teed's trust store.
        """)

    @Option(help: "State directory whose installation key signs (default: as teed's).")
    var stateDir: String?

    @Option(help: "Private key PEM to sign with (RSA 2048…8192 bits, unencrypted).")
    var key: String?

    @Option(help: "Signature scheme: pss (RSASSA-PSS, the default) or pkcs1v15.")
    var algorithm: SignatureScheme = .pss

    @Option(help: "TA version for anti-rollback (teed refuses versions below one it has loaded).")
    var taVersion: UInt32 = 0

    @Option(help: "The TA's UUID (default: the one the ELF object declares).")
    var uuid: String?

    @Option(help: "TA host executable used to read the UUID the ELF object declares.")
    var taHost: String?

    @Argument(help: "The TA's ELF object (e.g. a Swift TA's shared library).")
    var input: String

    @Option(name: [.short, .long], help: "Where to write the signed image.")
    var output: String

    func validate() throws {
        if let uuid, TEEUUID(uuid) == nil { throw ValidationError("'\(uuid)' is not a UUID") }
    }

    func run() throws {
        let elf = try TAImageFiles.read(input)
        guard SignedTAImage.isELF(elf) else {
            throw CommandFailure(SignedTAImage.hasSignedHeader(elf) ? "\(input) is already signed" : "\(input) is not an ELF object")
        }
        let taUUID = try uuid.flatMap(TEEUUID.init) ?? TAImageFiles.inspect(input, taHost: taHost).uuid
        let (signingKey, keyPath) = try TAImageFiles.signingKey(key, stateDirectory: stateDir ?? TEEPaths.defaultStateDirectory)
        let image = try TAImageFiles.sign(elf, uuid: taUUID, version: taVersion, key: signingKey, algorithm: algorithm.algorithm)
        try TAImageFiles.write(image, to: output, mode: 0o644)
        print("signed \(input) as \(output): TA \(taUUID), version \(taVersion), \(algorithm.algorithm), key \(keyPath)")
    }
}
