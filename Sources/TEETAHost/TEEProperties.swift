import CTEETAABI
#if canImport(Glibc)
import Glibc
#endif
import TEEABI

/// The gpd.tee.* property set, as C rows for libutee. Values say what protects this TEE,
/// not what a hardware TEE would claim.
enum TEEProperties {
    static let boolType: UInt32 = 0, u32Type: UInt32 = 1, uuidType: UInt32 = 2, stringType: UInt32 = 4

    enum Value {
        case bool(Bool)
        case u32(UInt32)
        case uuid(TEEUUID)
        case string(String)
    }

    static func rows(deviceID: TEEUUID, antiRollbackLevel: UInt32) -> [(String, Value)] {
        [
            ("gpd.tee.apiversion", .string("1.3.1")),
            ("gpd.tee.description", .string("swift-tee: a TEE on Linux process isolation")),
            ("gpd.tee.deviceID", .uuid(deviceID)),
            // The kernel's clocks: REE-controlled (GP level 100).
            ("gpd.tee.systemTime.protectionLevel", .u32(100)),
            // Offsets from the REE's wall clock, kept by teed with an integrity tag.
            ("gpd.tee.TAPersistentTime.protectionLevel", .u32(100)),
            // Big integers up to 32768 bits (the backend's limit); no ECC yet.
            ("gpd.tee.arith.maxBigIntSize", .u32(32768)),
            ("gpd.tee.cryptography.ecc", .bool(false)),
            // What the object store teed uses says of itself (0: no anchor against a
            // rollback of the whole store; 100: REE-controlled; 1000: TEE-controlled).
            ("gpd.tee.trustedStorage.antiRollback.protectionLevel", .u32(antiRollbackLevel)),
            ("gpd.tee.trustedos.implementation.version", .string("0.1.0")),
            ("gpd.tee.trustedos.implementation.binaryversion", .u32(0x0000_0100)),
            ("gpd.tee.trustedos.manufacturer", .string("swift-tee")),
            ("gpd.tee.internalCore.version", .u32(0x0103_0100)),
        ]
    }

    /// Allocated once per instance and never freed: the TA may hold pointers into it.
    static func table(deviceID: TEEUUID, antiRollbackLevel: UInt32) -> (UnsafePointer<stee_property>, Int) {
        let rows = rows(deviceID: deviceID, antiRollbackLevel: antiRollbackLevel)
        let table = UnsafeMutablePointer<stee_property>.allocate(capacity: rows.count)
        for (i, (name, value)) in rows.enumerated() {
            var row = stee_property()
            row.name = UnsafePointer(strdup(name))
            switch value {
            case let .bool(b):
                let p = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
                p.initialize(to: b)
                (row.type, row.value) = (boolType, UnsafeRawPointer(p))
            case let .u32(v):
                let p = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
                p.initialize(to: v)
                (row.type, row.value) = (u32Type, UnsafeRawPointer(p))
            case let .uuid(u):
                // TEE_UUID: native-endian fields, then the 8 clock/node bytes.
                let p = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 4)
                p.storeBytes(of: u.timeLow, as: UInt32.self)
                p.storeBytes(of: u.timeMid, toByteOffset: 4, as: UInt16.self)
                p.storeBytes(of: u.timeHiAndVersion, toByteOffset: 6, as: UInt16.self)
                for (j, byte) in u.clockSeqAndNode.enumerated() { p.storeBytes(of: byte, toByteOffset: 8 + j, as: UInt8.self) }
                (row.type, row.value) = (uuidType, UnsafeRawPointer(p))
            case let .string(s):
                (row.type, row.value) = (stringType, UnsafeRawPointer(strdup(s)))
            }
            table[i] = row
        }
        return (UnsafePointer(table), rows.count)
    }
}
