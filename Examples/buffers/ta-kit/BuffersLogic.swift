import TEETrustedApp
#if canImport(Glibc)
import Glibc
#endif

/// The buffers TA: reads, fills and checksums memrefs, and misbehaves on request. It backs
/// the integration tests and the benchmark; several test TAs reuse it with other flags.
open class BuffersLogic {
    /// What the TA keeps per session: who the client is.
    public struct Session: Sendable {
        public var client: ClientIdentity
    }

    let context: TAContext
    private var openSessions: UInt32 = 0
    /// A secret in TA-private memory, for the test that a normal-world process cannot read it.
    private let secret: UnsafeMutableRawBufferPointer

    public required init(context: TAContext) throws(TEEResult) {
        self.context = context
        secret = .allocate(byteCount: 32, alignment: 16)
        for i in 0..<32 { secret[i] = UInt8(0xA0 &+ i) }
        context.log(.info, "CreateEntryPoint")
    }

    deinit { secret.deallocate() }

    public func destroy() { context.log(.info, "DestroyEntryPoint") }

    public func openSession(client: ClientIdentity, parameters: inout Parameters) throws(TEEResult) -> Session {
        openSessions += 1
        return Session(client: client)
    }

    public func closeSession(_ session: Session) {
        openSessions -= 1
        context.log(.info, "CloseSessionEntryPoint")
    }

    public func invoke(_ session: Session, command: UInt32, parameters p: inout Parameters) throws(TEEResult) {
        guard let command = BuffersCommand(rawValue: command) else { throw .badParameters }
        switch command {
        case .nop:
            break
        case .checksum:
            try p.expect(.memrefInput, .valueOutput)
            let sum = p.withBytes(0) { fnv1a($0) }
            p.setValue(1, a: sum, b: UInt32(truncatingIfNeeded: p.size(0)))
        case .fill:
            try p.expect(.memrefOutput, .valueInput)
            let (byte, count) = p.value(1)
            guard Int(count) <= p.size(0) else {
                p.setSize(0, Int(count))
                throw .shortBuffer
            }
            p.withMutableBytes(0) { _ = $0.prefix(Int(count)).initializeMemory(as: UInt8.self, repeating: UInt8(truncatingIfNeeded: byte)) }
            p.setSize(0, Int(count))
        case .reverse:
            try p.expect(.memrefInout)
            p.withMutableBytes(0) { bytes in
                var view = bytes
                view.reverse()
            }
        case .wait:
            try p.expect(.valueInput)
            context.unmaskCancellation()
            try context.wait(milliseconds: p.value(0).a)
        case .crash:
            try p.expect(.valueInput)
            crash(BuffersCrash(rawValue: p.value(0).a))
        case .tryNetwork:
            try p.expect(.valueOutput)
            p.setValue(0, a: Self.socketErrno(AF_INET, Int32(SOCK_STREAM.rawValue)),
                       b: Self.socketErrno(AF_NETLINK, Int32(SOCK_RAW.rawValue)))
        case .whoami:
            try p.expect(.valueOutput, .memrefOutput)
            p.setValue(0, a: session.client.login.rawValue, b: UInt32(getpid()))
            try p.write(1, session.client.uuid.octets)
        case .secret:
            try p.expect(.valueOutput, .memrefOutput)
            let address = UInt(bitPattern: secret.baseAddress)
            p.setValue(0, a: UInt32(truncatingIfNeeded: address), b: UInt32(truncatingIfNeeded: address >> 32))
            try p.write(1, UnsafeRawBufferPointer(secret))
        case .instance:
            try p.expect(.valueOutput)
            p.setValue(0, a: UInt32(getpid()), b: openSessions)
        }
    }

    private func crash(_ kind: BuffersCrash?) {
        switch kind {
        case .panic, nil: context.panic(0xDEAD)
        case .abort: abort()
        case .segfault:
            let p = UnsafeMutablePointer<UInt32>(bitPattern: 8)!
            p.pointee = 1
        case .trap:
            let values = [Int]()
            _ = values[Int(getpid())]
        case .hang:
            while true { sched_yield() }
        }
    }

    private static func socketErrno(_ domain: Int32, _ type: Int32) -> UInt32 {
        let fd = socket(domain, type, 0)
        if fd >= 0 {
            close(fd)
            return 0
        }
        return UInt32(errno)
    }
}
