import TEEPlatform

/// A key or trust-store operation that failed, with what to tell the user.
public struct TAKeyError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }

    init(_ context: String, _ error: PlatformError) { description = "\(context): \(error)" }
    init(_ context: String, _ error: TAImageError) { description = "\(context): \(error)" }
}
