import Testing

/// Every integration suite is nested here so they run one at a time: each starts real
/// processes (teed, TA hosts, C programs) on a small machine, and the descriptor-leak
/// test counts the test process's own descriptors, which no other test may touch meanwhile.
@Suite(.serialized, .timeLimit(.minutes(5)))
enum Integration {}
