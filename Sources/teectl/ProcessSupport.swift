import ArgumentParser
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Runs a program and returns its standard output; fails on a non-zero exit.
func runCapturing(_ path: String, _ arguments: [String]) throws -> String {
    var pipeFDs: [Int32] = [-1, -1]
    guard pipe(&pipeFDs) == 0 else { throw CommandFailure("pipe failed") }
    let readEnd = FileDescriptor(pipeFDs[0])
    let writeEnd = FileDescriptor(pipeFDs[1])
    // The child writes to fd 3; run it through a shell-free spawn with fd 3 as stdout.
    let pid = try ProcessSpawner.spawn(path: "/bin/sh", arguments: ["sh", "-c", "exec \"$0\" \"$@\" >&3", path] + arguments,
                                       environment: ["PATH=/usr/bin:/bin", "SWIFT_BACKTRACE=enable=no"], fd3: writeEnd.rawValue)
    writeEnd.close()
    var output = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = read(readEnd.rawValue, &chunk, chunk.count)
        if n <= 0 { break }
        output += chunk.prefix(n)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard status == 0 else { throw CommandFailure("\(path) failed (status \(status))") }
    return String(decoding: output, as: UTF8.self)
}

/// A command that could not do its work (as opposed to being called wrongly): printed as
/// "Error: …" without the usage text.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
