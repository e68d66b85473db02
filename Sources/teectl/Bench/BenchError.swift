/// A benchmark that cannot go on: printed as "Error: …", exit status 1, no usage text.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
