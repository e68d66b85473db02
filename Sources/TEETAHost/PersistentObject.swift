import TEEABI
import TEECrypto

/// A persistent object handle in the host: the object's attributes as a `GPObject` (so the
/// handle works as a key and with the generic object functions), teed's handle, and what
/// GP keeps per handle: the flags it was opened with and its data position.
final class PersistentObject {
    /// teed's handle; teed checks the sharing rules and holds the object itself.
    let handle: UInt32
    let object: GPObject
    let flags: DataFlags
    var position: UInt64 = 0
    /// The data size teed reported last (another handle may have changed it since).
    var dataSize: UInt64

    init(handle: UInt32, object: GPObject, flags: DataFlags, dataSize: UInt64) {
        self.handle = handle
        self.object = object
        self.flags = flags
        self.dataSize = dataSize
    }

    /// TEE_HANDLE_FLAG_PERSISTENT | INITIALIZED | the flags the handle was opened with.
    var handleFlags: UInt32 {
        GPHandleFlags.persistent.rawValue | GPHandleFlags.initialized.rawValue | flags.rawValue
    }
}

/// A persistent object enumerator (`TEE_ObjectEnumHandle`): which storage it walks and the
/// last id it returned. teed answers "the next object after this id", so objects created or
/// deleted between calls never derail it.
final class ObjectEnumerator {
    /// Nil until started (TEE_GetNextPersistentObject then finds nothing).
    var storage: StorageID?
    var after: [UInt8]?

    func reset() {
        storage = nil
        after = nil
    }
}
