import Testing
import TEEClient

extension Integration {
    /// Examples/keystore: a Swift TA using GP cryptography through the typed API.
    @Suite("Swift TA cryptography (keystore example)")
    struct KeystoreTests {
        static let seal: UInt32 = 0, open: UInt32 = 1, mac: UInt32 = 2

        @Test("sealed blobs open in later sessions of the kept-alive instance; altered ones are MAC_INVALID")
        func sealAndOpen() throws {
            let tee = try TEEDaemonFixture()
            defer { tee.stop() }
            let context = try tee.makeContext()
            defer { context.finalize() }
            let secret = Array("swift-tee keystore".utf8)
            let first = try context.openSession(uuid: TA.keystore)
            let blob = try first.invoke(Self.seal, .tempInput(secret), .tempOutput(capacity: 128)).bytes(1)
            #expect(blob.count == 12 + secret.count + 16)
            let again = try first.invoke(Self.seal, .tempInput(secret), .tempOutput(capacity: 128)).bytes(1)
            #expect(again != blob, "each seal uses a fresh nonce")
            let mac1 = try first.invoke(Self.mac, .tempInput([1, 2, 3]), .tempOutput(capacity: 32)).bytes(1)
            first.close()

            let second = try context.openSession(uuid: TA.keystore)
            defer { second.close() }
            #expect(try second.invoke(Self.open, .tempInput(blob), .tempOutput(capacity: 128)).bytes(1) == secret)
            #expect(try second.invoke(Self.mac, .tempInput([1, 2, 3]), .tempOutput(capacity: 32)).bytes(1) == mac1)
            for index in [0, 12, blob.count - 1] {
                var altered = blob
                altered[index] ^= 0x01
                let error = teeError { try second.invoke(Self.open, .tempInput(altered), .tempOutput(capacity: 128)) }
                #expect(error == TEEError(.macInvalid, origin: .trustedApp), "byte \(index): \(String(describing: error))")
            }
            let short = teeError { try second.invoke(Self.seal, .tempInput(secret), .tempOutput(capacity: 8)) }
            #expect(short?.result == .shortBuffer)
        }
    }
}
