import CTEECryptoBackend
import TEEABI

/// One version of one object on disk, named by 16 random bytes (32 hex digits). Layout,
/// little-endian:
///
///     header (84 bytes)
///       0  magic "STEO"            16  content length (u64)
///       4  format version (u16)    24  wrap nonce (12)
///       6  header length (u16)     36  FEK wrapped under the TSK (32)
///       8  chunk size (u32)        68  wrap tag (16)
///      12  chunk count (u32)
///     chunk 0 … chunk n-1: ciphertext (chunk size, the last one shorter) || tag (16)
///
/// The FEK is AES-256-GCM-wrapped under the owner's TSK with AAD = header bytes 0..<36 ||
/// owner UUID || file name: the tag authenticates every header field and binds the file to
/// its owner and name. Chunk i is AES-256-GCM under the FEK with nonce u32 0 || u64be i and
/// AAD = file name || u32 i || u32 n, so chunks cannot move, vanish or appear. A FEK
/// encrypts one file once, so counter nonces never repeat under a key. The index pins
/// SHA-256(header): the header fixes the FEK, the FEK fixes every chunk, so an older copy
/// of the file (or another object's) fails the pin.
///
/// The content: object type, object size, max object size, usage (u32 each), attribute
/// length (u32), data length (u64), the attributes, the data.
enum ObjectFile {
    static let magic: [UInt8] = Array("STEO".utf8)
    static let version: UInt16 = 1
    static let headerLength = 84
    static let authenticatedHeaderLength = 36
    static let chunkSize = 64 * 1024
    static let contentPrefixLength = 28
    static let nameLength = 16

    struct Sealed {
        var bytes: [UInt8]
        var headerHash: [UInt8]
    }

    static func seal(_ object: StoredObject, owner: TEEUUID, name: [UInt8], tsk: StorageKey) throws(StorageError) -> Sealed {
        guard object.attributes.count <= UInt32.max, object.data.count <= UInt32.max else { throw .noSpace }
        var content = [UInt8]()
        content.reserveCapacity(contentPrefixLength + object.attributes.count + object.data.count)
        var prefix = WireWriter(capacity: contentPrefixLength)
        for field in [object.objectType, object.objectSize, object.maxObjectSize, object.usage, UInt32(object.attributes.count)] {
            prefix.u32(field)
        }
        prefix.u64(UInt64(object.data.count))
        content += prefix.bytes
        content += object.attributes
        content += object.data
        defer { content.withUnsafeMutableBytes { stee_cleanse($0.baseAddress, $0.count) } }

        let chunks = (content.count + chunkSize - 1) / chunkSize
        var header = WireWriter(capacity: headerLength)
        header.raw(magic)
        header.u16(version)
        header.u16(UInt16(headerLength))
        header.u32(UInt32(chunkSize))
        header.u32(UInt32(chunks))
        header.u64(UInt64(content.count))
        header.raw(try StorageCrypto.random(StorageCrypto.nonceLength))

        var fekBytes = try StorageCrypto.random(StorageKey.byteCount)
        let fek = StorageKey(consuming: &fekBytes)!
        var out = [UInt8](repeating: 0, count: headerLength + content.count + chunks * StorageCrypto.tagLength)
        try out.withMutableBytes { (out: UnsafeMutableRawBufferPointer) throws(StorageError) in
            let headerBytes = header.bytes
            headerBytes.withUnsafeBytes { out.copyMemory(from: $0) }
            // The FEK, wrapped.
            let wrapAAD = headerBytes + owner.octets + name
            let wrap = try GCMKey(tsk, encrypt: true)
            try wrapAAD.withBytes { (aad: UnsafeRawBufferPointer) throws(StorageError) in
                try fek.withUnsafeBytes { (plain: UnsafeRawBufferPointer) throws(StorageError) in
                    try wrap.seal(nonce: UnsafeRawBufferPointer(rebasing: aad[24..<36]), aad: aad, plain,
                                  into: UnsafeMutableRawBufferPointer(rebasing: out[36..<68]),
                                  tag: UnsafeMutableRawBufferPointer(rebasing: out[68..<84]))
                }
            }
            // The chunks.
            let gcm = try GCMKey(fek, encrypt: true)
            try content.withBytes { (content: UnsafeRawBufferPointer) throws(StorageError) in
                var at = headerLength
                for i in 0..<chunks {
                    let plain = UnsafeRawBufferPointer(rebasing: content[i * chunkSize..<min(content.count, (i + 1) * chunkSize)])
                    let nonce = chunkNonce(i)
                    let aad = chunkAAD(name: name, index: i, count: chunks)
                    try nonce.withBytes { (nonce: UnsafeRawBufferPointer) throws(StorageError) in
                        try aad.withBytes { (aad: UnsafeRawBufferPointer) throws(StorageError) in
                            try gcm.seal(nonce: nonce, aad: aad, plain,
                                         into: UnsafeMutableRawBufferPointer(rebasing: out[at..<at + plain.count]),
                                         tag: UnsafeMutableRawBufferPointer(rebasing: out[at + plain.count..<at + plain.count + StorageCrypto.tagLength]))
                        }
                    }
                    at += plain.count + StorageCrypto.tagLength
                }
            }
        }
        let headerHash = try out.withBytes { (out: UnsafeRawBufferPointer) throws(StorageError) in
            try StorageCrypto.sha256(UnsafeRawBufferPointer(rebasing: out[0..<headerLength]))
        }
        return Sealed(bytes: out, headerHash: headerHash)
    }

