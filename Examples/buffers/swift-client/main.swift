// The buffers client in Swift: temporary memrefs, zero-copy shared memory, registered
// memory and a short buffer, through TEEClient.
import TEEClient

let buffersTA = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7df")!
enum Command: UInt32 { case nop = 0, checksum = 1, fill = 2, reverse = 3 }

func fnv1a<S: Sequence<UInt8>>(_ bytes: S) -> UInt32 { bytes.reduce(0x811c_9dc5) { ($0 ^ UInt32($1)) &* 0x0100_0193 } }

func run() throws(TEEError) {
    let context = try TEEContext()
    defer { context.finalize() }
    let session = try context.openSession(uuid: buffersTA)
    defer { session.close() }

    let message = Array("Hello from the normal world".utf8)
    let sum = try session.invoke(Command.checksum.rawValue, .tempInput(message), .valueOutput).value(1).a
    print("checksum of a \(message.count)-byte temporary buffer: 0x\(String(sum, radix: 16)) (expected 0x\(String(fnv1a(message), radix: 16)))")

    let shared = try context.allocateSharedMemory(size: 64 * 1024, flags: .output)
    defer { shared.release() }
    try session.invoke(Command.fill.rawValue, .whole(shared), .valueInput(a: 0x5A, b: UInt32(shared.size)))
    let filled = shared.buffer.allSatisfy { $0 == 0x5A }
    print("TA filled \(shared.size) bytes of shared memory in place: \(filled ? "all 0x5a" : "WRONG")")

    var bytes: [UInt8] = Array(0..<16)
    let reversed: Result<Void, TEEError> = bytes.withUnsafeMutableBytes { raw in
        Result { () throws(TEEError) in
            let registered = try context.registerSharedMemory(raw.baseAddress!, size: raw.count, flags: .inputOutput)
            defer { registered.release() }
            try session.invoke(Command.reverse.rawValue, .partialInout(registered, offset: 4, size: 8))
        }
    }
    try reversed.get()
    print("TA reversed bytes 4..<12 of a registered buffer: \(bytes)")

    let small = session.call(Command.fill.rawValue, [.tempOutput(capacity: 10), .valueInput(a: 1, b: 100)])
    print("asking for 100 bytes in a 10-byte buffer: \(small.error.map { "\($0)" } ?? "success"), the TA needs \(small.size(0)) bytes")
    if sum != fnv1a(message) || !filled || small.error?.result != .shortBuffer { throw TEEError(.generic, origin: .api) }
}

do {
    try run()
} catch {
    print("buffers (Swift) failed: \(error)")
    exit(1)
}

#if canImport(Glibc)
import Glibc
#endif
