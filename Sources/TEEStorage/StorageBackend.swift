/// The file operations trusted storage needs, on one flat directory of the normal world's
/// file system (OP-TEE: tee-supplicant's REE FS). Everything the backend stores is
/// ciphertext; the store checks every byte it reads back. Names are single path components.
///
/// Durability contract: `create` and `overwrite` return once the file's contents are on
/// stable storage (fsync/fdatasync); directory changes (`create`'s new entry, `rename`,
/// `remove`) are durable once `syncDirectory` returns.
///
/// Errors: `.notFound` when `read` finds no file, `.noSpace` when the file system is full,
/// `.unavailable` for anything else.
public protocol StorageBackend: AnyObject {
    /// The whole file.
    func read(_ name: String) throws(StorageError) -> [UInt8]
    /// Creates `name` with `bytes` (a leftover of that name is replaced) and syncs the contents.
    func create(_ name: String, _ bytes: [UInt8]) throws(StorageError)
    /// Writes `bytes` at `offset` of the existing file `name` and syncs them.
    func overwrite(_ name: String, at offset: Int, _ bytes: [UInt8]) throws(StorageError)
    /// Atomically replaces `to` with `from`.
    func rename(_ from: String, to: String) throws(StorageError)
    func remove(_ name: String) throws(StorageError)
    /// Makes the directory's entries (creates, renames, removals) durable.
    func syncDirectory() throws(StorageError)
    /// The names in the directory, in no particular order.
    func list() throws(StorageError) -> [String]
}
