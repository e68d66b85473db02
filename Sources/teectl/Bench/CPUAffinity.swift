#if canImport(Glibc)
import Glibc
#endif

/// sched_{get,set}affinity, which Swift's Glibc module does not export: looked up in libc.
enum CPUAffinity {
    /// A cpu_set_t's worth of bits (1024 CPUs).
    typealias Mask = [UInt8]
    private static let maskBytes = 128

    private typealias SetFunction = @convention(c) (pid_t, Int, UnsafeRawPointer) -> Int32
    private typealias GetFunction = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32

    private static func function<T>(_ name: String, as type: T.Type) throws -> T {
        guard let symbol = dlsym(nil, name) else { throw BenchError("\(name) is not available") }
        return unsafeBitCast(symbol, to: type)
    }

    /// The CPUs `pid` (0: this process) may run on.
    static func get(_ pid: pid_t = 0) throws -> Mask {
        var mask = Mask(repeating: 0, count: maskBytes)
        guard try function("sched_getaffinity", as: GetFunction.self)(pid, maskBytes, &mask) == 0 else {
            throw BenchError("sched_getaffinity(\(pid)): errno \(errno)")
        }
        return mask
    }

    static func set(_ pid: pid_t, _ mask: Mask) throws {
        guard try function("sched_setaffinity", as: SetFunction.self)(pid, maskBytes, mask) == 0 else {
            throw BenchError("sched_setaffinity(\(pid)): errno \(errno); run with --placement free to skip pinning")
        }
    }

    /// Pins `pid` (0: this process) to one CPU.
    static func pin(_ pid: pid_t, to cpu: Int) throws {
        var mask = Mask(repeating: 0, count: maskBytes)
        mask[cpu / 8] |= UInt8(1) << UInt8(cpu % 8)
        try set(pid, mask)
    }

    /// The CPU numbers in `mask`, ascending.
    static func cpus(in mask: Mask) -> [Int] {
        (0..<(mask.count * 8)).filter { mask[$0 / 8] & (UInt8(1) << UInt8($0 % 8)) != 0 }
    }

    /// The children of `pid` (all its threads'), from /proc.
    static func children(of pid: pid_t) -> [pid_t] {
        var result = [pid_t]()
        guard let dir = opendir("/proc/\(pid)/task") else { return [] }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let tid = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard Int32(tid) != nil else { continue }
            let fd = open("/proc/\(pid)/task/\(tid)/children", O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var bytes = [UInt8](repeating: 0, count: 4096)
            let n = read(fd, &bytes, bytes.count)
            close(fd)
            guard n > 0 else { continue }
            result += String(decoding: bytes.prefix(n), as: UTF8.self).split(separator: " ").compactMap { pid_t($0) }
        }
        return result
    }
}
