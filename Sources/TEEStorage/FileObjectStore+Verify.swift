import TEEABI

extension FileObjectStore {
    public func owners() throws(StorageError) -> [StorageOwnerUsage] {
        try serialized { () throws(StorageError) in
            Dictionary(grouping: index.entries, by: \.key.owner)
                .map { StorageOwnerUsage(owner: $0.key, objects: $0.value.count, bytes: $0.value.reduce(0) { $0 + Int($1.value.dataSize) }) }
                .sorted { $0.owner < $1.owner }
        }
    }

    /// Reads and checks every object, the index on disk against the one in use, and the
    /// anchor; lists files the store does not know. Changes nothing.
    public func verify() throws(StorageError) -> StorageVerification {
        try serialized { () throws(StorageError) in
            var report = StorageVerification()
            do throws(StorageError) {
                if try openIndex(backend.read(Self.indexName)) != index { report.problems.append(StorageProblem(.index)) }
            } catch .unavailable(let why) {
                throw .unavailable(why)
            } catch {
                // A new store that has committed nothing has no index yet.
                if index.counter > 0 || error != .notFound { report.problems.append(StorageProblem(.index)) }
            }
            do throws(StorageError) {
                if let anchored = try anchor.load(), anchored > index.counter { report.problems.append(StorageProblem(.anchor)) }
            } catch .unavailable(let why) {
                throw .unavailable(why)
            } catch {
                report.problems.append(StorageProblem(.anchor))
            }
            for (id, entry) in index.entries.sorted(by: { StoreIndex.precedes($0.key, $1.key) }) {
                do throws(StorageError) {
                    let object = try load(id.owner, entry)
                    report.objectsChecked += 1
                    report.bytes += object.data.count
                } catch {
                    let kind: StorageProblem.Kind = switch error {
                    case .corrupt: entry.file.map { (try? backend.read($0)) == nil } == true ? .missingFile : .corruptFile
                    default: .unreadableFile
                    }
                    report.problems.append(StorageProblem(kind, owner: id.owner, file: entry.file))
                }
            }
            let known = Set(index.entries.values.compactMap(\.file) + [Self.indexName])
            for name in try backend.list().sorted() where !known.contains(name) {
                report.problems.append(StorageProblem(.unknownFile, file: name))
            }
            return report
        }
    }
}
