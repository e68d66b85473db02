import CTEECryptoBackend
import TEEABI

/// Where one object lives: its current file, the SHA-256 of that file's header (the pin),
/// and its data size (for listings without decrypting the file).
struct IndexEntry: Equatable, Sendable {
    var fileName: [UInt8]
    var headerHash: [UInt8]
    var dataSize: UInt64

    var fileNameHex: String { ObjectFileName.hex(fileName) }
}

/// The store's directory of objects and its commit counter, as one file `index`:
///
///     0  magic "STEI"    4  format version (u16)    6  reserved (u16, 0)
///     8  nonce (12)     20  ciphertext            end-16  tag (16)
///
/// AES-256-GCM under the index key with AAD = bytes 0..<20 and a random nonce per commit.
/// Plaintext: store counter (u64), entry count (u32), reserved (u32), then fixed-size
/// entries (137 bytes, so the file's size tells only how many objects there are): owner UUID
/// (16), id length (u8), id (64, zero-padded), file name (16), header hash (32), data size
/// (u64). Entries are sorted by owner and id; a name, an id or a file used twice, or any
/// other malformation, is `.security` like a bad tag.
struct StoreIndex: Equatable, Sendable {
    var counter: UInt64 = 0
    var entries: [StoredObjectID: IndexEntry] = [:]

    static let magic: [UInt8] = Array("STEI".utf8)
    static let version: UInt16 = 1
    static let headerLength = 20
    static let entryLength = 16 + 1 + StoredObjectID.maxIDLength + ObjectFile.nameLength + 32 + 8

    func seal(key: StorageKey) throws(StorageError) -> [UInt8] {
        var plain = WireWriter(capacity: 16 + entries.count * Self.entryLength)
        plain.u64(counter)
        plain.u32(UInt32(entries.count))
        plain.u32(0)
        for (id, entry) in entries.sorted(by: { Self.precedes($0.key, $1.key) }) {
            plain.uuid(id.owner)
            plain.u8(UInt8(id.id.count))
            plain.raw(id.id)
            plain.raw([UInt8](repeating: 0, count: StoredObjectID.maxIDLength - id.id.count))
            plain.raw(entry.fileName)
            plain.raw(entry.headerHash)
            plain.u64(entry.dataSize)
        }
        var plaintext = plain.bytes
        defer { plaintext.withUnsafeMutableBytes { stee_cleanse($0.baseAddress, $0.count) } }

        var header = WireWriter(capacity: Self.headerLength)
        header.raw(Self.magic)
        header.u16(Self.version)
        header.u16(0)
        header.raw(try StorageCrypto.random(StorageCrypto.nonceLength))
        let headerBytes = header.bytes
        var out = headerBytes + [UInt8](repeating: 0, count: plaintext.count + StorageCrypto.tagLength)
        let gcm = try GCMKey(key, encrypt: true)
        try out.withMutableBytes { (out: UnsafeMutableRawBufferPointer) throws(StorageError) in
            try headerBytes.withBytes { (aad: UnsafeRawBufferPointer) throws(StorageError) in
                try plaintext.withBytes { (plain: UnsafeRawBufferPointer) throws(StorageError) in
                    let end = Self.headerLength + plain.count
                    try gcm.seal(nonce: UnsafeRawBufferPointer(rebasing: aad[8..<20]), aad: aad, plain,
                                 into: UnsafeMutableRawBufferPointer(rebasing: out[Self.headerLength..<end]),
                                 tag: UnsafeMutableRawBufferPointer(rebasing: out[end...]))
                }
            }
        }
        return out
    }

    static func open(_ bytes: [UInt8], key: StorageKey) throws(StorageError) -> StoreIndex {
        let minimum = headerLength + 16 + StorageCrypto.tagLength
        guard bytes.count >= minimum, Array(bytes[0..<4]) == magic,
              bytes[4] == UInt8(version & 0xFF), bytes[5] == UInt8(version >> 8), bytes[6] == 0, bytes[7] == 0
        else { throw .security }
        var plaintext = [UInt8](repeating: 0, count: bytes.count - headerLength - StorageCrypto.tagLength)
        defer { plaintext.withUnsafeMutableBytes { stee_cleanse($0.baseAddress, $0.count) } }
        let gcm = try GCMKey(key, encrypt: false)
        let intact = bytes.withUnsafeBytes { b in
            plaintext.withUnsafeMutableBytes { plain in
                gcm.open(nonce: UnsafeRawBufferPointer(rebasing: b[8..<20]), aad: UnsafeRawBufferPointer(rebasing: b[0..<headerLength]),
                         UnsafeRawBufferPointer(rebasing: b[headerLength..<b.count - StorageCrypto.tagLength]),
                         tag: UnsafeRawBufferPointer(rebasing: b[(b.count - StorageCrypto.tagLength)...]), into: plain)
            }
        }
        guard intact else { throw .security }
        do throws(WireError) {
            return try plaintext.withBytes { (raw: UnsafeRawBufferPointer) throws(WireError) -> StoreIndex in
                try decode(raw)
            }
        } catch {
            throw .security
        }
    }

    private static func decode(_ raw: UnsafeRawBufferPointer) throws(WireError) -> StoreIndex {
        var r = WireReader(raw)
        var index = StoreIndex(counter: try r.u64())
        let count = Int(try r.u32())
        guard try r.u32() == 0, r.remaining == count * entryLength else { throw .invalidField("entries") }
        var files = Set<[UInt8]>()
        var previous: StoredObjectID?
        for _ in 0..<count {
            let owner = try r.uuid()
            let length = Int(try r.u8())
            let padded = Array(try r.raw(StoredObjectID.maxIDLength))
            guard let id = StoredObjectID(owner: owner, id: Array(padded.prefix(length))),
                  padded.dropFirst(length).allSatisfy({ $0 == 0 })
            else { throw .invalidField("id") }
            let entry = IndexEntry(fileName: Array(try r.raw(ObjectFile.nameLength)), headerHash: Array(try r.raw(32)),
                                   dataSize: try r.u64())
            guard previous.map({ precedes($0, id) }) ?? true, files.insert(entry.fileName).inserted else {
                throw .invalidField("order")
            }
            previous = id
            index.entries[id] = entry
        }
        return index
    }

    /// Owner, then id bytes.
    static func precedes(_ a: StoredObjectID, _ b: StoredObjectID) -> Bool {
        a.owner != b.owner ? a.owner < b.owner : a.id.lexicographicallyPrecedes(b.id)
    }
}

/// Object files are named by 16 random bytes as 32 lowercase hex digits.
enum ObjectFileName {
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out += [digits[Int(b >> 4)], digits[Int(b & 0xF)]] }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `name` has the shape of an object file's name.
    static func isObjectFileName(_ name: String) -> Bool {
        name.utf8.count == ObjectFile.nameLength * 2 && name.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
