import CTEECryptoBackend
import TEEABI

/// Where one object lives: its current file (or, for a small object, its sealed bytes
/// inline in the index), the SHA-256 of its header (the pin), and its data size (for
/// listings without decrypting it).
struct IndexEntry: Equatable, Sendable {
    var fileName: [UInt8]
    var headerHash: [UInt8]
    var dataSize: UInt64
    /// The sealed object (`ObjectFile` format, bound to its owner and to `fileName`) when it
    /// is at most `StoreIndex.inlineLimit` bytes; nil when it has a file of its own.
    var inline: [UInt8]? = nil

    var fileNameHex: String { Hex.encode(fileName) }
    /// The file this entry needs, if any.
    var file: String? { inline == nil ? fileNameHex : nil }
}

/// The store's directory of objects and its commit counter, in the file `index`: two slots
/// of equal capacity (a multiple of 4096; the file is exactly 2 × capacity), updated in place
/// like OP-TEE's dirf.db. A slot is
///
///     0  magic "STEI"    4  format version (u16, 2)    6  slot number (u16)
///     8  capacity (u32) 12  plaintext length (u32)    16  nonce (12)
///    28  ciphertext     28+length  tag (16)           then zeros up to the capacity
///
/// AES-256-GCM under the index key with AAD = bytes 0..<28 and a random nonce per write. A
/// slot is valid only if its tag checks, its slot number and capacity match where it lies,
/// and its padding is all zero. Plaintext: store counter (u64), entry count (u32), reserved
/// (u32), then one entry per object: owner UUID (16), id length (u8), id (64, zero-padded),
/// file name (16), header hash (32), data size (u64), inline length (u32; 0 for an object in
/// its own file), inline bytes. Entries are sorted by owner and id; a name, an id or a file
/// name used twice, or any other malformation, makes the slot invalid like a bad tag.
struct StoreIndex: Equatable, Sendable {
    var counter: UInt64 = 0
    var entries: [StoredObjectID: IndexEntry] = [:]

    static let magic: [UInt8] = Array("STEI".utf8)
    static let version: UInt16 = 2
    static let headerLength = 28
    static let fixedEntryLength = 16 + 1 + StoredObjectID.maxIDLength + ObjectFile.nameLength + 32 + 8 + 4
    /// Objects whose sealed form is at most this many bytes live in the index: 4 KiB of data
    /// plus 128 bytes of attributes and framing (84-byte header, 28 bytes of object
    /// information, 16-byte tag).
    static let inlineLimit = 4096 + 256
    static let capacityUnit = 4096

    var plaintextLength: Int {
        16 + entries.values.reduce(0) { $0 + Self.fixedEntryLength + ($1.inline?.count ?? 0) }
    }

    /// Bytes a slot needs for this index.
    var sealedLength: Int { Self.headerLength + plaintextLength + StorageCrypto.tagLength }

    /// The capacity a new index file gets for an index needing `needed` bytes: room to grow.
    static func capacity(for needed: Int) -> Int {
        max(capacityUnit, (2 * needed + capacityUnit - 1) / capacityUnit * capacityUnit)
    }

    /// A whole new index file: this index in slot 0, slot 1 empty (invalid).
    func seal(key: StorageKey) throws(StorageError) -> [UInt8] {
        let capacity = Self.capacity(for: sealedLength)
        return try sealSlot(key: key, slot: 0, capacity: capacity) + [UInt8](repeating: 0, count: capacity)
    }

    /// Slot `slot` of an index file of the given capacity, `capacity` bytes long.
    func sealSlot(key: StorageKey, slot: Int, capacity: Int) throws(StorageError) -> [UInt8] {
        precondition(sealedLength <= capacity)
        var plain = WireWriter(capacity: plaintextLength)
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
            plain.u32(UInt32(entry.inline?.count ?? 0))
            if let inline = entry.inline { plain.raw(inline) }
        }
        var plaintext = plain.bytes
        defer { plaintext.withUnsafeMutableBytes { stee_cleanse($0.baseAddress, $0.count) } }

