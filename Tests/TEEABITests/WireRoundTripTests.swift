import Testing
import TEEABI

@Suite("Wire codec round trips")
struct WireRoundTripTests {
    @Test("every message type survives encode then decode", arguments: Samples.all)
    func roundTrip(_ sample: WireSample) throws {
        #expect(try sample.decodesToOriginal(sample.datagram))
    }

    @Test("every message type in Sources/TEEABI/Wire has a sample")
    func everyOpcodeCovered() {
        let covered = Set(Samples.all.map { $0.datagram[3] })
        let expected: [Opcode] = [
            .openSession, .closeSession, .status, .openSessionReply, .closeSessionReply, .statusReply, .errorReply,
            .getPersistentTime, .setPersistentTime, .persistentTimeReply, .storageStatus, .storageStatusReply, .storageRequest, .storageReply,
            .hostLoad, .hostOpenSession, .hostCloseSession, .hostShutdown,
            .hostLoaded, .hostOpenSessionReply, .hostCloseSessionReply, .hostLog,
            .invoke, .cancel, .releaseSharedMemory, .invokeReply,
        ]
        for opcode in expected {
            #expect(covered.contains(opcode.rawValue), "no sample for \(opcode)")
        }
    }

    @Test("the header is magic 'ST', version 1, opcode, little-endian request id")
    func headerLayout() {
        let bytes = StatusRequest().datagram(requestID: 0x0102_0304)
        #expect(bytes == [0x53, 0x54, 0x01, 0x03, 0x04, 0x03, 0x02, 0x01])
        #expect(bytes.count == WireHeader.size)
    }

    @Test("fields are little-endian with u32-length-prefixed blobs")
    func bodyLayout() {
        let bytes = HostLog(level: 3, message: "hi").datagram()
        #expect(Array(bytes.dropFirst(WireHeader.size)) == [3, 2, 0, 0, 0, 0x68, 0x69])
        let close = CloseSessionRequest(sessionID: 0xAABB_CCDD).datagram()
        #expect(Array(close.dropFirst(WireHeader.size)) == [0xDD, 0xCC, 0xBB, 0xAA])
    }

    @Test("WireWriter.reset keeps nothing of the previous message")
    func writerReset() {
        var w = WireWriter()
        HostLog(level: 1, message: "first").encode(requestID: 1, into: &w)
        w.reset()
        HostShutdown().encode(requestID: 2, into: &w)
        #expect(w.bytes == HostShutdown().datagram(requestID: 2))
    }

    @Test("a shared memref without an fd index encodes 0xFF and decodes as nil")
    func sharedWithoutFD() throws {
        let op = WireOperation(types: ParameterTypes(.memrefInout),
                               params: [.shared(id: 1, fdIndex: nil, offset: 0, size: 1), .none, .none, .none])
        let (_, decoded) = try decode(InvokeRequest(command: 1, operation: op).datagram(), as: InvokeRequest.self)
        #expect(decoded.operation.params[0] == .shared(id: 1, fdIndex: nil, offset: 0, size: 1))
    }

    @Test("a datagram decoded as another message type is refused")
    func wrongType() {
        let bytes = CloseSessionRequest(sessionID: 1).datagram()
        #expect(decodeError(bytes, as: ReleaseSharedMemory.self) == .unknownOpcode(Opcode.closeSession.rawValue))
        #expect(decodeError(bytes, as: CloseSessionRequest.self) == nil)
    }
}
