import TEETrustedApp

/// A keystore in the secure world: its keys are made when the instance starts and never
/// leave it; clients get sealed blobs and MACs. One instance serves every session and
/// stays alive between them, so blobs open as long as teed runs (keys in trusted storage
/// would survive restarts).
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
            sealingKey = try Key.generate(.aes, bits: 256)
            macKey = try Key.generate(.hmac(.sha256), bits: 256)
        } catch {
            throw error.result
        }
        // Nothing may read the keys back, not even this TA by mistake.
        sealingKey.restrict(to: [.encrypt, .decrypt])
        macKey.restrict(to: [.mac])
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
