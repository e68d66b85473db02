// The TA host: one sandboxed, single-threaded process per TA instance, started by teed
// with its control channel as fd 3.
import TEEPlatform
import TEETAHost
#if canImport(Glibc)
import Glibc
#endif

Sandbox.dieWithParent(signal: SIGKILL)
do {
    try Sandbox.apply(maxAddressSpace: 8 << 30)
} catch {
    StandardError.write("tee-ta-host: cannot sandbox itself: \(error)")
    exit(78)
}
TAHost(control: FileDescriptor(3)).run()
