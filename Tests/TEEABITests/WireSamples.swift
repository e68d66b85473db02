import Testing
import TEEABI

/// One valid message of some type, as a datagram, with a way to decode bytes back into
/// that type and compare: what the codec suites are parameterized over.
struct WireSample: Sendable, CustomTestStringConvertible {
    let name: String
    let requestID: UInt32
    let datagram: [UInt8]
    /// Decodes `bytes` as the sample's type; true when header and body equal the original.
    let decodesToOriginal: @Sendable ([UInt8]) throws(WireError) -> Bool

    var testDescription: String { name }

    static func of<M: WireMessage & Equatable>(_ message: M, requestID: UInt32 = 0x1234_5678, _ label: String = "") -> WireSample {
        WireSample(
            name: "\(M.self)" + (label.isEmpty ? "" : " (\(label))"),
            requestID: requestID,
            datagram: message.datagram(requestID: requestID),
            decodesToOriginal: { bytes throws(WireError) in
                let (header, decoded) = try decode(bytes, as: M.self)
                return header == WireHeader(M.opcode, requestID: requestID) && decoded == message
            })
    }
}

/// `decodeDatagram` over an array.
func decode<M: WireMessage>(_ bytes: [UInt8], as type: M.Type) throws(WireError) -> (WireHeader, M) {
    let result: Result<(WireHeader, M), WireError> = bytes.withUnsafeBytes { raw in
        do throws(WireError) {
            return .success(try decodeDatagram(raw, as: M.self))
        } catch {
            return .failure(error)
        }
    }
    return try result.get()
}

/// The error decoding `bytes` as `M` throws, or nil when it decodes.
func decodeError<M: WireMessage>(_ bytes: [UInt8], as type: M.Type) -> WireError? {
    do throws(WireError) {
        _ = try decode(bytes, as: type)
        return nil
    } catch {
        return error
    }
}

enum Samples {
    static let helloWorld = TEEUUID("8aaaf200-2450-11e4-abe2-0002a5d5c51b")!
    static let buffers = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7df")!

    /// An operation using every parameter encoding.
    static let richOperation = WireOperation(
        types: ParameterTypes(.valueInout, .memrefInput, .memrefOutput, .memrefInout),
        params: [
            .value(a: 0xDEAD_BEEF, b: 7),
            .inline(size: 5, data: [1, 2, 3, 4, 5]),
            .inline(size: 100, data: []),
            .shared(id: 42, fdIndex: 1, offset: 0x1_0000_0000, size: 4096),
        ])

    static let sharedAndNull = WireOperation(
        types: ParameterTypes(.memrefOutput, .memrefInput, .valueInput, .valueOutput),
        params: [
            .shared(id: 3, fdIndex: nil, offset: 16, size: 32),
            .null,
            .value(a: 1, b: 2),
            .value(a: 0, b: 0),
        ])

    static let richOutputs = WireOutputs(params: [
        .value(a: 1, b: 0xFFFF_FFFF),
        .memref(size: 12, data: nil),
        .memref(size: 3, data: [9, 8, 7]),
        .none,
    ])

