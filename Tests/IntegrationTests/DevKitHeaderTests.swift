import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Integration {
    /// The GP Internal Core API headers a C TA includes (DevKit/include): layouts, values
    /// and signatures as OP-TEE has them, in both API modes.
    @Suite("dev kit headers")
    struct DevKitHeaderTests {
        @Test("Tests/CTests/internal_api_check.c compiles with -Werror and runs, GP 1.3.1 and 1.1 modes",
              arguments: [[String](), ["-D__OPTEE_CORE_API_COMPAT_1_1=1"]])
        func internalAPICheck(mode: [String]) throws {
            let dir = try FileSystem.makeTemporaryDirectory()
            defer { FileSystem.removeTree(dir) }
            let program = dir + "/internal_api_check"
            try CToolchain.compile([CToolchain.source("Tests/CTests/internal_api_check.c")], output: program,
                                   flags: ["-std=c11", "-Wextra", "-Werror", "-I", CToolchain.source("DevKit/include")] + mode)
            let run = try ChildProcess.run(program, [], outputDirectory: dir, timeout: 30)
            #expect(run.status == .exited(0))
        }
    }
}
