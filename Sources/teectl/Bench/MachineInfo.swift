import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// What the figures were measured on.
struct MachineInfo {
    var cpus: Int
    var cpuModel: String
    var kernel: String
    /// /proc/loadavg's 1, 5 and 15 minute figures when the run started: other work on the
    /// machine skews everything.
    var loadAverage: String

    static func current() -> MachineInfo {
        let cpus = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        var model = "unknown"
        for line in readText("/proc/cpuinfo").split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                model = line[line.index(after: colon)...].trimmingPrefix(" ").description
            }
            break
        }
        var names = utsname()
        uname(&names)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        let load = readText("/proc/loadavg").split(separator: " ").prefix(3).joined(separator: " ")
        return MachineInfo(cpus: cpus, cpuModel: model,
                           kernel: "\(field(names.sysname)) \(field(names.release)) \(field(names.machine))",
                           loadAverage: load)
    }

    private static func readText(_ path: String) -> String { TextFile.read(path) }
}
