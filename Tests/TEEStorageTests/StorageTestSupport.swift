import TEEABI
@testable import TEEStorage
#if canImport(Glibc)
import Glibc
#endif

enum Owners {
    static let a = TEEUUID("8aaaf200-2450-11e4-abe2-0002a5d5c51b")!
    static let b = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7df")!
    static let c = TEEUUID("c3f6e2c0-3548-11e1-b86c-0800200c9a66")!
}

/// The sizes the issue asks every property to hold for, plus the chunk edges of the content
/// (28 bytes of object information precede the attributes and data).
let objectSizes = [0, 1, 4095, 4096, 4097, 65536 - 28, 65536 - 27, 65536, 1 << 20]

func objectID(_ owner: TEEUUID, _ name: String) -> StoredObjectID {
    StoredObjectID(owner: owner, id: Array(name.utf8))!
}

/// An object whose bytes depend on `size` and `seed`.
func sampleObject(size: Int, seed: UInt64 = 1, attributes: Int = 40) -> StoredObject {
    var random = SplitMix64(seed: seed &* 0x1000_0000_0000 &+ UInt64(size))
    func bytes(_ n: Int) -> [UInt8] { (0..<n).map { _ in UInt8(truncatingIfNeeded: random.next()) } }
    return StoredObject(objectType: 0xA000_0010, objectSize: 256, maxObjectSize: 256, usage: 0xFFFF_FFFF ^ UInt32(seed & 0xFF),
                        attributes: bytes(attributes), data: bytes(size))
}

func testLadder(_ fill: UInt8 = 0x42) -> StorageKeyLadder {
    var huk = [UInt8](repeating: fill, count: 32)
    return try! StorageKeyLadder(huk: StorageKey(consuming: &huk)!)
}

/// A store on memory backends: one for the storage directory, one for the directory
/// holding the anchor; reopened at will, as teed would after a restart.
final class MemoryStoreHarness {
    let storage = MemoryStorageBackend()
    let state = MemoryStorageBackend()
    let ladder: StorageKeyLadder
    let anchored: Bool

    init(anchored: Bool = true, ladder: StorageKeyLadder = testLadder()) {
        self.anchored = anchored
        self.ladder = ladder
    }

    func open(plan: FaultPlan? = nil, adopt: Bool = false) throws(StorageError) -> FileObjectStore {
        let storage: StorageBackend = plan.map { FaultInjectingBackend(self.storage, plan: $0) } ?? self.storage
        let state: StorageBackend = plan.map { FaultInjectingBackend(self.state, plan: $0) } ?? self.state
        let anchor: RollbackAnchor = anchored ? try FileRollbackAnchor(backend: state, ladder: ladder) : NoRollbackAnchor()
        return try FileObjectStore(backend: storage, ladder: ladder, anchor: anchor, adoptUnanchoredStore: adopt)
    }

    /// The object files (everything but the index).
    var objectFiles: [String] { storage.files.keys.filter { $0 != FileObjectStore.indexName }.sorted() }
}

/// A fresh directory under /tmp, removed with everything in it when the value goes.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array("/tmp/swift-tee-storage.XXXXXX".utf8CString)
        path = String(cString: mkdtemp(&template)!)
    }

    deinit { Self.remove(path) }

    static func remove(_ path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        if st.st_mode & S_IFMT == S_IFDIR {
            if let dir = opendir(path) {
                var names: [String] = []
                while let entry = readdir(dir) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                    if name != ".", name != ".." { names.append(name) }
                }
                closedir(dir)
                for name in names { remove(path + "/" + name) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// Every regular file below `path`, recursively, with its bytes.
    static func files(below path: String) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        var st = stat()
        guard lstat(path, &st) == 0 else { return out }
        if st.st_mode & S_IFMT == S_IFDIR, let dir = opendir(path) {
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != ".", name != ".." { names.append(name) }
            }
            closedir(dir)
            for name in names { out.merge(files(below: path + "/" + name)) { a, _ in a } }
        } else if st.st_mode & S_IFMT == S_IFREG {
            out[path] = readFile(path)
        }
        return out
    }

    static func readFile(_ path: String) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }

    static func writeFile(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o600) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        precondition(fd >= 0, "open \(path)")
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
}

func mode(of path: String) -> mode_t {
    var st = stat()
    return lstat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
}

extension [UInt8] {
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        let first = needle[0]
        var i = 0
        while i <= count - needle.count {
            if self[i] == first, self[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
