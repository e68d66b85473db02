import CTEETAABI
import TEEABI
import TEECrypto
#if canImport(Glibc)
import Glibc
#endif

/// The TA's crypto objects and operations, by the ids its libutee holds as handles. GP's
/// "panic" cases end the TA here (`fail`), with the reason in teed's log.
final class HostCrypto {
    private(set) var objects: [UInt32: GPObject] = [:]
    private(set) var operations: [UInt32: GPOperation] = [:]
    private var nextID: UInt32 = 1
    /// How a panic ends the TA (the host's TEE_Panic).
    let panic: (String) -> Never

    /// Bounds on what one TA can make the host hold.
    static let maxHandles = 65_536

    init(panic: @escaping (String) -> Never) {
        self.panic = panic
    }

    private func makeID() -> UInt32 {
        repeat {
            nextID = nextID == UInt32.max ? 1 : nextID + 1
        } while objects[nextID] != nil || operations[nextID] != nil
        return nextID
    }

    func add(_ object: GPObject) -> UInt32? {
        guard objects.count + operations.count < Self.maxHandles else { return nil }
        let id = makeID()
        objects[id] = object
        return id
    }

    func add(_ operation: GPOperation) -> UInt32? {
        guard objects.count + operations.count < Self.maxHandles else { return nil }
        let id = makeID()
        operations[id] = operation
        return id
    }

    func removeObject(_ id: UInt32) { objects[id] = nil }
    func removeOperation(_ id: UInt32) { operations[id] = nil }

    func object(_ id: UInt32) -> GPObject {
        guard let object = objects[id] else { panic("invalid object handle \(id)") }
        return object
    }

    func operation(_ id: UInt32) -> GPOperation {
        guard let operation = operations[id] else { panic("invalid operation handle \(id)") }
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
