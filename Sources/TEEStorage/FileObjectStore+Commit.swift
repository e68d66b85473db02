/// The commit protocol (docs/storage.md): every write, rename and delete is durable and
/// atomic when it returns, and leaves the previous state in place when it throws.
///
/// 1. A large object's new version goes to a new file (written, fsynced), and the
///    directory is synced so the file's entry is durable before any index can name it.
///    Small objects are sealed inline in the index and need no file.
/// 2. The new index (counter + 1) overwrites, in place, the index slot that does not hold
///    the newest version, and is fdatasynced: this is the commit point. (The first index,
///    or one that has outgrown its slots, is a new file: `index.tmp`, renamed over
///    `index`, directory synced.)
/// 3. The anchor advances to the new counter.
/// 4. The replaced file, if any, is removed (a crash before this leaves an orphan that the
///    next open removes).
///
/// A small-object commit therefore costs two syncs: the index slot and the anchor.
///
/// A failure in 2 or 3 is undone by committing the previous index again under a higher
/// counter (into the slot not holding the failed one's, if that was written); if even that
/// fails the store stops serving (`broken`) until it is reopened, which finds the old or the
/// new state.
extension FileObjectStore {
    func commit(_ next: StoreIndex, newFile: (name: String, bytes: [UInt8])?, replaced: String?) throws(StorageError) {
        if let newFile {
            do throws(StorageError) {
                try backend.create(newFile.name, newFile.bytes)
                try backend.syncDirectory()
            } catch {
                try? backend.remove(newFile.name)
                throw error
            }
        }
        do throws(StorageError) {
            try publish(next)
        } catch {
            if broken == nil, let newFile { try? backend.remove(newFile.name) }
            throw error
        }
        if let replaced { try? backend.remove(replaced) }
    }

    /// Makes `next` the index on disk and in memory, or throws with the previous one in place.
    private func publish(_ next: StoreIndex) throws(StorageError) {
        do throws(StorageError) {
            try writeIndex(next)
            try anchor.advance(to: next.counter)
        } catch {
            undo(after: next.counter)
            throw error
        }
        index = next
    }

    /// The commit failed, and the slot written (or being written) may hold the new index:
    /// commit the current index again under a higher counter.
    private func undo(after counter: UInt64) {
        var previous = index
        previous.counter = counter + 1
        do throws(StorageError) {
            try writeIndex(previous)
            // A new index file's rename may not be durable yet.
            try backend.syncDirectory()
        } catch {
            broken = "a failed commit could not be undone (\(error)); reopen the store"
            return
        }
        // The previous state is durable again; an anchor that lags behind only weakens
        // protection until the next commit.
        try? anchor.advance(to: previous.counter)
        index = previous
    }

    /// Writes `next` into the slot not holding the newest version and syncs it; when there
    /// is no index file yet, or `next` does not fit a slot, writes a new index file instead
    /// (slot 0, capacity with room to grow) and syncs the directory. Updates `indexSlot` and
    /// `indexCapacity` as soon as they describe the disk.
    private func writeIndex(_ next: StoreIndex) throws(StorageError) {
        if let current = indexSlot, next.sealedLength <= indexCapacity {
            let slot = 1 - current
            try backend.overwrite(Self.indexName, at: slot * indexCapacity, sealIndexSlot(next, slot: slot, capacity: indexCapacity))
            indexSlot = slot
            return
        }
        let capacity = StoreIndex.capacity(for: next.sealedLength)
        let file = try sealIndexSlot(next, slot: 0, capacity: capacity) + [UInt8](repeating: 0, count: capacity)
        do throws(StorageError) {
            try backend.create(Self.indexTemporaryName, file)
            try backend.rename(Self.indexTemporaryName, to: Self.indexName)
        } catch {
            try? backend.remove(Self.indexTemporaryName)
            throw error
        }
        indexSlot = 0
        indexCapacity = capacity
        try backend.syncDirectory()
    }
}
