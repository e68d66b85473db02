#if canImport(Glibc)
import Glibc
#endif

/// What /proc says about processes and descriptors.
enum ProcFS {
    /// Parent pid and state letter from /proc/<pid>/stat; nil when there is no such process.
    static func stat(_ pid: pid_t) -> (ppid: pid_t, state: Character)? {
        guard let text = readFile("/proc/\(pid)/stat"), let close = text.lastIndex(of: ")") else { return nil }
        // After "pid (comm)": " S ppid ..."
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 2, let state = fields[0].first, let ppid = pid_t(fields[1]) else { return nil }
        return (ppid, state)
    }

    static func allPIDs() -> [pid_t] {
        guard let dir = opendir("/proc") else { return [] }
        defer { closedir(dir) }
        var pids = [pid_t]()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if let pid = pid_t(name) { pids.append(pid) }
        }
        return pids
    }

    /// Processes whose parent is `parent`.
    static func children(of parent: pid_t) -> [pid_t] {
        allPIDs().filter { stat($0)?.ppid == parent }.sorted()
    }

    /// The process exists and is not a zombie.
    static func isAlive(_ pid: pid_t) -> Bool {
        guard let s = stat(pid) else { return false }
        return s.state != "Z" && s.state != "X"
    }

    /// The process is gone from /proc altogether (reaped).
    static func isGone(_ pid: pid_t) -> Bool { stat(pid) == nil }

    static func descriptors(of pid: String = "self") -> [Int32: String] {
        guard let dir = opendir("/proc/\(pid)/fd") else { return [:] }
        var result = [Int32: String]()
        var names = [Int32]()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if let fd = Int32(name) { names.append(fd) }
        }
        let own = dirfd(dir)
        closedir(dir)
        for fd in names where !(pid == "self" && fd == own) {
            var buffer = [CChar](repeating: 0, count: 4096)
            let n = readlink("/proc/\(pid)/fd/\(fd)", &buffer, buffer.count - 1)
            guard n >= 0 else { continue }
            result[fd] = String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return result
    }

    /// A field of /proc/<pid>/status ("CapEff", "NoNewPrivs", "Seccomp", …).
    static func status(_ pid: pid_t, field: String) -> String? {
        guard let text = readFile("/proc/\(pid)/status") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            return line.dropFirst(field.count + 1).trimmingCharacters(in: " \t")
        }
        return nil
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = self
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
