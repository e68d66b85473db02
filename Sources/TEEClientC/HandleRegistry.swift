import CTEEClientAPI
import Synchronization
import TEEClient

/// What the C structs' small `imp` fields name: `TEEC_Context.imp.fd`,
/// `TEEC_Session.imp.session_id` and `TEEC_SharedMemory.imp.id` are keys into this table.
/// It is the one piece of process-wide state in libteec, which the C ABI forces: the
/// structs have no room for a pointer of ours.
final class HandleRegistry: Sendable {
    static let shared = HandleRegistry()

    private struct Tables {
        var contexts: [Int32: TEEContext] = [:]
        var sessions: [UInt32: TEESession] = [:]
        var memories: [Int32: TEESharedMemory] = [:]
        var nextMemory: Int32 = 0
        /// Operations running now, for TEEC_RequestCancellation.
        var running: [UInt: TEECancellation] = [:]
        /// Operations cancelled before they started.
        var cancelledEarly: Set<UInt> = []
    }

    private let tables = Mutex(Tables())

    func add(context: TEEContext, key: Int32) { tables.withLock { $0.contexts[key] = context } }
    func context(_ key: Int32) -> TEEContext? { tables.withLock { $0.contexts[key] } }
    func removeContext(_ key: Int32) -> TEEContext? { tables.withLock { $0.contexts.removeValue(forKey: key) } }

    /// Forgets the sessions a finalized context left open (teed has closed them).
    func removeSessions(of context: TEEContext) {
        tables.withLock { t in t.sessions = t.sessions.filter { $0.value.context !== context } }
    }

    func add(session: TEESession) { tables.withLock { $0.sessions[session.id] = session } }
    func session(_ id: UInt32) -> TEESession? { tables.withLock { $0.sessions[id] } }
    func removeSession(_ id: UInt32) -> TEESession? { tables.withLock { $0.sessions.removeValue(forKey: id) } }

    func add(memory: TEESharedMemory) -> Int32 {
        tables.withLock { t in
            repeat {
                t.nextMemory = t.nextMemory == Int32.max ? 1 : t.nextMemory + 1
            } while t.memories[t.nextMemory] != nil
            t.memories[t.nextMemory] = memory
            return t.nextMemory
        }
    }
    func memory(_ id: Int32) -> TEESharedMemory? { tables.withLock { $0.memories[id] } }
    func removeMemory(_ id: Int32) -> TEESharedMemory? { tables.withLock { $0.memories.removeValue(forKey: id) } }

    /// Operations are named by their address. Registers a starting operation and marks it
    /// started (under the same lock cancellation reads it with); nil when it was cancelled
    /// before it started.
    func start(_ operation: UInt) -> TEECancellation? {
        tables.withLock { t in
            if t.cancelledEarly.remove(operation) != nil { return nil }
            UnsafeMutablePointer<TEEC_Operation>(bitPattern: operation)?.pointee.started = 1
            let cancellation = TEECancellation()
            t.running[operation] = cancellation
            return cancellation
        }
    }

    func finish(_ operation: UInt) { tables.withLock { _ = $0.running.removeValue(forKey: operation) } }

    /// TEEC_RequestCancellation: reaches the running operation, or marks one not started yet.
    func cancel(_ operation: UInt) {
        let running: TEECancellation? = tables.withLock { t in
            if let c = t.running[operation] { return c }
            // Only an operation that has not started yet is marked; one that already ran
            // (started stays 1 until the caller reuses it) is left alone.
            if UnsafeMutablePointer<TEEC_Operation>(bitPattern: operation)?.pointee.started == 0 {
                if t.cancelledEarly.count > 1024 { t.cancelledEarly.removeAll() }
                t.cancelledEarly.insert(operation)
            }
            return nil
        }
        running?.cancel()
    }
}
