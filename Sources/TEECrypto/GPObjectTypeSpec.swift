/// What GP allows for one object type: key sizes (bits), the attributes a populate must
/// give and may give, and how a key is generated.
public struct GPObjectTypeSpec: Sendable {
    /// Allowed object sizes: min...max in steps of `step`.
    public var minSize: UInt32
    public var maxSize: UInt32
    public var step: UInt32
    public var required: [GPAttributeID]
    public var optional: [GPAttributeID] = []
    /// Groups of optional attributes that must come all together or not at all (RSA CRT).
    public var allOrNone: [[GPAttributeID]] = []
    /// The object size a populate yields, from its attributes (nil: not a valid key).
    public var sizeOf: @Sendable ([GPAttributeID: GPAttributeValue]) -> UInt32?
    /// Generates the attributes of a key of `size` bits, given TEE_GenerateKey's params.
    public var generate: (@Sendable (_ size: UInt32, _ params: [GPAttribute]) throws(GPFault) -> [GPAttribute])?

    public func allows(size: UInt32) -> Bool {
        size >= minSize && size <= maxSize && (step == 0 || (size - minSize) % step == 0)
    }

    public var isKeyPair: Bool { false }
}

extension GPObjectTypeSpec {
    /// Every type this TEE knows: symmetric keys here, asymmetric and KDF inputs in
    /// `asymmetricSpecs` (GPObjectTypeSpec+Asymmetric.swift).
    public static let all: [GPObjectType: GPObjectTypeSpec] = symmetricSpecs.merging(asymmetricSpecs) { a, _ in a }

    /// A secret in TEE_ATTR_SECRET_VALUE whose size in bits is the object size.
    static func secret(_ min: UInt32, _ max: UInt32, step: UInt32) -> GPObjectTypeSpec {
        GPObjectTypeSpec(
            minSize: min, maxSize: max, step: step, required: [.secretValue],
            sizeOf: { attributes in
                guard case let .bytes(b)? = attributes[.secretValue] else { return nil }
                return UInt32(clamping: b.count * 8)
            },
            generate: { size, _ throws(GPFault) in
                [GPAttribute(.secretValue, bytes: try CryptoRandom.bytes(Int(size / 8)))]
            })
    }

    static let symmetricSpecs: [GPObjectType: GPObjectTypeSpec] = [
        .aes: secret(128, 256, step: 64),
        .des: secret(64, 64, step: 0),
        .des3: secret(128, 192, step: 64),
        .sm4: secret(128, 128, step: 0),
        .hmacMd5: secret(64, 512, step: 8),
        .hmacSha1: secret(80, 512, step: 8),
        .hmacSha224: secret(112, 512, step: 8),
        .hmacSha256: secret(192, 1024, step: 8),
        .hmacSha384: secret(256, 1024, step: 8),
        .hmacSha512: secret(256, 1024, step: 8),
        .hmacSm3: secret(80, 1024, step: 8),
        .hmacSha3_224: secret(192, 1024, step: 8),
        .hmacSha3_256: secret(256, 1024, step: 8),
        .hmacSha3_384: secret(256, 1024, step: 8),
        .hmacSha3_512: secret(256, 1024, step: 8),
        .genericSecret: secret(0, 4096, step: 8),
    ]
}
