import TEEABI

/// What one operation class does with its keys and data; each class has its own engine
/// type (GPOperation+Digest.swift and the others).
public protocol GPOperationEngine: AnyObject {
    /// TEE_OperationInfo's digestLength: the output size in bytes (digest, MAC, tag, block)
    /// where the algorithm has one, else 0.
    var outputLength: Int { get }
    /// An independent copy of the engine's state (TEE_CopyOperation).
    func copy() throws(GPFault) -> GPOperationEngine
    /// Back to the state after the key was set (TEE_ResetOperation).
    func reset()
    /// A key was set (nil: cleared).
    func setKeys(_ keys: [GPObject]) throws(GPFault)
}

/// A cryptographic operation (`TEE_OperationHandle`) with GP's state machine: what may be
/// called in which state, with which key, and what panics.
public final class GPOperation {
    public let algorithm: GPAlgorithm
    public let operationClass: GPOperationClass
    public let mode: GPOperationMode
    public let maxKeySize: UInt32
    public internal(set) var state: GPOperationState = .initial
    /// Copies of the keys set (TEE_SetOperationKey copies; later changes to the object
    /// do not reach the operation).
    public private(set) var keys: [GPObject] = []
    public let keyCount: Int
    var engine: GPOperationEngine {
        didSet { kind = EngineKind(engine) }
    }
    /// The engine by its concrete kind, found once: class-specific calls run on every
    /// update, and a dynamic cast there would cost more than the work on a small buffer.
    private(set) var kind: EngineKind
    /// Set by a class once its init call (CipherInit, MACInit…) ran.
    var initialized = false

    /// TEE_AllocateOperation: NOT_SUPPORTED for an algorithm, mode or key size this TEE
    /// does not offer.
    public init(algorithm: GPAlgorithm, mode: GPOperationMode, maxKeySize: UInt32) throws(GPFault) {
        guard let operationClass = algorithm.operationClass,
              let made = GPEngines.make(algorithm: algorithm, class: operationClass, mode: mode, maxKeySize: maxKeySize)
        else { throw .result(.notSupported) }
        self.algorithm = algorithm
        self.operationClass = operationClass
        self.mode = mode
        self.maxKeySize = made.maxKeySize
        keyCount = made.keyCount
        engine = made.engine
        kind = EngineKind(made.engine)
        // A digest needs no key and starts ready.
        if keyCount == 0 {
            state = .initial
            initialized = true
        }
    }

    /// The usage a key must allow for this operation.
    public var requiredKeyUsage: GPUsage {
        switch mode {
        // OP-TEE: raw RSA is also a signature primitive, so it needs both usages.
        case .encrypt: algorithm == .rsaNopad ? [.encrypt, .verify] : .encrypt
        case .decrypt: algorithm == .rsaNopad ? [.decrypt, .sign] : .decrypt
        case .sign: .sign
        case .verify: .verify
        case .mac: .mac
        case .derive: .derive
        case .digest: []
        }
    }

    public var keySize: UInt32 { keys.first?.objectSize ?? 0 }

    /// TEE_OperationInfo's digestLength.
    public var outputLength: Int { engine.outputLength }

    public var handleFlags: GPHandleFlags {
        var flags: GPHandleFlags = []
        if keyCount == 0 || keys.count == keyCount { flags.insert(.keySet) }
        if keyCount == 2 { flags.insert(.expectTwoKeys) }
        if initialized && keyCount > 0 { flags.insert(.initialized) }
        if keyCount == 0 { flags.insert(.initialized) }
        if state == .extracting { flags.insert(.extracting) }
        return flags
    }

    /// TEE_SetOperationKey / TEE_SetOperationKey2 (`nil` clears the keys).
    public func setKeys(_ given: [GPObject]?) throws(GPFault) {
        guard state == .initial else { throw .panic("key set on an active operation") }
        guard keyCount > 0 else { throw .panic("this operation takes no key") }
        guard let given else {
            keys = []
            initialized = false
            try engine.setKeys([])
            return
        }
        guard given.count == keyCount else { throw .panic("expected \(keyCount) key(s)") }
        for key in given {
            guard key.isInitialized else { throw .panic("key object is not initialized") }
            guard GPEngines.keyTypes(for: algorithm, mode: mode).contains(key.type) else {
                throw .panic("key type \(key.type) does not fit algorithm \(algorithm)")
            }
            guard key.usage.contains(requiredKeyUsage) else { throw .panic("key usage does not allow this operation") }
            guard key.objectSize <= maxKeySize else { throw .panic("key larger than the operation's maximum") }
        }
        let copies = given.map { $0.snapshot() }
        try engine.setKeys(copies)
        keys = copies
        initialized = false
    }

    /// TEE_ResetOperation.
    public func reset() throws(GPFault) {
        guard keyCount == 0 || keys.count == keyCount else { throw .panic("reset of an operation without its key") }
        engine.reset()
        state = .initial
        initialized = keyCount == 0
    }

    /// TEE_CopyOperation: `self` takes `source`'s state, keys and engine.
    public func copy(from source: GPOperation) throws(GPFault) {
        guard source.algorithm == algorithm, source.mode == mode else { throw .panic("copy between different operations") }
        guard source.keySize <= maxKeySize else { throw .panic("destination's maximum key size is too small") }
        engine = try source.engine.copy()
        keys = source.keys.map { $0.snapshot() }
        state = source.state
        initialized = source.initialized
    }

    /// Checks the operation is in one of the states given and initialized (keyed operations
    /// need their init call first); GP says anything else panics. (No collection argument:
    /// this runs on every call, and a Set literal would allocate.)
    func require(_ first: GPOperationState, _ second: GPOperationState? = nil, _ third: GPOperationState? = nil,
                 initialized needed: Bool = true) throws(GPFault) {
        guard state == first || state == second || state == third else { throw .panic("operation in state \(state)") }
        if needed && !initialized { throw .panic("operation not initialized") }
    }
}

/// An operation's engine as its class's type.
enum EngineKind {
    case digest(DigestEngine)
    case cipher(CipherEngine)
    case mac(MACEngine)
    case ae(AEEngine)
    case asymmetric(AsymmetricEngine)
    case other

    init(_ engine: GPOperationEngine) {
        if let e = engine as? DigestEngine { self = .digest(e) }
        else if let e = engine as? CipherEngine { self = .cipher(e) }
        else if let e = engine as? MACEngine { self = .mac(e) }
        else if let e = engine as? AEEngine { self = .ae(e) }
        else if let e = engine as? AsymmetricEngine { self = .asymmetric(e) }
        else { self = .other }
    }
}
