#if canImport(Glibc)
import Glibc
#endif

/// Building C programs against swift-tee's libteec, as Scripts/demo.sh does: the library
/// copied as `libteec.so.2` with a `libteec.so` symlink, headers from the checkout.
enum CToolchain {
    static var gcc: String? { which("gcc") ?? which("cc") }

    static let includeDirectories = [
        "Sources/CTEEClientAPI/include", "Examples/hello-world/include", "Examples/buffers/include",
    ].map { TEEDaemonFixture.repositoryRoot + "/" + $0 }

    static func source(_ relativePath: String) -> String { TEEDaemonFixture.repositoryRoot + "/" + relativePath }

    /// `<directory>/lib` holding libteec.so.2 and the libteec.so link to it.
    static func libteecDirectory(in directory: String) throws -> String {
        let lib = directory + "/lib"
        if FileSystem.exists(lib + "/libteec.so.2") { return lib }
        try FileSystem.makeDirectory(lib)
        try FileSystem.copyFile(TEEDaemonFixture.productsDirectory + "/libteec.so", to: lib + "/libteec.so.2", mode: 0o755)
        guard symlink("libteec.so.2", lib + "/libteec.so") == 0 else { throw FileSystemError("symlink libteec.so") }
        return lib
    }

    /// Compiles `sources` into `output`; linked against libteec when `libteec` is given.
    static func compile(_ sources: [String], output: String, libteec: String? = nil, flags: [String] = []) throws {
        guard let gcc else { throw FixtureError("no C compiler (gcc or cc) on PATH") }
        var arguments = ["-std=gnu11", "-Wall", "-O1", "-o", output] + flags
        arguments += includeDirectories.flatMap { ["-I", $0] }
        arguments += sources
        if let libteec { arguments += ["-L", libteec, "-lteec", "-Wl,-rpath," + libteec] }
        arguments += ["-lpthread"]
        let directory = String(output[..<output.lastIndex(of: "/")!])
        let run = try ChildProcess.run(gcc, arguments, outputDirectory: directory, timeout: 120)
        guard run.status == .exited(0) else {
            throw FixtureError("\(gcc) \(arguments.joined(separator: " ")) failed (\(String(describing: run.status))):\n\(run.stdout)\(run.stderr)")
        }
    }
}

/// Reads the dynamic section of an ELF64 little-endian file, without any tool.
enum ELF {
    /// DT_SONAME.
    static func soname(of path: String) -> String? { dynamicStrings(of: path, tag: 14).first }

    /// DT_NEEDED entries.
    static func needed(of path: String) -> [String] { dynamicStrings(of: path, tag: 1) }

    private static func dynamicStrings(of path: String, tag wanted: Int) -> [String] {
        guard let bytes = readFileBytes(path), bytes.count > 64, bytes.starts(with: [0x7F, 0x45, 0x4C, 0x46]),
              bytes[4] == 2, bytes[5] == 1 else { return [] }
        func u16(_ o: Int) -> Int { Int(bytes[o]) | Int(bytes[o + 1]) << 8 }
        func u32(_ o: Int) -> Int { (0..<4).reduce(0) { $0 | Int(bytes[o + $1]) << (8 * $1) } }
        func u64(_ o: Int) -> Int { (0..<8).reduce(0) { $0 | Int(bytes[o + $1]) << (8 * $1) } }
        let shoff = u64(0x28), shentsize = u16(0x3A), shnum = u16(0x3C)
        guard shoff > 0, shentsize >= 64, shoff + shnum * shentsize <= bytes.count else { return [] }
        var found = [String]()
        for i in 0..<shnum {
            let sh = shoff + i * shentsize
            guard u32(sh + 4) == 6 else { continue }   // SHT_DYNAMIC
            let offset = u64(sh + 0x18), size = u64(sh + 0x20), link = u32(sh + 0x28)
            guard link < shnum, offset + size <= bytes.count else { return [] }
            let strOffset = u64(shoff + link * shentsize + 0x18)
            for entry in stride(from: offset, to: offset + size, by: 16) {
                let tag = u64(entry)
                if tag == 0 { break }
                guard tag == wanted else { continue }
                let start = strOffset + u64(entry + 8)
                guard start < bytes.count else { continue }
                found.append(String(decoding: bytes[start...].prefix(while: { $0 != 0 }), as: UTF8.self))
            }
        }
        return found
    }
}
