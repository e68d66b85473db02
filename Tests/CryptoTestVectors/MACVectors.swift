import TEECrypto

/// A published MAC known answer (`iv` for CBC-MAC).
public struct MACVector: Sendable, CustomStringConvertible {
    public var name: String
    public var algorithm: GPAlgorithm
    public var keyType: GPObjectType
    public var key: String
    public var iv: String = ""
    public var message: String
    public var mac: String

    public var description: String { name }
}

public enum MACVectors {
    public static let hiThere = "4869205468657265"
    public static let fifty = String(repeating: "dd", count: 50)
    public static let fiftyCD = String(repeating: "cd", count: 50)
    public static let key25 = "0102030405060708090a0b0c0d0e0f10111213141516171819"
    /// "Sample message for keylen<blocklen" (NIST's HMAC-SHA3 examples).
    public static let sample = "53616d706c65206d65737361676520666f72206b65796c656e3c626c6f636b6c656e"

    // RFC 2202 (MD5, SHA-1) and RFC 4231 (SHA-2) cases whose keys fit GP's HMAC key sizes;
    // Wycheproof for SHA-384/512 and SM3 (RFC 4231 keys are outside 256…1024 bits); NIST's
    // HMAC-SHA3 examples.
    public static let hmac: [MACVector] = [
        MACVector(name: "RFC 2202 HMAC-MD5 #1", algorithm: .hmacMd5, keyType: .hmacMd5, key: String(repeating: "0b", count: 16),
                  message: hiThere, mac: "9294727a3638bb1c13f48ef8158bfc9d"),
        MACVector(name: "RFC 2202 HMAC-MD5 #3", algorithm: .hmacMd5, keyType: .hmacMd5, key: String(repeating: "aa", count: 16),
                  message: fifty, mac: "56be34521d144c88dbb8c733f0e8b3f6"),
        MACVector(name: "RFC 2202 HMAC-MD5 #4", algorithm: .hmacMd5, keyType: .hmacMd5, key: key25,
                  message: fiftyCD, mac: "697eaf0aca3a3aea3a75164746ffaa79"),
        MACVector(name: "RFC 2202 HMAC-SHA1 #1", algorithm: .hmacSha1, keyType: .hmacSha1, key: String(repeating: "0b", count: 20),
                  message: hiThere, mac: "b617318655057264e28bc0b6fb378c8ef146be00"),
        MACVector(name: "RFC 2202 HMAC-SHA1 #3", algorithm: .hmacSha1, keyType: .hmacSha1, key: String(repeating: "aa", count: 20),
                  message: fifty, mac: "125d7342b9ac11cd91a39af48aa17b4f63f175d3"),
        MACVector(name: "RFC 2202 HMAC-SHA1 #4", algorithm: .hmacSha1, keyType: .hmacSha1, key: key25,
                  message: fiftyCD, mac: "4c9007f4026250c6bc8414f9bf50c86c2d7235da"),
        MACVector(name: "RFC 4231 HMAC-SHA224 #1", algorithm: .hmacSha224, keyType: .hmacSha224, key: String(repeating: "0b", count: 20),
                  message: hiThere, mac: "896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22"),
        MACVector(name: "RFC 4231 HMAC-SHA224 #4", algorithm: .hmacSha224, keyType: .hmacSha224, key: key25,
                  message: fiftyCD, mac: "6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a"),
        MACVector(name: "RFC 4231 HMAC-SHA256 #4", algorithm: .hmacSha256, keyType: .hmacSha256, key: key25,
                  message: fiftyCD, mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        MACVector(name: "Wycheproof HMAC-SHA384 #2", algorithm: .hmacSha384, keyType: .hmacSha384,
                  key: "976696c0dc97182ca771975c3928ff9168ef89cd740cd2292858fd916068a702bc1df7c6cd8ee1f0d25e61d4c514cc5d", message: "2b",
                  mac: "363e8973fedcf7892013dfae0b7065d61d80b98c635bc09ed860a01473b9bcd0dc550dbf66cf0d601fe9cbf3ae59620d"),
        MACVector(name: "Wycheproof HMAC-SHA384 #17", algorithm: .hmacSha384, keyType: .hmacSha384,
                  key: "503d7478a773b694d6e552c9703cc8bc56fd49fafc9a17cab8b0332dca8d49336fa7e9ec2bcb56253fe5bb504e3e7f7f",
                  message: "d96e6fed893addfd9237c81c4f4e341b",
                  mac: "19389766789912260f3f9757df3651663829c358bb48b22c1c63132070df318905beffd45f51e4dfcb3e785f44cf9106"),
        MACVector(name: "Wycheproof HMAC-SHA512 #17", algorithm: .hmacSha512, keyType: .hmacSha512,
                  key: "f5e2b9e2313f4f807cb3a924a7d4943fc3fb475d8f1a1b40ce09a37770f621af8977729cadf986c98c75f08a4fab4280538e09e7e51e87a8d62c03411bdb8d24",
                  message: "74ef623c83275ae99745bff7e6142afa",
                  mac: "471055f7a2d44758e7d7837db85c33626b8306760eb45e18d4ba8dfbcd0d4279fcf8b539ef7b165eeabf5457ee2c41e52d07e9121da02c988f08162f86bdf208"),
        MACVector(name: "Wycheproof HMAC-SM3 #2", algorithm: .hmacSm3, keyType: .hmacSm3,
                  key: "8159fd15133cd964c9a6964c94f0ea269a806fd9f43f0da58b6cd1b33d189b2a", message: "77",
                  mac: "51aaf64843b6d2fc7a244ab9cda9b7b57164ce6a865f9808c01931b46195411d"),
        MACVector(name: "Wycheproof HMAC-SM3 #17", algorithm: .hmacSm3, keyType: .hmacSm3,
                  key: "6fa353868c82e5deeedac7f09471a61bf749ab5498239e947e012eee3c82d7c4", message: "aeed3e4d4cb9bbb60d482e98c126c0f5",
                  mac: "d92d6e7f3f9d0158602c327f075e27226c8591f3a667d768a25e4a6dd491b754"),
        MACVector(name: "NIST HMAC-SHA3-224 keylen<blocklen", algorithm: .hmacSha3_224, keyType: .hmacSha3_224,
                  key: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b",
                  message: sample, mac: "332cfd59347fdb8e576e77260be4aba2d6dc53117b3bfb52c6d18c04"),
        MACVector(name: "NIST HMAC-SHA3-256 keylen<blocklen", algorithm: .hmacSha3_256, keyType: .hmacSha3_256,
                  key: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
                  message: sample, mac: "4fe8e202c4f058e8dddc23d8c34e467343e23555e24fc2f025d598f558f67205"),
        MACVector(name: "NIST HMAC-SHA3-384 keylen<blocklen", algorithm: .hmacSha3_384, keyType: .hmacSha3_384,
                  key: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f",
                  message: sample, mac: "d588a3c51f3f2d906e8298c1199aa8ff6296218127f6b38a90b6afe2c5617725bc99987f79b22a557b6520db710b7f42"),
        MACVector(name: "NIST HMAC-SHA3-512 keylen<blocklen", algorithm: .hmacSha3_512, keyType: .hmacSha3_512,
                  key: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f",
                  message: sample, mac: "4efd629d6c71bf86162658f29943b1c308ce27cdfa6db0d9c3ce81763f9cbce5f7ebe9868031db1a8f8eb7b6b95e5c5e3f657a8996c86a2f6527e307f0213196"),
    ]

    // NIST SP 800-38B / RFC 4493 (AES) and SP 800-38B's TDEA examples (3DES, three and two keys).
    public static let sp80038bMessage = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710"
    public static let cmac: [MACVector] = [
        MACVector(name: "SP 800-38B AES-128 empty", algorithm: .aesCmac, keyType: .aes, key: CipherVectors.aes128,
                  message: "", mac: "bb1d6929e95937287fa37d129b756746"),
        MACVector(name: "SP 800-38B AES-128 16 bytes", algorithm: .aesCmac, keyType: .aes, key: CipherVectors.aes128,
                  message: String(sp80038bMessage.prefix(32)), mac: "070a16b46b4d4144f79bdd9dd04a287c"),
        MACVector(name: "SP 800-38B AES-128 40 bytes", algorithm: .aesCmac, keyType: .aes, key: CipherVectors.aes128,
                  message: String(sp80038bMessage.prefix(80)), mac: "dfa66747de9ae63030ca32611497c827"),
        MACVector(name: "SP 800-38B AES-128 64 bytes", algorithm: .aesCmac, keyType: .aes, key: CipherVectors.aes128,
                  message: sp80038bMessage, mac: "51f0bebf7e3b9d92fc49741779363cfe"),
        MACVector(name: "SP 800-38B AES-192 40 bytes", algorithm: .aesCmac, keyType: .aes, key: CipherVectors.aes192,
                  message: String(sp80038bMessage.prefix(80)), mac: "8a1de5be2eb31aad089a82e6ee908b0e"),
        MACVector(name: "SP 800-38B AES-256 64 bytes", algorithm: .aesCmac, keyType: .aes, key: CipherVectors.aes256,
                  message: sp80038bMessage, mac: "e1992190549f6ed5696a2c056c315410"),
        MACVector(name: "SP 800-38B TDEA 3-key empty", algorithm: .des3Cmac, keyType: .des3, key: "8aa83bf8cbda10620bc1bf19fbb6cd58bc313d4a371ca8b5",
                  message: "", mac: "b7a688e122ffaf95"),
        MACVector(name: "SP 800-38B TDEA 3-key 32 bytes", algorithm: .des3Cmac, keyType: .des3, key: "8aa83bf8cbda10620bc1bf19fbb6cd58bc313d4a371ca8b5",
                  message: String(sp80038bMessage.prefix(64)), mac: "33e6b1092400eae5"),
        MACVector(name: "SP 800-38B TDEA 2-key 20 bytes", algorithm: .des3Cmac, keyType: .des3, key: "4cf15134a2850dd58a3d10ba80570d38",
                  message: String(sp80038bMessage.prefix(40)), mac: "62dd1b471902bd4e"),
    ]

    // CBC-MAC is the last block of a CBC encryption: SP 800-38A F.2.1, FIPS 81 and CAVP TDES
    // (NOPAD); Wycheproof's AES-CBC-PKCS5 ciphertexts (PKCS5).
    public static let cbcMAC: [MACVector] = [
        MACVector(name: "SP 800-38A F.2.1 as AES CBC-MAC", algorithm: .aesCbcMacNopad, keyType: .aes, key: CipherVectors.aes128,
                  iv: CipherVectors.cbcIV, message: CipherVectors.sp80038aPlain, mac: "3ff1caa1681fac09120eca307586e1a7"),
        MACVector(name: "FIPS 81 as DES CBC-MAC", algorithm: .desCbcMacNopad, keyType: .des, key: "0123456789abcdef", iv: "1234567890abcdef",
                  message: "4e6f77206973207468652074696d6520666f7220616c6c20", mac: "683788499a7c05f6"),
        MACVector(name: "CAVP TCBCMMT3 #2 as 3DES CBC-MAC", algorithm: .des3CbcMacNopad, keyType: .des3,
                  key: "1a5d4c0825072a15a8ad9dfdaeda8c048adffb85bc4fced0", iv: "7fcfa736f7548b6f",
                  message: "983c3edacd939406010e1bc6ff9e12320ac5008117fa8f84", mac: "ff9871584fe31cee"),
        MACVector(name: "CAVP TCBCMMT2 #2 as 2-key 3DES CBC-MAC", algorithm: .des3CbcMacNopad, keyType: .des3,
                  key: "e091790be55be0bc0780153861a84adc", iv: "fd7d430f86fbbffe",
                  message: "03c7fffd7f36499c703dedc9df4de4a92dd4382e576d6ae9", mac: "f312be60fb9f0035"),
        MACVector(name: "Wycheproof AES-CBC-PKCS5 #1 (empty)", algorithm: .aesCbcMacPkcs5, keyType: .aes, key: "e34f15c7bd819930fe9d66e0c166e61c",
                  iv: "da9520f7d3520277035173299388bee2", message: "", mac: "b10ab60153276941361000414aed0a9d"),
        MACVector(name: "Wycheproof AES-CBC-PKCS5 #2 (one block)", algorithm: .aesCbcMacPkcs5, keyType: .aes, key: "e09eaa5a3f5e56d279d5e7a03373f6ea",
                  iv: "c9ee3cd746bf208c65ca9e72a266d54f", message: "ef4eab37181f98423e53e947e7050fd0", mac: "bc226a0b1d42287b2a5b994a66eaf14a"),
        MACVector(name: "Wycheproof AES-CBC-PKCS5 #5 (one byte)", algorithm: .aesCbcMacPkcs5, keyType: .aes, key: "e1e726677f4893890f8c027f9d8ef80d",
                  iv: "155fd397579b0b5d991d42607f2cc9ad", message: "3f", mac: "599d77aca16910b42d8b4ac9560efe1b"),
        MACVector(name: "Wycheproof AES-CBC-PKCS5 #20 (17 bytes)", algorithm: .aesCbcMacPkcs5, keyType: .aes, key: "831e664c9e3f0c3094c0b27b9d908eb2",
                  iv: "54f2459e40e002763144f4752cde2fb5", message: "26603bb76dd0a0180791c4ed4d3b058807", mac: "bcd58c8d3785f01c7e3640b2a1dadcd9"),
    ]

    public static let all = hmac + cmac + cbcMAC

    /// Wycheproof "ModifiedTag" cases: the tag differs in one bit.
    public static let modified: [MACVector] = [
        MACVector(name: "Wycheproof HMAC-SHA384 #28", algorithm: .hmacSha384, keyType: .hmacSha384,
                  key: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f", message: "",
                  mac: "45be81c415d283ab7a62a45188e5dafbcb97da606bd5b16c92c1fc36f198c0b3a714921848d5e03df1c4849bb8310c66"),
        MACVector(name: "Wycheproof HMAC-SHA512 #28", algorithm: .hmacSha512, keyType: .hmacSha512,
                  key: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f",
                  message: "",
                  mac: "d39b9e3f87809686f34109fbc718d6abbb09c278cf05a206adf21463e1170362122e58272a31679720b254cbd63a7c6d696bf9283f9c6897e7d792483bb0388c"),
        MACVector(name: "Wycheproof HMAC-SM3 #28", algorithm: .hmacSm3, keyType: .hmacSm3,
                  key: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", message: "",
                  mac: "fca7c78d15984d8771f59f20a69d195c6e237070d37ec962e167326e517433db"),
    ]
}
