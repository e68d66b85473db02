import TEETrustedApp

/// A keystore in the secure world: its keys never leave it; clients get sealed blobs and
/// MACs. The keys are made the first time and kept in the TA's trusted storage, so blobs
/// still open after the instance (or, with a durable store, teed) restarts.
final class KeystoreTA: TrustedApplication {
    static let uuid = TEEUUID("c4a1f0e2-5d3b-4e7a-9f21-8b6c0d4e3a19")!
    static let flags: TAFlags = [.singleInstance, .multiSession, .instanceKeepAlive]
    static let description = "Keystore TA (Swift): AES-256-GCM sealing and HMAC-SHA256"

    static let seal: UInt32 = 0, open: UInt32 = 1, mac: UInt32 = 2
    static let nonceLength = 12, tagLength = 16

    private let sealingKey: Key
    private let macKey: Key

    init(context: TAContext) throws(TEEResult) {
        do throws(TEEError) {
            // Nothing may read the keys back, not even this TA by mistake: the usage
            // restriction is stored with them.
            sealingKey = try Self.storedKey("keystore/sealing", in: context.storage, usage: [.encrypt, .decrypt]) {
                () throws(TEEError) in try Key.generate(.aes, bits: 256)
            }
            macKey = try Self.storedKey("keystore/mac", in: context.storage, usage: [.mac]) {
                () throws(TEEError) in try Key.generate(.hmac(.sha256), bits: 256)
            }
        } catch {
            throw error.result
        }
    }

    /// The key kept under `name`, or a new one (restricted to `usage`) stored there.
    private static func storedKey(_ name: String, in storage: TrustedStorage, usage: GPUsage,
                                  make: () throws(TEEError) -> Key) throws(TEEError) -> Key {
        let id = Array(name.utf8)
        do throws(TEEError) {
            if let key = try storage.open(id).key() { return key }
        } catch {
            // None yet, or found corrupt (the TEE deleted it): make another.
            guard error.result == .itemNotFound || error.result == .corruptObject else { throw error }
        }
        let key = try make()
        key.restrict(to: usage)
        _ = try storage.create(id, flags: [], key: key)
        return key
    }

    func invoke(_ session: Void, command: UInt32, parameters p: inout Parameters) throws(TEEResult) {
        try p.expect(.memrefInput, .memrefOutput)
        let output: [UInt8]
        do throws(TEEError) {
            output = try compute(command, p.bytes(0))
        } catch {
            throw error.result
        }
        try p.write(1, output)
    }

    private func compute(_ command: UInt32, _ input: [UInt8]) throws(TEEError) -> [UInt8] {
        switch command {
        case Self.seal:
            var nonce = [UInt8](repeating: 0, count: Self.nonceLength)
            try randomBytes(&nonce)
            let sealed = try AuthenticatedEncryption.seal(input, key: sealingKey, nonce: nonce)
            return nonce + sealed.ciphertext + sealed.tag
        case Self.open:
            guard input.count >= Self.nonceLength + Self.tagLength else { throw TEEError(.badParameters, origin: .trustedApp) }
            let nonce = Array(input.prefix(Self.nonceLength))
            let ciphertext = Array(input.dropFirst(Self.nonceLength).dropLast(Self.tagLength))
            let tag = Array(input.suffix(Self.tagLength))
            return try AuthenticatedEncryption.open(ciphertext, tag: tag, key: sealingKey, nonce: nonce)
        case Self.mac:
            return try MAC(.hmac(.sha256), key: macKey).finalize(input)
        default:
            throw TEEError(.notSupported, origin: .trustedApp)
        }
    }

    private func randomBytes(_ buffer: inout [UInt8]) throws(TEEError) {
        // A fresh generic secret is fresh randomness from the kernel's CSPRNG.
        let random = try Key.generate(.genericSecret, bits: buffer.count * 8)
        buffer = try random.secret()
    }
}

@_cdecl("swift_tee_ta_exports")
public func exports() -> UnsafeRawPointer { TAExport.table(for: KeystoreTA.self) }
