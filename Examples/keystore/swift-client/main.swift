// The keystore client: seals a secret in the TEE, opens it again, shows that an altered
// blob is refused, and MACs a message. The keys never leave the TA.
import TEEClient

let keystore = TEEUUID("c4a1f0e2-5d3b-4e7a-9f21-8b6c0d4e3a19")!
let seal: UInt32 = 0, open: UInt32 = 1, mac: UInt32 = 2

func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format2($0)) }.joined() }
func format2(_ b: UInt8) -> String { String(b, radix: 16).count == 1 ? "0" + String(b, radix: 16) : String(b, radix: 16) }

do {
    let context = try TEEContext()
    defer { context.finalize() }
    let session = try context.openSession(uuid: keystore)
    defer { session.close() }

    let secret = Array("the launch codes are 0000".utf8)
    let blob = try session.invoke(seal, .tempInput(secret), .tempOutput(capacity: secret.count + 28)).bytes(1)
    print("sealed \(secret.count) bytes into a \(blob.count)-byte blob: \(hex(Array(blob.prefix(16))))…")
    let opened = try session.invoke(open, .tempInput(blob), .tempOutput(capacity: blob.count)).bytes(1)
    print("opened: \(String(decoding: opened, as: UTF8.self))")
    var altered = blob
    altered[20] ^= 1
    do {
        _ = try session.invoke(open, .tempInput(altered), .tempOutput(capacity: blob.count))
        print("an altered blob opened: this must not happen")
        exit(1)
    } catch {
        print("altered blob refused: \(error)")
    }
    let tag = try session.invoke(mac, .tempInput(Array("hello".utf8)), .tempOutput(capacity: 32)).bytes(1)
    print("HMAC-SHA256(\"hello\") under the TA's key: \(hex(tag))")
} catch {
    print("keystore (Swift) failed: \(error)")
    exit(1)
}

#if canImport(Glibc)
import Glibc
#endif