    /// The object in `bytes`, if the file is exactly the one the index pins and every tag
    /// checks out; `.corrupt` otherwise.
    static func open(_ bytes: [UInt8], owner: TEEUUID, name: [UInt8], tsk: StorageKey,
                     headerHash: [UInt8]) throws(StorageError) -> StoredObject {
        guard bytes.count >= headerLength else { throw .corrupt }
        let actualHash = try bytes.withBytes { (b: UnsafeRawBufferPointer) throws(StorageError) in
            try StorageCrypto.sha256(UnsafeRawBufferPointer(rebasing: b[0..<headerLength]))
        }
        guard StorageCrypto.equal(actualHash, headerHash) else { throw .corrupt }
        let layout = try parseHeader(bytes, fileSize: bytes.count)

        // Unwrap the FEK.
        let wrapAAD = Array(bytes[0..<authenticatedHeaderLength]) + owner.octets + name
        let unwrap = try GCMKey(tsk, encrypt: false)
        let fek = try StorageKey { (fek: UnsafeMutableRawBufferPointer) throws(StorageError) in
            let ok = bytes.withUnsafeBytes { b in
                wrapAAD.withUnsafeBytes { aad in
                    unwrap.open(nonce: UnsafeRawBufferPointer(rebasing: b[24..<36]), aad: aad,
                                UnsafeRawBufferPointer(rebasing: b[36..<68]), tag: UnsafeRawBufferPointer(rebasing: b[68..<84]), into: fek)
                }
            }
            guard ok else { throw .corrupt }
        }

        // Decrypt and check every chunk before using any of the content.
        var content = [UInt8](repeating: 0, count: layout.contentLength)
        defer { content.withUnsafeMutableBytes { stee_cleanse($0.baseAddress, $0.count) } }
        let gcm = try GCMKey(fek, encrypt: false)
        let intact = bytes.withUnsafeBytes { file in
            content.withUnsafeMutableBytes { content in
                var at = headerLength
                for i in 0..<layout.chunks {
                    let range = i * chunkSize..<min(layout.contentLength, (i + 1) * chunkSize)
                    let ok = chunkNonce(i).withUnsafeBytes { nonce in
                        chunkAAD(name: name, index: i, count: layout.chunks).withUnsafeBytes { aad in
                            gcm.open(nonce: nonce, aad: aad, UnsafeRawBufferPointer(rebasing: file[at..<at + range.count]),
                                     tag: UnsafeRawBufferPointer(rebasing: file[at + range.count..<at + range.count + StorageCrypto.tagLength]),
                                     into: UnsafeMutableRawBufferPointer(rebasing: content[range]))
                        }
                    }
                    guard ok else { return false }
                    at += range.count + StorageCrypto.tagLength
                }
                return true
            }
        }
        guard intact else { throw .corrupt }
        return try parseContent(content)
    }

    private struct Layout {
        var chunks: Int
        var contentLength: Int
    }

    private static func parseHeader(_ bytes: [UInt8], fileSize: Int) throws(StorageError) -> Layout {
        do throws(WireError) {
            return try bytes.withBytes { (raw: UnsafeRawBufferPointer) throws(WireError) -> Layout in
                var r = WireReader(raw)
                guard Array(try r.raw(4)) == magic, try r.u16() == version, try r.u16() == UInt16(headerLength),
                      try r.u32() == UInt32(chunkSize)
                else { throw .invalidField("header") }
                let chunks = Int(try r.u32())
                let length = try r.u64()
                guard length >= UInt64(contentPrefixLength), length <= UInt64(fileSize),
                      UInt64(chunks) == (length + UInt64(chunkSize) - 1) / UInt64(chunkSize),
                      UInt64(fileSize) == UInt64(headerLength) + length + UInt64(chunks) * UInt64(StorageCrypto.tagLength)
                else { throw .invalidField("length") }
                return Layout(chunks: chunks, contentLength: Int(length))
            }
        } catch {
            throw .corrupt
        }
    }

    private static func parseContent(_ content: [UInt8]) throws(StorageError) -> StoredObject {
        do throws(WireError) {
            return try content.withBytes { (raw: UnsafeRawBufferPointer) throws(WireError) -> StoredObject in
                var r = WireReader(raw)
                let type = try r.u32(), size = try r.u32(), maxSize = try r.u32(), usage = try r.u32()
                let attributeLength = Int(try r.u32())
                let dataLength = try r.u64()
                guard UInt64(r.remaining) == UInt64(attributeLength) + dataLength else { throw .invalidField("content") }
                let attributes = Array(try r.raw(attributeLength))
                let data = Array(try r.raw(Int(dataLength)))
                return StoredObject(objectType: type, objectSize: size, maxObjectSize: maxSize, usage: usage,
                                    attributes: attributes, data: data)
            }
        } catch {
            throw .corrupt
        }
    }

    private static func chunkNonce(_ index: Int) -> [UInt8] {
        [0, 0, 0, 0] + withUnsafeBytes(of: UInt64(index).bigEndian) { Array($0) }
    }

    private static func chunkAAD(name: [UInt8], index: Int, count: Int) -> [UInt8] {
        var w = WireWriter(capacity: 24)
        w.raw(name)
        w.u32(UInt32(index))
        w.u32(UInt32(count))
        return w.bytes
    }
}
