import Testing
import TEEClient

extension Integration {
    /// The GP TEE Client API for C: Tests/CTests against libteec.so.2.
    @Suite("libteec C conformance")
    struct CConformanceTests {
        @Test("Tests/CTests/teec_test.c passes every check against a live teed")
        func teecTest() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let lib = try CToolchain.libteecDirectory(in: tee.root)
            let program = tee.root + "/teec_test"
            try CToolchain.compile([CToolchain.source("Tests/CTests/teec_test.c")], output: program, libteec: lib)
            // Linked through the libteec.so symlink, the program asks for the SONAME.
            #expect(ELF.needed(of: program).contains("libteec.so.2"), "DT_NEEDED: \(ELF.needed(of: program))")

            let run = try ChildProcess.run(program, [], environment: ["TEE_SOCKET": tee.socketPath],
                                           outputDirectory: tee.root, timeout: 300)
            let failures = run.stdout.split(separator: "\n").filter { $0.hasPrefix("not ok") }
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
            #expect(run.status == .exited(0), "teec_test ended with \(String(describing: run.status))\n\(run.stdout)\n\(run.stderr)")
            let summary = run.stdout.split(separator: "\n").last { $0.hasSuffix(" failed") }
            let fields = summary?.split(separator: " ") ?? []
            #expect(fields.count == 4 && fields[1] == "passed," && fields[2] == "0" && fields[3] == "failed",
                    "summary line: \(String(describing: summary))")
            #expect((fields.first.flatMap { Int($0) } ?? 0) > 0, "no check passed")
            #expect(tee.isRunning)
        }

        @Test("Tests/CTests/layout_check.c compiles with -Werror and runs")
        func layoutCheck() throws {
            let dir = try FileSystem.makeTemporaryDirectory()
            defer { FileSystem.removeTree(dir) }
            let program = dir + "/layout_check"
            try CToolchain.compile([CToolchain.source("Tests/CTests/layout_check.c")], output: program,
                                   flags: ["-std=c11", "-Wextra", "-Werror"])
            let run = try ChildProcess.run(program, [], outputDirectory: dir, timeout: 30)
            #expect(run.status == .exited(0))
        }

        @Test("libteec.so carries SONAME libteec.so.2")
        func soname() throws {
            let library = TEEDaemonFixture.productsDirectory + "/libteec.so"
            #expect(ELF.soname(of: library) == "libteec.so.2")
            if let readelf = which("readelf") {
                let dir = try FileSystem.makeTemporaryDirectory()
                defer { FileSystem.removeTree(dir) }
                let run = try ChildProcess.run(readelf, ["-d", library], outputDirectory: dir, timeout: 30)
                #expect(run.status == .exited(0))
                #expect(run.stdout.contains("Library soname: [libteec.so.2]"), "\(run.stdout)")
            }
        }
    }
}
