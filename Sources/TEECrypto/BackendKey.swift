import CTEECryptoBackend
#if canImport(Glibc)
import Glibc
#endif

/// An asymmetric key in the backend (an OpenSSL EVP_PKEY), freed with the object. Built once
/// per TEE_SetOperationKey from the key object's attributes; never changed afterwards, so
/// copies of an operation share it.
final class BackendKey {
    let pointer: OpaquePointer

    private init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit { stee_akey_free(pointer) }

    /// A key of OpenSSL type `type` from `params`; nil if OpenSSL rejects them.
    static func from(_ type: StaticString, _ part: stee_key_part, _ params: BackendParams) -> BackendKey? {
        params.withParams { list, count in
            stee_akey_from_params(cName(type), part, list, count).map(BackendKey.init)
        }
    }

    /// A fresh key pair of `type`, or from `domain`'s parameters.
    static func generate(_ type: StaticString, domain: BackendKey? = nil, _ params: BackendParams = BackendParams())
        -> BackendKey?
    {
        params.withParams { list, count in
            stee_akey_generate(cName(type), domain?.pointer, list, count).map(BackendKey.init)
        }
    }

    var bits: Int { Int(stee_akey_bits(pointer)) }

    /// A big-number parameter as a minimal big-endian string (how OP-TEE hands out key
    /// attributes), or nil if the key has none.
    func bignum(_ name: StaticString) -> SecureBytes? {
        var size = 0
        guard stee_akey_get_bignum(pointer, cName(name), nil, &size) == 0 else { return nil }
        let out = SecureBytes(count: size)
        let rc = out.withUnsafeMutableBytes { buffer in
            var length = buffer.count
            return stee_akey_get_bignum(pointer, cName(name), buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), &length)
        }
        return rc == 0 ? out : nil
    }

    /// A byte-string parameter ("pub", "priv" of X25519 / Ed25519).
    func octets(_ name: StaticString) -> SecureBytes? {
        var size = 0
        guard stee_akey_get_octets(pointer, cName(name), nil, &size) == 0 else { return nil }
        let out = SecureBytes(count: size)
        var length = size
        let rc = out.withUnsafeMutableBytes { buffer in
            stee_akey_get_octets(pointer, cName(name), buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), &length)
        }
        return rc == 0 && length == size ? out : nil
    }

    var isPublicValid: Bool { stee_akey_check_public(pointer) == 0 }
    var isPairValid: Bool { stee_akey_check_pair(pointer) == 0 }
}

/// A static string literal as a C string (NUL-terminated, immortal).
func cName(_ name: StaticString) -> UnsafePointer<CChar> {
    UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)
}

/// Named parameters for the backend. Bytes are copied into buffers this object owns and
/// wipes when it goes, so key material never outlives the call that needs it.
final class BackendParams {
    private var params: [stee_key_param] = []
    private var buffers: [UnsafeMutableRawBufferPointer] = []

    init() {}

    deinit {
        for buffer in buffers {
            stee_cleanse(buffer.baseAddress, buffer.count)
            buffer.deallocate()
        }
    }

    private func copy(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawPointer {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        if bytes.count > 0 { buffer.copyMemory(from: bytes) }
        buffers.append(buffer)
        return UnsafeRawPointer(buffer.baseAddress!)
    }

    private func add(_ name: StaticString, _ kind: stee_param_kind, _ bytes: UnsafeRawBufferPointer) {
        params.append(stee_key_param(name: cName(name), kind: kind, data: copy(bytes), length: bytes.count, value: 0))
    }

    /// A big-endian unsigned integer (leading zeros allowed).
    func bignum(_ name: StaticString, _ bytes: SecureBytes) {
        bytes.withUnsafeBytes { add(name, STEE_PARAM_BIGNUM, $0) }
    }

    func octets(_ name: StaticString, _ bytes: SecureBytes) {
        bytes.withUnsafeBytes { add(name, STEE_PARAM_OCTETS, $0) }
    }

    func octets(_ name: StaticString, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(name, STEE_PARAM_OCTETS, $0) }
    }

    func string(_ name: StaticString, _ value: StaticString) {
        params.append(stee_key_param(name: cName(name), kind: STEE_PARAM_UTF8, data: UnsafeRawPointer(cName(value)),
                                 length: 0, value: 0))
    }

    func uint(_ name: StaticString, _ value: UInt32) {
        params.append(stee_key_param(name: cName(name), kind: STEE_PARAM_UINT, data: nil, length: 0, value: value))
    }

    func withParams<R>(_ body: (UnsafePointer<stee_key_param>?, Int) -> R) -> R {
        params.withUnsafeBufferPointer { body($0.baseAddress, $0.count) }
    }
}
