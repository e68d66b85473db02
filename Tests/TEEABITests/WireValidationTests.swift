import Testing
import TEEABI

/// Field-level validation: a datagram that is the right length but says something the
/// protocol does not allow is refused.
@Suite("Wire codec: invalid fields")
struct WireValidationTests {
    /// An invoke datagram whose operation is written by hand after the command word.
    private func invoke(_ body: (inout WireWriter) -> Void) -> [UInt8] {
        var w = WireWriter()
        WireHeader(.invoke, requestID: 1).encode(into: &w)
        w.u32(0)
        body(&w)
        return w.bytes
    }

    // MARK: Header

    @Test("bad magic, unsupported version and unknown opcodes are refused")
    func header() {
        var valid = StatusRequest().datagram()
        #expect(decodeError(valid, as: StatusRequest.self) == nil)
        valid[0] = 0x54
        #expect(decodeError(valid, as: StatusRequest.self) == .badMagic)
        var version = StatusRequest().datagram()
        version[2] = 2
        #expect(decodeError(version, as: StatusRequest.self) == .unsupportedVersion(2))
        version[2] = 0
        #expect(decodeError(version, as: StatusRequest.self) == .unsupportedVersion(0))
        let known = Set([0x01, 0x02, 0x03, 0x81, 0x82, 0x83, 0xFF, 0x10, 0x11, 0x12, 0x13,
                         0x90, 0x91, 0x92, 0x93, 0x20, 0x21, 0x22, 0xA0].map(UInt8.init))
        for raw in UInt8.min...UInt8.max where !known.contains(raw) {
            var bytes = StatusRequest().datagram()
            bytes[3] = raw
            #expect(decodeError(bytes, as: StatusRequest.self) == .unknownOpcode(raw))
        }
    }

    // MARK: Parameter types

    @Test("parameter type nibbles that are not TA-side types are refused",
          arguments: [UInt32(4), 8, 9, 0xA, 0xB, 0xC, 0xD, 0xE, 0xF])
    func invalidParamTypeNibble(_ nibble: UInt32) {
        for position in 0..<4 {
            let packed = nibble << (4 * UInt32(position))
            let bytes = invoke { w in
                w.u32(packed)
                // Enough zero bytes for any parameter the types could ask for.
                w.raw([UInt8](repeating: 0, count: 64))
            }
            #expect(decodeError(bytes, as: InvokeRequest.self) == .invalidField("paramTypes"), "nibble \(nibble) at \(position)")
        }
    }

    @Test("parameter types with bits above the four nibbles are refused",
          arguments: [UInt32(0x1_0000), 0x8000_0000, 0xFFFF_0000, 0x0010_0001])
    func highBits(_ packed: UInt32) {
        let bytes = invoke { $0.u32(packed); $0.raw([UInt8](repeating: 0, count: 16)) }
        #expect(decodeError(bytes, as: InvokeRequest.self) == .invalidField("paramTypes"))
    }

    // MARK: Memref storage

    @Test("unknown memref storage tags are refused", arguments: [UInt8(3), 4, 0x7F, 0xFF])
    func storageTag(_ tag: UInt8) {
        for type in [ParameterType.memrefInput, .memrefOutput, .memrefInout] {
            let bytes = invoke { w in
                w.u32(ParameterTypes(type).packed)
                w.u8(tag)
                w.raw([UInt8](repeating: 0, count: 32))
            }
            #expect(decodeError(bytes, as: InvokeRequest.self) == .invalidField("memref storage"))
        }
    }

