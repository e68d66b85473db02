import TEEPlatform
import TEEImage
#if canImport(Glibc)
import Glibc
#endif

/// Writes the two OP-TEE-compatible trees: `client/` (what OP-TEE calls TEEC_EXPORT) and
/// `ta_dev_kit/` (TA_DEV_KIT_DIR): headers and make files from the checkout's DevKit/,
/// libraries from teectl's own build products.
struct DevKitExporter {
    let sourceRoot: String
    let productsDirectory: String
    /// Far above any header or library the kit holds (a debug libteec.so is ≈ 2.4 MB).
    static let fileLimit = 256 << 20
    let destination: String
    let stateDirectory: String
    /// The installation's TA signing key; made on first use.
    var signingKey: String { stateDirectory + "/keys/ta-signing.pem" }

    /// The checkout this teectl was built from (Sources/teectl/SDK/ is three levels down).
    static var defaultSourceRoot: String {
        var path = #filePath
        for _ in 0..<4 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }

    func export() throws {
        let devKit = sourceRoot + "/DevKit"
        guard isDirectory(devKit + "/include"), isDirectory(devKit + "/mk") else {
            throw ExportError("no DevKit/ in \(sourceRoot); pass --source-root <swift-tee checkout>")
        }
        for product in ["libteec.so", "libutee.a"] where !isFile(productsDirectory + "/" + product) {
            throw ExportError("\(product) is not built next to teectl (in \(productsDirectory)); run swift build first")
        }
        try exportClient()
        try exportTADevKit(devKit)
    }

    private func exportClient() throws {
        let client = destination + "/client"
        try copyDirectory(sourceRoot + "/Sources/CTEEClientAPI/include", to: client + "/include", suffix: ".h")
        try makeDirectory(client + "/lib")
        guard let library = ELFSoname.removing(from: try RegularFile.read(productsDirectory + "/libteec.so", limit: Self.fileLimit)) else {
            throw ExportError("libteec.so is not an x86-64 shared object")
        }
        let real = client + "/lib/libteec.so.2.0.0"
        try AtomicFile.write(real, contents: library, mode: 0o755)
        try symlink("libteec.so.2.0.0", at: client + "/lib/libteec.so.2")
        // A linker script naming the library by absolute path: `-lteec` then records that
        // path, so the program finds the library wherever this export lives.
        try AtomicFile.write(client + "/lib/libteec.so", contents: Array("""
            /* GNU ld script written by teectl sdk export: link this export's libteec. */
            INPUT(\(real))

            """.utf8), mode: 0o644)
    }

    private func exportTADevKit(_ devKit: String) throws {
        let kit = destination + "/ta_dev_kit"
        try copyDirectory(devKit + "/include", to: kit + "/include", suffix: ".h")
        try copyDirectory(devKit + "/include", to: kit + "/host_include", suffix: ".h")
        try copyDirectory(devKit + "/host_include", to: kit + "/host_include", suffix: "")
        try copyDirectory(devKit + "/mk", to: kit + "/mk", suffix: ".mk")
        try copyDirectory(devKit + "/src", to: kit + "/src", suffix: "")
        try copyFile(sourceRoot + "/Sources/CTEETAABI/include/swift_tee_ta.h", to: kit + "/src/swift_tee_ta.h")  // for utee_entry.h
        try makeDirectory(kit + "/lib")
        try copyFile(productsDirectory + "/libutee.a", to: kit + "/lib/libutee.a")
        let key = try TASigningKeys.ensureInstallationKey(stateDirectory: stateDirectory)
        try makeDirectory(kit + "/keys")
        try symlink(key, at: kit + "/keys/default_ta.pem")
        let teectl = productsDirectory + "/teectl"
        try AtomicFile.write(kit + "/mk/conf.mk", contents: Array("""
            # Written by teectl sdk export: where this kit's tools and keys are.
            TEECTL ?= \(teectl)
            SWIFT_TEE_STATE_DIR ?= \(stateDirectory)
            CFG_TEE_TA_LOG_LEVEL ?= 2

            """.utf8), mode: 0o644)
    }

    // MARK: Files

    private func copyDirectory(_ source: String, to target: String, suffix: String) throws {
        try makeDirectory(target)
        guard let dir = opendir(source) else { throw ExportError("cannot read \(source)") }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix("."), name.hasSuffix(suffix), isFile(source + "/" + name) else { continue }
            try copyFile(source + "/" + name, to: target + "/" + name)
        }
    }

    private func copyFile(_ source: String, to target: String) throws {
        try AtomicFile.write(target, contents: try RegularFile.read(source, limit: Self.fileLimit), mode: 0o644)
    }

    private func makeDirectory(_ path: String) throws {
        do { try TEEPaths.makeDirectory(path, mode: 0o755) } catch { throw ExportError("cannot create \(path): \(error)") }
    }

    private func symlink(_ target: String, at path: String) throws {
        unlink(path)
        guard Glibc.symlink(target, path) == 0 else { throw ExportError("cannot link \(path) -> \(target)") }
    }

    private func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    private func isFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }
}

struct ExportError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
