import TEEABI

/// An algorithm identifier (`TEE_ALG_*`). GP packs the operation class in bits 31–28, the
/// chain mode in bits 11–8 and the main algorithm in bits 7–0; OP-TEE's own extensions
/// (0xF…) say their class by family.
public struct GPAlgorithm: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public var operationClass: GPOperationClass? {
        switch rawValue {
        case GPAlgorithm.des3Cmac.rawValue: return .mac
        case GPAlgorithm.sm4Xts.rawValue: return .cipher
        case GPAlgorithm.rsassaPkcs1V1_5.rawValue, GPAlgorithm.rsassaPkcs1PssMgf1Md5.rawValue: return .asymmetricSignature
        case GPAlgorithm.rsaesPkcs1OaepMgf1Md5.rawValue: return .asymmetricCipher
        // GP numbers SM2's encryption like a derivation and its key exchange like a cipher.
        case GPAlgorithm.sm2Pke.rawValue: return .asymmetricCipher
        case GPAlgorithm.sm2Kep.rawValue: return .keyDerivation
        default: return GPOperationClass(rawValue: rawValue >> 28)
        }
    }

    /// Bits 7–0: AES 0x10, DES 0x11, DES3 0x13, SM4 0x14, RSA 0x30, DSA 0x31, DH 0x32, ECDSA 0x41…
    public var mainAlgorithm: UInt32 { rawValue & 0xFF }
    /// Bits 11–8: ECB 0, CBC 1, CTR 2, CTS 3, XTS 4, CBC-MAC PKCS5 5, CMAC 6, CCM 7, GCM 8.
    public var chainMode: UInt32 { (rawValue >> 8) & 0xF }

    public var description: String { "0x" + String(rawValue, radix: 16, uppercase: true) }
}

/// `TEE_OPERATION_*`.
public enum GPOperationClass: UInt32, Sendable {
    case cipher = 1, mac = 3, ae = 4, digest = 5, asymmetricCipher = 6, asymmetricSignature = 7, keyDerivation = 8
}

/// `TEE_MODE_*`.
public enum GPOperationMode: UInt32, Sendable {
    case encrypt = 0, decrypt = 1, sign = 2, verify = 3, mac = 4, digest = 5, derive = 6
}

/// `TEE_OPERATION_STATE_*`.
public enum GPOperationState: UInt32, Sendable {
    case initial = 0, active = 1, extracting = 2
}

/// `TEE_USAGE_*`.
public struct GPUsage: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let extractable = GPUsage(rawValue: 0x1)
    public static let encrypt = GPUsage(rawValue: 0x2)
    public static let decrypt = GPUsage(rawValue: 0x4)
    public static let mac = GPUsage(rawValue: 0x8)
    public static let sign = GPUsage(rawValue: 0x10)
    public static let verify = GPUsage(rawValue: 0x20)
    public static let derive = GPUsage(rawValue: 0x40)
    /// A fresh object allows everything.
    public static let all = GPUsage(rawValue: 0xFFFF_FFFF)
}

/// `TEE_HANDLE_FLAG_*`.
public struct GPHandleFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let persistent = GPHandleFlags(rawValue: 0x0001_0000)
    public static let initialized = GPHandleFlags(rawValue: 0x0002_0000)
    public static let keySet = GPHandleFlags(rawValue: 0x0004_0000)
    public static let expectTwoKeys = GPHandleFlags(rawValue: 0x0008_0000)
    public static let extracting = GPHandleFlags(rawValue: 0x0010_0000)
}

/// An object type (`TEE_TYPE_*`).
public struct GPObjectType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public var description: String { "0x" + String(rawValue, radix: 16, uppercase: true) }
}

/// An attribute identifier (`TEE_ATTR_*`): bit 29 says it holds two integers instead of
/// bytes, bit 28 that it is public (readable even from a non-extractable object).
public struct GPAttributeID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public var isValue: Bool { rawValue & (1 << 29) != 0 }
    public var isPublic: Bool { rawValue & (1 << 28) != 0 }
    public var description: String { "0x" + String(rawValue, radix: 16, uppercase: true) }
}

/// An elliptic curve (`TEE_ECC_CURVE_*`).
public struct GPCurve: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
}

/// How a GP call ends when it does not succeed: a result the caller gets back, or a
/// programming error GP says must panic the TA (the C ABI panics; Swift throws).
public enum GPFault: Error, Equatable, Sendable {
    case result(TEEResult)
    case panic(String)

    public static func bad(_ why: String) -> GPFault { .panic(why) }
}
