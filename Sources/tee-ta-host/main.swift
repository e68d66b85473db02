// The TA host: one sandboxed, single-threaded process per TA instance, started by teed
// with its control channel as fd 3. `tee-ta-host --inspect FILE` prints a TA image's
// header instead, under the same sandbox.
import TEEPlatform
import TEETAHost
#if canImport(Glibc)
import Glibc
#endif

Sandbox.dieWithParent(signal: SIGKILL)
ResourceLimits.raiseOpenFiles()
do {
    try Sandbox.apply(maxAddressSpace: 8 << 30)
} catch {
    StandardError.write("tee-ta-host: cannot sandbox itself: \(error)")
    exit(78)
}

let arguments = CommandLine.arguments
if arguments.count == 3 && arguments[1] == "--inspect" {
    guard let header = TAImageInspector.inspect(path: arguments[2]) else {
        StandardError.write("tee-ta-host: \(arguments[2]) is not a loadable TA image")
        exit(65)
    }
    print("uuid=\(header.uuid) flags=0x\(String(header.flags.rawValue, radix: 16)) version=\(header.version) description=\(header.description)")
    exit(0)
}
guard arguments.count == 1 else {
    StandardError.write("usage: tee-ta-host (started by teed) | tee-ta-host --inspect FILE")
    exit(64)
}
TAHost(control: FileDescriptor(3)).run()
