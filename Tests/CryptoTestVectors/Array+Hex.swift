import TEEABI

/// Vectors are written as hex; tests compare in hex.
extension Array where Element == UInt8 {
    /// The bytes of `hex` (whitespace and newlines between digits allowed). A malformed vector
    /// stops the test run rather than turning into an empty array that some assertion might accept.
    public init(hex: String) {
        guard let bytes = Hex.decode(hex.filter { !$0.isWhitespace }) else { preconditionFailure("not a hex vector: \(hex)") }
        self = bytes
    }

    public var hex: String { Hex.encode(self) }
}
