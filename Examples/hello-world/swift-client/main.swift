// The hello-world client in Swift: the same steps as host/main.c, through TEEClient.
import TEEClient

let helloWorld = TEEUUID("8aaaf200-2450-11e4-abe2-0002a5d5c51b")!
let incrementValue: UInt32 = 0
let decrementValue: UInt32 = 1

do {
    let context = try TEEContext()
    defer { context.finalize() }
    let session = try context.openSession(uuid: helloWorld)
    defer { session.close() }

    print("Invoking TA to increment 42")
    let incremented = try session.invoke(incrementValue, .valueInout(a: 42)).value(0).a
    print("TA incremented value to \(incremented)")
    let decremented = try session.invoke(decrementValue, .valueInout(a: incremented)).value(0).a
    print("TA decremented value to \(decremented)")
} catch {
    print("hello-world (Swift) failed: \(error)")
    exit(1)
}

#if canImport(Glibc)
import Glibc
#endif