        var header = WireWriter(capacity: Self.headerLength)
        header.raw(Self.magic)
        header.u16(Self.version)
        header.u16(UInt16(slot))
        header.u32(UInt32(capacity))
        header.u32(UInt32(plaintext.count))
        header.raw(try StorageCrypto.random(StorageCrypto.nonceLength))
        let headerBytes = header.bytes
        var out = headerBytes + [UInt8](repeating: 0, count: capacity - Self.headerLength)
        let gcm = try GCMKey(key, encrypt: true)
        try out.withMutableBytes { (out: UnsafeMutableRawBufferPointer) throws(StorageError) in
            try headerBytes.withBytes { (aad: UnsafeRawBufferPointer) throws(StorageError) in
                try plaintext.withBytes { (plain: UnsafeRawBufferPointer) throws(StorageError) in
                    let end = Self.headerLength + plain.count
                    try gcm.seal(nonce: UnsafeRawBufferPointer(rebasing: aad[16..<28]), aad: aad, plain,
                                 into: UnsafeMutableRawBufferPointer(rebasing: out[Self.headerLength..<end]),
                                 tag: UnsafeMutableRawBufferPointer(rebasing: out[end..<end + StorageCrypto.tagLength]))
                }
            }
        }
        return out
    }

    /// The valid slots of an index file, as (slot, index). `.security` if the file's size is
    /// not that of an index file or neither slot is valid.
    static func openFile(_ bytes: [UInt8], key: StorageKey) throws(StorageError) -> [(slot: Int, index: StoreIndex)] {
        guard bytes.count >= 2 * capacityUnit, bytes.count % (2 * capacityUnit) == 0 else { throw .security }
        let capacity = bytes.count / 2
        var valid: [(slot: Int, index: StoreIndex)] = []
        for slot in 0..<2 {
            if let index = try openSlot(Array(bytes[slot * capacity..<(slot + 1) * capacity]), slot: slot, key: key) {
                valid.append((slot, index))
            }
        }
        guard !valid.isEmpty else { throw .security }
        return valid
    }

    /// The newest valid slot of an index file.
    static func open(_ bytes: [UInt8], key: StorageKey) throws(StorageError) -> StoreIndex {
        try openFile(bytes, key: key).max { $0.index.counter < $1.index.counter }!.index
    }

    /// The index in one slot (exactly `capacity` bytes), or nil if the slot is not valid.
    static func openSlot(_ bytes: [UInt8], slot: Int, key: StorageKey) throws(StorageError) -> StoreIndex? {
        let capacity = bytes.count
        guard capacity >= headerLength + 16 + StorageCrypto.tagLength, Array(bytes[0..<4]) == magic else { return nil }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        let length = u32(12)
        guard u16(4) == Int(version), u16(6) == slot, u32(8) == capacity, length >= 16,
              length <= capacity - headerLength - StorageCrypto.tagLength
        else { return nil }
        let end = headerLength + length
        guard bytes[(end + StorageCrypto.tagLength)...].allSatisfy({ $0 == 0 }) else { return nil }
        var plaintext = [UInt8](repeating: 0, count: length)
        defer { plaintext.withUnsafeMutableBytes { stee_cleanse($0.baseAddress, $0.count) } }
        let gcm = try GCMKey(key, encrypt: false)
        let intact = bytes.withUnsafeBytes { b in
            plaintext.withUnsafeMutableBytes { plain in
                gcm.open(nonce: UnsafeRawBufferPointer(rebasing: b[16..<28]), aad: UnsafeRawBufferPointer(rebasing: b[0..<headerLength]),
                         UnsafeRawBufferPointer(rebasing: b[headerLength..<end]),
                         tag: UnsafeRawBufferPointer(rebasing: b[end..<end + StorageCrypto.tagLength]), into: plain)
            }
        }
        guard intact else { return nil }
        do throws(WireError) {
            return try plaintext.withBytes { (raw: UnsafeRawBufferPointer) throws(WireError) -> StoreIndex in
                try decode(raw)
            }
        } catch {
            return nil
        }
    }

    private static func decode(_ raw: UnsafeRawBufferPointer) throws(WireError) -> StoreIndex {
        var r = WireReader(raw)
        var index = StoreIndex(counter: try r.u64())
        let count = Int(try r.u32())
        guard try r.u32() == 0, r.remaining >= count * fixedEntryLength else { throw .invalidField("entries") }
        var files = Set<[UInt8]>()
        var previous: StoredObjectID?
        for _ in 0..<count {
            let owner = try r.uuid()
            let length = Int(try r.u8())
            let padded = Array(try r.raw(StoredObjectID.maxIDLength))
            guard let id = StoredObjectID(owner: owner, id: Array(padded.prefix(length))),
                  padded.dropFirst(length).allSatisfy({ $0 == 0 })
            else { throw .invalidField("id") }
            var entry = IndexEntry(fileName: Array(try r.raw(ObjectFile.nameLength)), headerHash: Array(try r.raw(32)),
                                   dataSize: try r.u64())
            let inlineLength = Int(try r.u32())
            guard inlineLength <= inlineLimit else { throw .invalidField("inline") }
            if inlineLength > 0 { entry.inline = Array(try r.raw(inlineLength)) }
            guard previous.map({ precedes($0, id) }) ?? true, files.insert(entry.fileName).inserted else {
                throw .invalidField("order")
            }
            previous = id
            index.entries[id] = entry
        }
        guard r.remaining == 0 else { throw .invalidField("trailing") }
        return index
    }

    /// Owner, then id bytes.
    static func precedes(_ a: StoredObjectID, _ b: StoredObjectID) -> Bool {
        a.owner != b.owner ? a.owner < b.owner : a.id.lexicographicallyPrecedes(b.id)
    }
}

/// Object files are named by 16 random bytes as 32 lowercase hex digits.
enum ObjectFileName {
    /// Whether `name` has the shape of an object file's name.
    static func isObjectFileName(_ name: String) -> Bool {
        name.utf8.count == ObjectFile.nameLength * 2 && name.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
