import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The dev kits `teectl sdk export` writes, and the C TAs and clients of Examples/c and
/// Tests/Fixtures/c built with them by make, as an OP-TEE developer builds them: copies of
/// the directories, `make TEEC_EXPORT=… TA_DEV_KIT_DIR=…`, nothing else. Built once per test
/// process; TAs are signed with the key the export made for its own state directory, which
/// fixtures add to their trust store (`trust(_:)`).
struct CDevKit: Sendable {
    let root: String
    var export: String { root + "/export" }
    var kitState: String { root + "/kit-state" }
    /// Where each built directory is, by its name in the repository.
    func directory(_ name: String) -> String { root + "/build/" + name }

    static let shared = Result { () throws -> CDevKit in try CDevKit.build() }

    /// The directories built, relative to the repository root, and whether they hold an
    /// OP-TEE example (top-level Makefile: host and TAs) or a lone TA directory.
    static let projects: [(path: String, isExample: Bool)] = [
        ("Examples/c/hello_world", true),
        ("Examples/c/random", true),
        ("Examples/c/ta_to_ta", true),
        ("Tests/Fixtures/c/api_test_ta", false),
        ("Tests/Fixtures/c/crypto_test_ta", false),
        ("Tests/Fixtures/c/storage_driver_ta", false),
    ]

    private static func build() throws -> CDevKit {
        let kit = CDevKit(root: try FileSystem.makeTemporaryDirectory(prefix: "swift-tee-devkit"))
        let teectl = TEEDaemonFixture.productsDirectory + "/teectl"
        let export = try ChildProcess.run(teectl, ["sdk", "export", "--state-dir", kit.kitState, kit.export],
                                          outputDirectory: kit.root, timeout: 120)
        guard export.status == .exited(0) else { throw FixtureError("teectl sdk export failed:\n\(export.stdout)\n\(export.stderr)") }
        guard let make = which("make") else { throw FixtureError("make is not installed") }
        try FileSystem.makeDirectory(kit.root + "/build")
        for (path, isExample) in projects {
            let name = String(path.split(separator: "/").last!)
            let target = kit.directory(name)
            let copy = try ChildProcess.run("/bin/cp", ["-R", CToolchain.source(path), target], outputDirectory: kit.root)
            guard copy.status == .exited(0) else { throw FixtureError("cannot copy \(path): \(copy.stderr)") }
            let arguments = isExample
                ? ["-C", target, "TEEC_EXPORT=\(kit.export)/client", "TA_DEV_KIT_DIR=\(kit.export)/ta_dev_kit"]
                : ["-C", target, "CROSS_COMPILE=", "TA_DEV_KIT_DIR=\(kit.export)/ta_dev_kit"]
            let run = try ChildProcess.run(make, arguments, outputDirectory: kit.root, timeout: 300)
            guard run.status == .exited(0) else { throw FixtureError("make in \(path) failed:\n\(run.stdout)\n\(run.stderr)") }
        }
        return kit
    }

    /// Installs the `.ta` files found in `directory` (relative to the build) into `tee`.
    func install(_ directory: String, into tee: TEEDaemonFixture) throws {
        let dir = self.directory(directory)
        guard let handle = opendir(dir) else { throw FixtureError("no \(dir)") }
        defer { closedir(handle) }
        var found = 0
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasSuffix(".ta") else { continue }
            try FileSystem.copyFile(dir + "/" + name, to: tee.taDirectory + "/" + name, mode: 0o600)
            found += 1
        }
        guard found > 0 else { throw FixtureError("no .ta in \(dir)") }
    }

    /// Makes `tee` (not started yet) trust the key the kit signs with.
    func trust(_ tee: TEEDaemonFixture) throws {
        try FileSystem.copyFile(kitState + "/keys/trusted/ta-signing.pem", to: tee.trustStoreDirectory + "/devkit.pem")
    }

    /// A teed with the bundled TAs, the kit's key trusted and the TAs of `directories` installed.
    func startTEE(installing directories: [String]) throws -> TEEDaemonFixture {
        let tee = try TEEDaemonFixture(start: false)
        try trust(tee)
        for directory in directories { try install(directory, into: tee) }
        try tee.start()
        return tee
    }
}
