#if canImport(Glibc)
import Glibc
#endif

/// Reads newline-terminated lines from a pipe that several workers write to (each line is
/// written with one write(2) of less than PIPE_BUF bytes, so lines never interleave).
struct LineReader {
    let fd: Int32
    private var pending: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    /// The next line without its newline, or nil at end of file.
    mutating func next() -> String? {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 512)
            let n = read(fd, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                guard !pending.isEmpty else { return nil }
                defer { pending = [] }
                return String(decoding: pending, as: UTF8.self)
            }
            pending += chunk.prefix(n)
        }
    }
}
