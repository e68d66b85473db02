import TEETrustedApp

/// A Swift TA that uses trusted storage through the typed API: generic commands the
/// integration tests drive (and use as "TA B" next to the C API test TA), and a self test
/// of the whole API from Swift.
final class StorageTA: TrustedApplication {
    static let uuid = TEEUUID("7f3a9c1e-4b2d-4e8f-a6c5-3d9b1e2f4a60")!
    static let description = "Trusted storage through the Swift API (test fixture)"

    /// memref in: id; memref in: data. Creates (OVERWRITE) a data object.
    static let put: UInt32 = 0
    /// memref in: id; memref out: the object's data.
    static let get: UInt32 = 1
    /// memref out: each id as a length byte and the id; value out: a = count.
    static let list: UInt32 = 2
    /// memref in: id; memref in: new id.
    static let rename: UInt32 = 3
    /// memref in: id.
    static let delete: UInt32 = 4
    /// value out: a = the step that failed. The typed API end to end.
    static let selfTest: UInt32 = 5

    private let context: TAContext

    init(context: TAContext) throws(TEEResult) {
        self.context = context
    }

    func invoke(_ session: Void, command: UInt32, parameters p: inout Parameters) throws(TEEResult) {
        do throws(TEEError) {
            switch command {
            case Self.put:
                try p.require(.memrefInput, .memrefInput)
                _ = try context.storage.create(p.bytes(0), flags: [.accessRead, .overwrite], data: p.bytes(1))
            case Self.get:
                try p.require(.memrefInput, .memrefOutput)
                let data = try context.storage.open(p.bytes(0), flags: [.accessRead, .shareRead]).readToEnd()
                try p.output(1, data)
            case Self.list:
                try p.require(.memrefOutput, .valueOutput)
                let objects = try context.storage.objects()
                try p.output(0, objects.flatMap { [UInt8($0.id.count)] + $0.id })
                p.setValue(1, a: UInt32(objects.count))
            case Self.rename:
                try p.require(.memrefInput, .memrefInput)
                try context.storage.open(p.bytes(0), flags: .accessWriteMeta).rename(to: p.bytes(1))
            case Self.delete:
                try p.require(.memrefInput)
                try context.storage.open(p.bytes(0), flags: .accessWriteMeta).delete()
            case Self.selfTest:
                try p.require(.valueOutput)
                var test = StorageSelfTest(storage: context.storage, rpmb: context.storage(.privateRPMB))
                try test.run(&p)
            default:
                throw TEEError(.notSupported, origin: .trustedApp)
            }
        } catch {
            throw error.result
        }
    }
}

extension Parameters {
    /// `expect` and `write` for code that throws `TEEError`.
    func require(_ t0: ParameterType = .none, _ t1: ParameterType = .none) throws(TEEError) {
        do throws(TEEResult) { try expect(t0, t1) } catch { throw TEEError(error, origin: .trustedApp) }
    }

    mutating func output(_ index: Int, _ bytes: [UInt8]) throws(TEEError) {
        do throws(TEEResult) { try write(index, bytes) } catch { throw TEEError(error, origin: .trustedApp) }
    }
}

@_cdecl("swift_tee_ta_exports")
public func exports() -> UnsafeRawPointer { TAExport.table(for: StorageTA.self) }
