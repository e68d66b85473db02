/// The commit protocol (docs/storage.md): every write, rename and delete is durable and
/// atomic when it returns, and leaves the previous state in place when it throws.
///
/// 1. A new object version goes to a new file (written, fsynced), and the directory is
///    synced so the file's entry is durable before any index can name it.
/// 2. The new index goes to `index.tmp` (fsynced) and is renamed over `index`; the
///    directory sync makes the rename durable: this is the commit point.
/// 3. The anchor advances to the new counter.
/// 4. The replaced file is removed (a crash before this leaves an orphan that the next
///    open removes).
///
/// A failure after the rename (2: directory sync, or 3) is undone by committing the
/// previous index again under a higher counter; if even that fails the store stops serving
/// (`broken`) until it is reopened, which finds the old or the new state.
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
        try replaceIndexFile(with: sealIndex(next))
        do throws(StorageError) {
            try backend.syncDirectory()
            try anchor.advance(to: next.counter)
        } catch {
            undo(after: next.counter)
            throw error
        }
        index = next
    }

    /// The new index is visible but the commit failed: commit the current index again.
    private func undo(after counter: UInt64) {
        var previous = index
        previous.counter = counter + 1
        do throws(StorageError) {
            try replaceIndexFile(with: sealIndex(previous))
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

    private func replaceIndexFile(with bytes: [UInt8]) throws(StorageError) {
        do throws(StorageError) {
            try backend.create(Self.indexTemporaryName, bytes)
            try backend.rename(Self.indexTemporaryName, to: Self.indexName)
        } catch {
            try? backend.remove(Self.indexTemporaryName)
            throw error
        }
    }
}
