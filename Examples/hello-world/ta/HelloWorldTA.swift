import TEETrustedApp

/// OP-TEE's hello-world TA, in Swift: increments or decrements a value the client passes.
/// Commands and UUID are those of `include/hello_world_ta.h`.
final class HelloWorldTA: TrustedApplication {
    static let uuid = TEEUUID("8aaaf200-2450-11e4-abe2-0002a5d5c51b")!
    static let description = "Hello World TA (Swift)"

    static let incrementValue: UInt32 = 0
    static let decrementValue: UInt32 = 1

    private let context: TAContext

    init(context: TAContext) throws(TEEResult) {
        self.context = context
        context.log(.debug, "has been called")
    }

    func openSession(client: ClientIdentity, parameters: inout Parameters) throws(TEEResult) {
        try parameters.expect()
        context.log(.info, "Hello World!")
    }

    func closeSession(_ session: Void) {
        context.log(.info, "Goodbye!")
    }

    func invoke(_ session: Void, command: UInt32, parameters: inout Parameters) throws(TEEResult) {
        try parameters.expect(.valueInout)
        let (a, _) = parameters.value(0)
        switch command {
        case Self.incrementValue:
            context.log(.info, "Got value: \(a) from NW")
            parameters.setValue(0, a: a &+ 1)
            context.log(.info, "Increase value to: \(a &+ 1)")
        case Self.decrementValue:
            context.log(.info, "Got value: \(a) from NW")
            parameters.setValue(0, a: a &- 1)
            context.log(.info, "Decrease value to: \(a &- 1)")
        default:
            throw .badParameters
        }
    }
}

@_cdecl("swift_tee_ta_exports")
public func exports() -> UnsafeRawPointer { TAExport.table(for: HelloWorldTA.self) }
