/// The buffers TA's commands: the Swift twin of `include/buffers_ta.h`.
public enum BuffersCommand: UInt32, Sendable {
    case nop = 0
    case checksum = 1
    case fill = 2
    case reverse = 3
    case wait = 4
    case crash = 5
    case tryNetwork = 6
    case whoami = 7
    case secret = 8
    case instance = 9
}

/// How `crash` ends the TA host.
public enum BuffersCrash: UInt32, Sendable {
    case panic = 0, abort = 1, segfault = 2, trap = 3, hang = 4
}

/// FNV-1a, 32 bits: the checksum the TA and its clients agree on.
public func fnv1a<S: Sequence<UInt8>>(_ bytes: S) -> UInt32 {
    bytes.reduce(0x811c_9dc5) { ($0 ^ UInt32($1)) &* 0x0100_0193 }
}