    @Test("inline input data must fill the declared size exactly")
    func inlineInputMismatch() {
        for (size, data) in [(UInt64(4), [UInt8](repeating: 1, count: 3)), (3, [1, 2, 3, 4]), (1, []), (0, [1])] {
            for type in [ParameterType.memrefInput, .memrefInout] {
                let op = WireOperation(types: ParameterTypes(type), params: [.inline(size: size, data: data), .none, .none, .none])
                #expect(decodeError(InvokeRequest(command: 0, operation: op).datagram(), as: InvokeRequest.self)
                        == .invalidField("inline data"), "\(type) size \(size) with \(data.count) bytes")
            }
        }
    }

    @Test("inline output-only memrefs carry no data")
    func inlineOutputWithData() {
        let op = WireOperation(types: ParameterTypes(.memrefOutput), params: [.inline(size: 4, data: [1, 2, 3, 4]), .none, .none, .none])
        #expect(decodeError(InvokeRequest(command: 0, operation: op).datagram(), as: InvokeRequest.self) == .invalidField("inline data"))
        let ok = WireOperation(types: ParameterTypes(.memrefOutput), params: [.inline(size: 4, data: []), .none, .none, .none])
        #expect(decodeError(InvokeRequest(command: 0, operation: ok).datagram(), as: InvokeRequest.self) == nil)
    }

    @Test("inline sizes above the inline limit are refused, alone and in total")
    func inlineLimits() {
        let max = UInt64(WireOperation.maxInline)
        let big = WireOperation(types: ParameterTypes(.memrefOutput), params: [.inline(size: max + 1, data: []), .none, .none, .none])
        #expect(decodeError(InvokeRequest(command: 0, operation: big).datagram(), as: InvokeRequest.self) == .invalidField("inline size"))
        let atLimit = WireOperation(types: ParameterTypes(.memrefOutput), params: [.inline(size: max, data: []), .none, .none, .none])
        #expect(decodeError(InvokeRequest(command: 0, operation: atLimit).datagram(), as: InvokeRequest.self) == nil)
        let half = UInt64(WireOperation.maxInline / 2 + 1)
        let total = WireOperation(types: ParameterTypes(.memrefOutput, .memrefOutput),
                                  params: [.inline(size: half, data: []), .inline(size: half, data: []), .none, .none])
        #expect(decodeError(InvokeRequest(command: 0, operation: total).datagram(), as: InvokeRequest.self) == .tooLarge(Int(half * 2)))
        // A blob longer than the inline limit is refused before it is copied.
        let long = invoke { w in
            w.u32(ParameterTypes(.memrefInput).packed)
            w.u8(1)
            w.u64(max + 1)
            w.u32(UInt32(max + 1))
        }
        #expect(decodeError(long, as: InvokeRequest.self) == .tooLarge(Int(max + 1)))
    }

    @Test("value parameters are two u32 words and nothing else")
    func valueParameter() throws {
        let bytes = invoke { w in
            w.u32(ParameterTypes(.valueInput, .none, .none, .valueOutput).packed)
            w.u32(1); w.u32(2)
            w.u32(3); w.u32(4)
        }
        let (_, request) = try decode(bytes, as: InvokeRequest.self)
        #expect(request.operation.params == [.value(a: 1, b: 2), .none, .none, .value(a: 3, b: 4)])
    }

    // MARK: Outputs and bools

    @Test("unknown output kinds are refused", arguments: [UInt8(4), 5, 0x80, 0xFF])
    func outputKind(_ kind: UInt8) {
        var w = WireWriter()
        WireHeader(.invokeReply).encode(into: &w)
        w.u32(0)
        w.u32(4)
        w.u8(0); w.u8(kind)
        w.raw([UInt8](repeating: 0, count: 32))
        #expect(decodeError(w.bytes, as: InvokeReply.self) == .invalidField("output kind"))
    }

    @Test("bool bytes other than 0 and 1 are refused", arguments: [UInt8(2), 0x7F, 0x80, 0xFF])
    func boolByte(_ byte: UInt8) {
        var bytes = HostCloseSessionReply(sessionID: 1, instanceFinished: true).datagram()
        #expect(decodeError(bytes, as: HostCloseSessionReply.self) == nil)
        bytes[bytes.count - 1] = byte
        #expect(decodeError(bytes, as: HostCloseSessionReply.self) == .invalidField("bool"))
    }

    @Test("a session-channel message is not accepted where a teed request is expected")
    func crossChannel() {
        #expect(decodeError(CancelRequest().datagram(), as: StatusRequest.self) == .unknownOpcode(Opcode.cancel.rawValue))
        #expect(decodeError(HostShutdown().datagram(), as: CloseSessionRequest.self) == .unknownOpcode(Opcode.hostShutdown.rawValue))
    }

    // MARK: Trusted storage

    @Test("storage requests: unknown operations and data kinds, ids past 64 bytes, oversized inline data are refused")
    func storageFields() {
        var unknown = WireWriter()
        WireHeader(.storageRequest).encode(into: &unknown)
        unknown.u8(11)
        unknown.raw([UInt8](repeating: 0, count: 16))
        #expect(decodeError(unknown.bytes, as: StorageRequest.self) == .invalidField("storage operation"))

        var longID = WireWriter()
        WireHeader(.storageRequest).encode(into: &longID)
        longID.u8(0)
        longID.u32(1)
        longID.blob([UInt8](repeating: 1, count: 65))
        longID.u32(0)
        #expect(decodeError(longID.bytes, as: StorageRequest.self) == .tooLarge(65))

        var kind = WireWriter()
        WireHeader(.storageRequest).encode(into: &kind)
        kind.u8(4)
        kind.u32(1)
        kind.u64(0)
        kind.u8(2)
        #expect(decodeError(kind.bytes, as: StorageRequest.self) == .invalidField("data kind"))

        var large = WireWriter()
        WireHeader(.storageRequest).encode(into: &large)
        large.u8(4)
        large.u32(1)
        large.u64(0)
        large.u8(0)
        large.blob([UInt8](repeating: 0, count: WireData.inlineLimit + 1))
        #expect(decodeError(large.bytes, as: StorageRequest.self) == .tooLarge(WireData.inlineLimit + 1))
    }

    @Test("GP's sharing rules (§5.7): READ needs SHARE_READ everywhere, WRITE needs SHARE_WRITE, WRITE_META is exclusive")
    func sharingRules() {
        let readShared: DataFlags = [.accessRead, .shareRead]
        #expect(readShared.canShare(with: []))
        #expect(readShared.canShare(with: [readShared]))
        #expect(!readShared.canShare(with: [[.accessRead]]))
        #expect(!DataFlags.accessRead.canShare(with: [readShared]))
        // Share flags alone lock an object against the modes they do not share.
        #expect(!readShared.canShare(with: [[.shareWrite]]))
        #expect(DataFlags([.accessWrite, .shareWrite, .shareRead]).canShare(with: [[.shareWrite, .shareRead]]))
        #expect(!DataFlags([.accessWrite, .shareWrite]).canShare(with: [[.accessRead, .shareRead, .shareWrite]]))
        // No access at all shares with anything that does not need sharing.
        #expect(DataFlags().canShare(with: [[]]))
        #expect(!DataFlags.accessWriteMeta.canShare(with: [[]]))
        #expect(!DataFlags().canShare(with: [[.accessWriteMeta, .shareRead, .shareWrite]]))
        #expect(DataFlags.accessWriteMeta.canShare(with: []))
        // Every handle counts, not only the first.
        #expect(!readShared.canShare(with: [readShared, [.accessRead]]))
    }
}
