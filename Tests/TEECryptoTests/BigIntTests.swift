#if canImport(Glibc)
import Glibc
#endif
import Testing

/// GP big integers (chapter 8): Tests/CTests/bigint_check.c, compiled with gcc against the
/// backend's bigint.c (and, in the second variant, libutee's arith.c), must print only
/// "ok" lines: known answers from Python, GP's overflow, short-buffer and panic cases,
/// aliasing, header checks.
@Suite("big integers")
struct BigIntTests {
    /// The checkout: this file is Tests/TEECryptoTests/BigIntTests.swift.
    static let root: String = {
        var path = "\(#filePath)"
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()

    static let variants: [(String, [String])] = [
        ("backend table", []),
        ("libutee over the table", ["-DBIGINT_CHECK_LIBUTEE", "-I", "DevKit/include", "DevKit/libutee/arith.c"]),
    ]

    @Test("bigint_check.c prints only ok lines", arguments: variants)
    func bigintCheck(variant: String, extra: [String]) throws {
        let gcc = try #require(Self.which("gcc") ?? Self.which("cc"), "no C compiler (gcc or cc) on PATH")
        var template = Array("/tmp/swift-tee-bigint-XXXXXX".utf8CString)
        let directory = try #require(template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }.map { String(cString: $0) })
        let program = directory + "/bigint_check"
        defer {
            unlink(program)
            rmdir(directory)
        }

        let compile = Self.run(gcc, [
            "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-O1", "-o", program,
            "-I", "Sources/CTEECryptoBackend/include", "-I", "Sources/CTEETAABI/include",
        ] + extra + ["Sources/CTEECryptoBackend/bigint.c", "Tests/CTests/bigint_check.c", "-lcrypto"], in: Self.root)
        try #require(compile.status == 0, "\(variant): gcc failed (\(compile.status)):\n\(compile.output)")

        let run = Self.run(program, [], in: directory)
        let lines = run.output.split(separator: "\n").map(String.init)
        let passed = lines.filter { $0.hasPrefix("ok ") }
        let failed = lines.filter { $0.hasPrefix("not ok") }
        #expect(run.status == 0, "\(variant): exit status \(run.status)\n\(run.output)")
        #expect(failed.isEmpty, "\(variant): \(failed.count) failed:\n\(failed.joined(separator: "\n"))")
        // The plan line says how many checks ran; none may go missing (a crash mid-way).
        #expect(lines.last == "1..\(passed.count)", "\(variant): plan \(lines.last ?? "missing") for \(passed.count) ok lines")
        #expect(passed.count > 250, "\(variant): only \(passed.count) checks ran")
    }

    static func which(_ name: String) -> String? {
        guard let path = getenv("PATH").map({ String(cString: $0) }) else { return nil }
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs `executable` in `directory` to its end: exit status (-1 if it could not start,
    /// 128 + n for signal n) and stdout and stderr together.
    static func run(_ executable: String, _ arguments: [String], in directory: String) -> (status: Int32, output: String) {
        var template = Array("/tmp/swift-tee-bigint-output-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return (-1, "mkstemp failed") }
        let outputPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer {
            close(fd)
            unlink(outputPath)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fd, 1)
        posix_spawn_file_actions_adddup2(&actions, fd, 2)
        posix_spawn_file_actions_addclose(&actions, fd)

        // posix_spawn has no working directory: run through /bin/sh's cd.
        let argv = (["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory, executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ) == 0 else { return (-1, "cannot start \(executable)") }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        let status = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)

        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        lseek(fd, 0, SEEK_SET)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            output += buffer[0..<n]
        }
        return (status, String(decoding: output, as: UTF8.self))
    }
}