    static let all: [WireSample] = [
        // client <-> teed
        .of(OpenSessionRequest(uuid: helloWorld, login: .public)),
        .of(OpenSessionRequest(uuid: buffers, login: .group, connectionData: 100, operation: richOperation), "with operation"),
        .of(OpenSessionReply(result: .success, origin: .trustedApp, sessionID: 9, outputs: richOutputs)),
        .of(OpenSessionReply(result: .busy, origin: .tee), "error"),
        .of(CloseSessionRequest(sessionID: 0xFFFF_FFFF)),
        .of(ResultReply(result: .itemNotFound, origin: .tee)),
        .of(ErrorReply(result: .badFormat, message: "malformed datagram: truncated ✓")),
        .of(ErrorReply(result: .generic, message: ""), "empty message"),
        .of(StatusRequest()),
        .of(StatusReply(version: "swift-tee 0.1.0", pid: 1234, taDirectory: "/state/ta",
                        installedTAs: [helloWorld, buffers],
                        instances: [.init(uuid: buffers, pid: 99, flags: [.singleInstance, .multiSession], sessions: 2),
                                    .init(uuid: helloWorld, pid: -1, flags: [], sessions: 0)],
                        clients: 3)),
        .of(StatusReply(version: "", pid: 0, taDirectory: "", installedTAs: [], instances: [], clients: 0), "empty"),
        .of(StorageStatusRequest(verify: true)),
        .of(StorageStatusReply(result: .success, antiRollbackLevel: 100,
                               owners: [.init(uuid: buffers, objects: 3, bytes: 4096)], verified: true,
                               objectsChecked: 3, bytesChecked: 4096, problems: ["corruptFile file 00ff"])),
        .of(StorageStatusReply(result: .accessDenied), "refused"),
        .of(GetPersistentTimeRequest()),
        .of(SetPersistentTimeRequest(seconds: 0xFFFF_FFFF, millis: 999)),
        .of(PersistentTimeReply(result: .overflow, seconds: 12, millis: 345)),
        // TA instance <-> teed: trusted storage
        .of(StorageRequest(.open(storage: .private, objectID: Array("key".utf8), flags: [.accessRead, .shareRead])), "open"),
        .of(StorageRequest(.open(storage: .privateRPMB, objectID: [], flags: [])), "open, empty id"),
        .of(StorageRequest(.create(storage: .privateREE, objectID: [UInt8](repeating: 0xAB, count: 64), flags: [.accessWrite, .overwrite],
                                   object: StoredObjectInfo(objectType: 0xA000_0010, objectSize: 256, maxObjectSize: 256, usage: 0x6),
                                   attributes: [1, 2, 3], data: .inline([4, 5]), keepOpen: true)), "create"),
        .of(StorageRequest(.create(storage: .private, objectID: [0], flags: [], object: .none, attributes: [],
                                   data: .attached(size: 1 << 20), keepOpen: false)), "create, data in a memfd"),
        .of(StorageRequest(.close(handle: 7)), "close"),
        .of(StorageRequest(.read(handle: 7, position: 0xFFFF_FFFF, count: 1 << 33)), "read"),
        .of(StorageRequest(.write(handle: 7, position: 3, data: .inline([9]))), "write"),
        .of(StorageRequest(.truncate(handle: 7, size: 0)), "truncate"),
        .of(StorageRequest(.rename(handle: 7, objectID: [1, 2])), "rename"),
        .of(StorageRequest(.delete(handle: 7)), "delete"),
        .of(StorageRequest(.restrictUsage(handle: 7, usage: 0x20)), "restrict usage"),
        .of(StorageRequest(.info(handle: 7)), "info"),
        .of(StorageRequest(.next(storage: .private, after: nil)), "first object"),
        .of(StorageRequest(.next(storage: .private, after: [0xFF])), "next object"),
        .of(StorageReply(result: .success, handle: 3, objectID: [1], info: StoredObjectInfo(objectType: 0xA000_00BF, objectSize: 0, maxObjectSize: 0, usage: 0xFFFF_FFFF, dataSize: 1 << 32),
                         attributes: [7, 7], data: .inline([1, 2, 3])), "object"),
        .of(StorageReply(result: .accessConflict), "error"),
        .of(StorageReply(result: .success, data: .attached(size: 100_000)), "data in a memfd"),
        // teed <-> TA host
        .of(HostLoad(uuid: buffers, logLevel: 4, deviceID: TEEUUID("00112233-4455-6677-8899-aabbccddeeff")!, antiRollbackLevel: 100)),
        .of(HostLoaded(result: .success, uuid: buffers, flags: [.singleInstance, .instanceKeepAlive])),
        .of(HostOpenSession(sessionID: 5, client: ClientIdentity(login: .user, uuid: helloWorld), operation: sharedAndNull)),
        .of(HostOpenSessionReply(sessionID: 5, result: .accessDenied, origin: .trustedApp, outputs: richOutputs)),
        .of(HostCloseSession(sessionID: 5)),
        .of(HostCloseSessionReply(sessionID: 5, instanceFinished: true)),
        .of(HostCloseSessionReply(sessionID: 6, instanceFinished: false), "not finished"),
        .of(HostShutdown()),
        .of(HostLog(level: 2, message: "CloseSessionEntryPoint")),
        // client <-> TA host
        .of(InvokeRequest(command: 3, operation: richOperation)),
        .of(InvokeRequest(command: 0, operation: .empty), "empty operation"),
        .of(InvokeReply(result: .shortBuffer, origin: .trustedApp, outputs: richOutputs)),
        .of(InvokeReply(result: TEEResult(0x1234_5678), origin: TEEOrigin(rawValue: 77), outputs: .empty), "unknown codes"),
        .of(CancelRequest(), requestID: 17),
        .of(ReleaseSharedMemory(id: 8)),
    ]
}
