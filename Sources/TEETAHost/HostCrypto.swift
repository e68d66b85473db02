import CTEETAABI
import TEEABI
import TEECrypto
#if canImport(Glibc)
import Glibc
#endif

/// The TA's crypto objects and operations, by the ids its libutee holds as handles. GP's
/// "panic" cases end the TA here (`fail`), with the reason in teed's log.
final class HostCrypto {
    /// Handle id n is slot n - 1: a lookup on every crypto call is an array index, not a hash.
    /// Objects, persistent objects, operations and enumerators share one id space, so a
    /// handle of one kind is never taken for another.
    private enum Slot {
        case free
        case object(GPObject)
        case persistent(PersistentObject)
        case operation(GPOperation)
        case enumerator(ObjectEnumerator)
    }

    private var slots: [Slot] = []
    private var freeSlots: [Int] = []
    /// How a panic ends the TA (the host's TEE_Panic).
    let panic: (String) -> Never

    /// Bounds on what one TA can make the host hold.
    static let maxHandles = 65_536

    init(panic: @escaping (String) -> Never) {
        self.panic = panic
    }

    private func add(_ slot: Slot) -> UInt32? {
        if let index = freeSlots.popLast() {
            slots[index] = slot
            return UInt32(index + 1)
        }
        guard slots.count < Self.maxHandles else { return nil }
        slots.append(slot)
        return UInt32(slots.count)
    }

    func add(_ object: GPObject) -> UInt32? { add(.object(object)) }
    func add(_ object: PersistentObject) -> UInt32? { add(.persistent(object)) }
    func add(_ operation: GPOperation) -> UInt32? { add(.operation(operation)) }
    func add(_ enumerator: ObjectEnumerator) -> UInt32? { add(.enumerator(enumerator)) }

    /// Frees a transient object (a persistent one is closed through `HostStorage`).
    func removeObject(_ id: UInt32) {
        guard case .object = slot(id) else { panic("invalid transient object handle \(id)") }
        release(id)
    }

    func removePersistent(_ id: UInt32) {
        guard case .persistent = slot(id) else { panic("invalid persistent object handle \(id)") }
        release(id)
    }

    func removeOperation(_ id: UInt32) {
        guard case .operation = slot(id) else { panic("invalid operation handle \(id)") }
        release(id)
    }

    func removeEnumerator(_ id: UInt32) {
        guard case .enumerator = slot(id) else { panic("invalid object enumerator handle \(id)") }
        release(id)
    }

    private func release(_ id: UInt32) {
        slots[Int(id) - 1] = .free
        freeSlots.append(Int(id) - 1)
    }

    private func slot(_ id: UInt32) -> Slot {
        let index = Int(id) - 1
        guard index >= 0, index < slots.count else { return .free }
        return slots[index]
    }

    /// The object behind a transient or persistent handle (keys, attributes, info).
    func object(_ id: UInt32) -> GPObject {
        switch slot(id) {
        case let .object(object): return object
        case let .persistent(persistent): return persistent.object
        default: panic("invalid object handle \(id)")
        }
    }

    /// A handle GP requires to be transient (reset, copy destination, free).
    func transientObject(_ id: UInt32) -> GPObject {
        switch slot(id) {
        case let .object(object): return object
        case .persistent: panic("object handle \(id) is persistent where GP requires a transient object")
        default: panic("invalid object handle \(id)")
        }
    }

    /// A handle GP requires to be persistent (data streams, rename, delete).
    func persistent(_ id: UInt32) -> PersistentObject {
        switch slot(id) {
        case let .persistent(persistent): return persistent
        case .object: panic("object handle \(id) is transient where GP requires a persistent object")
        default: panic("invalid persistent object handle \(id)")
        }
    }

    /// The persistent object behind `id`, nil for a transient one; panics on anything else.
    func persistentIfAny(_ id: UInt32) -> PersistentObject? {
        switch slot(id) {
        case let .persistent(persistent): return persistent
        case .object: return nil
        default: panic("invalid object handle \(id)")
        }
    }

    func enumerator(_ id: UInt32) -> ObjectEnumerator {
        guard case let .enumerator(enumerator) = slot(id) else { panic("invalid object enumerator handle \(id)") }
        return enumerator
    }

    func operation(_ id: UInt32) -> GPOperation {
        guard case let .operation(operation) = slot(id) else { panic("invalid operation handle \(id)") }
        return operation
    }

    /// Runs a GP call: a result comes back as TEE_Result; a panic ends the TA.
    func run(_ body: () throws(GPFault) -> Void) -> UInt32 {
        do throws(GPFault) {
            try body()
            return TEEResult.success.rawValue
        } catch {
            switch error {
            case let .result(result): return result.rawValue
            case let .panic(why): panic(why)
            }
        }
    }

    /// TA-provided attributes, copied out of its memory.
    static func attributes(_ raw: UnsafePointer<stee_attribute>?, count: UInt32) -> [GPAttribute] {
        guard let raw, count > 0 else { return [] }
        return (0..<Int(count)).map { i in
            let a = raw[i]
            let id = GPAttributeID(rawValue: a.id)
            if id.isValue { return GPAttribute(id, a: a.content.value.a, b: a.content.value.b) }
            let length = a.content.ref.length
            let bytes = a.content.ref.buffer.map { UnsafeRawBufferPointer(start: $0, count: length) }
                ?? UnsafeRawBufferPointer(start: nil, count: 0)
            return GPAttribute(id, bytes: SecureBytes(bytes))
        }
    }
}

/// Buffers the TA passes: `(pointer, length)` as raw buffers (a NULL pointer is empty).
func rawBuffer(_ pointer: UnsafeRawPointer?, _ length: Int) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: length > 0 ? pointer : nil, count: pointer == nil ? 0 : length)
}

func mutableRawBuffer(_ pointer: UnsafeMutableRawPointer?, _ length: Int) -> UnsafeMutableRawBufferPointer {
    UnsafeMutableRawBufferPointer(start: length > 0 ? pointer : nil, count: pointer == nil ? 0 : length)
}
