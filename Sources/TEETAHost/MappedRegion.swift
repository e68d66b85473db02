import TEEPlatform

/// How many bytes of client memory one TA host maps at most, across all its sessions, so
/// that no client can use up the address space a shared instance needs.
final class MappingBudget {
    static let limit = 4 << 30
    private(set) var used = 0

    func reserve(_ bytes: Int) -> Bool {
        guard bytes <= Self.limit - used else { return false }
        used += bytes
        return true
    }

    func release(_ bytes: Int) { used -= bytes }
}

/// A client's memory mapped in this host, counted against the host's budget while mapped.
final class MappedRegion {
    let mapping: SharedMapping
    private let budget: MappingBudget

    /// Nil when the budget does not allow the mapping or mmap fails.
    init?(fd: Int32, size: Int, budget: MappingBudget) {
        guard budget.reserve(max(size, 1)) else { return nil }
        guard let mapping = try? SharedMapping(fd: fd, size: size) else {
            budget.release(max(size, 1))
            return nil
        }
        self.mapping = mapping
        self.budget = budget
    }

    var base: UnsafeMutableRawPointer { mapping.base }
    var size: Int { mapping.size }

    deinit { budget.release(max(mapping.size, 1)) }
}
