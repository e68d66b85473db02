import TEECrypto

/// A published cipher known answer: `key2` for AES-XTS's second key.
public struct CipherVector: Sendable, CustomStringConvertible {
    public var name: String
    public var algorithm: GPAlgorithm
    public var keyType: GPObjectType
    public var key: String
    public var key2: String? = nil
    public var iv: String = ""
    public var plaintext: String
    public var ciphertext: String

    public var description: String { name }
}

public enum CipherVectors {
    // NIST SP 800-38A, appendix F: the same four blocks under every mode and key size.
    public static let sp80038aPlain = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710"
    public static let aes128 = "2b7e151628aed2a6abf7158809cf4f3c"
    public static let aes192 = "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b"
    public static let aes256 = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"
    public static let cbcIV = "000102030405060708090a0b0c0d0e0f"
    public static let ctrIV = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"

    public static let sp80038a: [CipherVector] = [
        CipherVector(name: "SP 800-38A F.1.1 ECB-AES128", algorithm: .aesEcbNopad, keyType: .aes, key: aes128, plaintext: sp80038aPlain,
                     ciphertext: "3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf43b1cd7f598ece23881b00e3ed0306887b0c785e27e8ad3f8223207104725dd4"),
        CipherVector(name: "SP 800-38A F.1.3 ECB-AES192", algorithm: .aesEcbNopad, keyType: .aes, key: aes192, plaintext: sp80038aPlain,
                     ciphertext: "bd334f1d6e45f25ff712a214571fa5cc974104846d0ad3ad7734ecb3ecee4eefef7afd2270e2e60adce0ba2face6444e9a4b41ba738d6c72fb16691603c18e0e"),
        CipherVector(name: "SP 800-38A F.1.5 ECB-AES256", algorithm: .aesEcbNopad, keyType: .aes, key: aes256, plaintext: sp80038aPlain,
                     ciphertext: "f3eed1bdb5d2a03c064b5a7e3db181f8591ccb10d410ed26dc5ba74a31362870b6ed21b99ca6f4f9f153e7b1beafed1d23304b7a39f9f3ff067d8d8f9e24ecc7"),
        CipherVector(name: "SP 800-38A F.2.1 CBC-AES128", algorithm: .aesCbcNopad, keyType: .aes, key: aes128, iv: cbcIV, plaintext: sp80038aPlain,
                     ciphertext: "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b273bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7"),
        CipherVector(name: "SP 800-38A F.2.3 CBC-AES192", algorithm: .aesCbcNopad, keyType: .aes, key: aes192, iv: cbcIV, plaintext: sp80038aPlain,
                     ciphertext: "4f021db243bc633d7178183a9fa071e8b4d9ada9ad7dedf4e5e738763f69145a571b242012fb7ae07fa9baac3df102e008b0e27988598881d920a9e64f5615cd"),
        CipherVector(name: "SP 800-38A F.2.5 CBC-AES256", algorithm: .aesCbcNopad, keyType: .aes, key: aes256, iv: cbcIV, plaintext: sp80038aPlain,
                     ciphertext: "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b"),
        CipherVector(name: "SP 800-38A F.5.1 CTR-AES128", algorithm: .aesCtr, keyType: .aes, key: aes128, iv: ctrIV, plaintext: sp80038aPlain,
                     ciphertext: "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee"),
        CipherVector(name: "SP 800-38A F.5.3 CTR-AES192", algorithm: .aesCtr, keyType: .aes, key: aes192, iv: ctrIV, plaintext: sp80038aPlain,
                     ciphertext: "1abc932417521ca24f2b0459fe7e6e0b090339ec0aa6faefd5ccc2c6f4ce8e941e36b26bd1ebc670d1bd1d665620abf74f78a7f6d29809585a97daec58c6b050"),
        CipherVector(name: "SP 800-38A F.5.5 CTR-AES256", algorithm: .aesCtr, keyType: .aes, key: aes256, iv: ctrIV, plaintext: sp80038aPlain,
                     ciphertext: "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c52b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6"),
    ]

    // RFC 3686 section 6 (AES-CTR with a partial last block).
    public static let rfc3686: [CipherVector] = [
        CipherVector(name: "RFC 3686 test vector #3", algorithm: .aesCtr, keyType: .aes, key: "7691be035e5020a8ac6e618529f9a0dc",
                     iv: "00e0017b27777f3f4a1786f000000001",
                     plaintext: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223",
                     ciphertext: "c1cf48a89f2ffdd9cf4652e9efdb72d74540a42bde6d7836d59a5ceaaef3105325b2072f"),
    ]

    // RFC 3962 appendix B: AES-128 CBC-CS3, GP's CTS ("chicken teriyaki", zero IV).
    public static let ctsKey = "636869636b656e207465726979616b69"
    public static let ctsPlain = "4920776f756c64206c696b65207468652047656e6572616c20476175277320436869636b656e2c20706c656173652c20616e6420776f6e746f6e20736f75702e"
    public static let rfc3962: [CipherVector] = [
        (17, "c6353568f2bf8cb4d8a580362da7ff7f97"),
        (31, "fc00783e0efdb2c1d445d4c8eff7ed2297687268d6ecccc0c07b25e25ecfe5"),
        (32, "39312523a78662d5be7fcbcc98ebf5a897687268d6ecccc0c07b25e25ecfe584"),
        (47, "97687268d6ecccc0c07b25e25ecfe584b3fffd940c16a18c1b5549d2f838029e39312523a78662d5be7fcbcc98ebf5"),
        (48, "97687268d6ecccc0c07b25e25ecfe5849dad8bbb96c4cdc03bc103e1a194bbd839312523a78662d5be7fcbcc98ebf5a8"),
        (64, "97687268d6ecccc0c07b25e25ecfe58439312523a78662d5be7fcbcc98ebf5a84807efe836ee89a526730dbc2f7bc8409dad8bbb96c4cdc03bc103e1a194bbd8"),
    ].map { length, ciphertext in
        CipherVector(name: "RFC 3962 CTS \(length) bytes", algorithm: .aesCts, keyType: .aes, key: ctsKey,
                     iv: "00000000000000000000000000000000", plaintext: String(ctsPlain.prefix(length * 2)), ciphertext: ciphertext)
    }

    // IEEE 1619-2007 annex B (vectors 2, 3, 15–17; the IV is the data unit number,
    // little-endian) and NIST CAVP XTSGenAES (tweak given as a 128-bit value).
    public static let xts: [CipherVector] = [
        CipherVector(name: "IEEE 1619 vector 2", algorithm: .aesXts, keyType: .aes, key: "11111111111111111111111111111111",
                     key2: "22222222222222222222222222222222", iv: "33333333330000000000000000000000",
                     plaintext: "4444444444444444444444444444444444444444444444444444444444444444",
                     ciphertext: "c454185e6a16936e39334038acef838bfb186fff7480adc4289382ecd6d394f0"),
        CipherVector(name: "IEEE 1619 vector 3", algorithm: .aesXts, keyType: .aes, key: "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0",
                     key2: "22222222222222222222222222222222", iv: "33333333330000000000000000000000",
                     plaintext: "4444444444444444444444444444444444444444444444444444444444444444",
                     ciphertext: "af85336b597afc1a900b2eb21ec949d292df4c047e0b21532186a5971a227a89"),
        CipherVector(name: "IEEE 1619 vector 15 (stealing)", algorithm: .aesXts, keyType: .aes, key: "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0",
                     key2: "bfbebdbcbbbab9b8b7b6b5b4b3b2b1b0", iv: "9a785634120000000000000000000000",
                     plaintext: "000102030405060708090a0b0c0d0e0f10", ciphertext: "6c1625db4671522d3d7599601de7ca09ed"),
        CipherVector(name: "IEEE 1619 vector 16 (stealing)", algorithm: .aesXts, keyType: .aes, key: "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0",
                     key2: "bfbebdbcbbbab9b8b7b6b5b4b3b2b1b0", iv: "9a785634120000000000000000000000",
                     plaintext: "000102030405060708090a0b0c0d0e0f1011", ciphertext: "d069444b7a7e0cab09e24447d24deb1fedbf"),
        CipherVector(name: "IEEE 1619 vector 17 (stealing)", algorithm: .aesXts, keyType: .aes, key: "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0",
                     key2: "bfbebdbcbbbab9b8b7b6b5b4b3b2b1b0", iv: "9a785634120000000000000000000000",
                     plaintext: "000102030405060708090a0b0c0d0e0f101112", ciphertext: "e5df1351c0544ba1350b3363cd8ef4beedbf9d"),
        CipherVector(name: "CAVP XTSGenAES128 #301 (200 bits)", algorithm: .aesXts, keyType: .aes, key: "394c97881abd989d29c703e48a72b397",
                     key2: "a7acf51b59649eeea9b33274d8541df4", iv: "4b15c684a152d485fe9937d39b168c29",
                     plaintext: "2f3b9dcfbae729583b1d1ffdd16bb6fe2757329435662a78f0", ciphertext: "f3473802e38a3ffef4d4fb8e6aa266ebde553a64528a06463e"),
        CipherVector(name: "CAVP XTSGenAES256 #101 (384 bits)", algorithm: .aesXts, keyType: .aes,
                     key: "266c336b3b01489f3267f52835fd92f674374b88b4e1ebd2d36a5f457581d9d0",
                     key2: "42c3eef7b0b7e5137b086496b4d9e6ac658d7196a23f23f036172fdb8faee527", iv: "06b209a7a22f486ecbfadb0f3137ba42",
                     plaintext: "ca7d65ef8d3dfad345b61ccddca1ad81de830b9e86c7b426d76cb7db766852d981c6b21409399d78f42cc0b33a7bbb06",
                     ciphertext: "c73256870cc2f4dd57acc74b5456dbd776912a128bc1f77d72cdebbf270044b7a43ceed29025e1e8be211fa3c3ed002d"),
    ]

    // FIPS 81 appendix B (DES, "Now is the time for all "); NIST CAVP TDES MMT (keying
    // option 1 with three equal keys is single DES; option 2 is a two-key 3DES key).
    public static let des: [CipherVector] = [
        CipherVector(name: "FIPS 81 DES-ECB", algorithm: .desEcbNopad, keyType: .des, key: "0123456789abcdef",
                     plaintext: "4e6f77206973207468652074696d6520666f7220616c6c20", ciphertext: "3fa40e8a984d48156a271787ab8883f9893d51ec4b563b53"),
        CipherVector(name: "FIPS 81 DES-CBC", algorithm: .desCbcNopad, keyType: .des, key: "0123456789abcdef", iv: "1234567890abcdef",
                     plaintext: "4e6f77206973207468652074696d6520666f7220616c6c20", ciphertext: "e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6"),
        CipherVector(name: "CAVP TECBMMT1 #2 (DES)", algorithm: .desEcbNopad, keyType: .des, key: "f175d52a388ff4ba",
                     plaintext: "ff2dd14dcedeaa43b12a26ee8f2d82eaa8fa158426df831c", ciphertext: "56535e4661ff6bf892ad5f3593179a0fc7dd647567930dbc"),
        CipherVector(name: "CAVP TCBCMMT1 #2 (DES)", algorithm: .desCbcNopad, keyType: .des, key: "989dd9341aec9efd", iv: "1dad342c0fb3c9b1",
                     plaintext: "aafe7854d34e6730899599c879dcc28ea0397361b2a19d01", ciphertext: "69ceb8567acbac1b47d91802a235c4e9e4d0af894c533759"),
        CipherVector(name: "CAVP TECBMMT2 #2 (2-key 3DES)", algorithm: .des3EcbNopad, keyType: .des3, key: "326b494cd33ee65737ae5ebf46dff2dc",
                     plaintext: "0654b84f30cbb2846bccd9d56463d6db9e12f3465b2322ce", ciphertext: "dec0c5935e5430f98ad636fa3d7caff1946766bdc201edd9"),
        CipherVector(name: "CAVP TCBCMMT2 #2 (2-key 3DES)", algorithm: .des3CbcNopad, keyType: .des3, key: "e091790be55be0bc0780153861a84adc",
                     iv: "fd7d430f86fbbffe", plaintext: "03c7fffd7f36499c703dedc9df4de4a92dd4382e576d6ae9",
                     ciphertext: "053aeba85dd3a23bfbe8440a432f9578f312be60fb9f0035"),
        CipherVector(name: "CAVP TECBMMT3 #2 (3-key 3DES)", algorithm: .des3EcbNopad, keyType: .des3,
                     key: "c16189f43451196bfb4c438580c20408571f0d5e4a586491",
                     plaintext: "dd9a97741093334bd0c9761105cfb79cc3bac34a7c85bd8a", ciphertext: "d2f3f1d32a9ea09b5acb589c41a07320fb8d33a2fc2b0ed2"),
        CipherVector(name: "CAVP TCBCMMT3 #2 (3-key 3DES)", algorithm: .des3CbcNopad, keyType: .des3,
                     key: "1a5d4c0825072a15a8ad9dfdaeda8c048adffb85bc4fced0", iv: "7fcfa736f7548b6f",
                     plaintext: "983c3edacd939406010e1bc6ff9e12320ac5008117fa8f84", ciphertext: "d84fa24f38cf451ca2c9adc960120bd8ff9871584fe31cee"),
    ]

    // draft-ribose-cfrg-sm4-10 (the RFC 8998 family's SM4 examples).
    public static let sm4: [CipherVector] = [
        CipherVector(name: "SM4-ECB A.2.1.1", algorithm: .sm4EcbNopad, keyType: .sm4, key: "0123456789abcdeffedcba9876543210",
                     plaintext: "aaaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffaaaaaaaabbbbbbbb",
                     ciphertext: "5ec8143de509cff7b5179f8f474b86192f1d305a7fb17df985f81c8482192304"),
        CipherVector(name: "SM4-CBC A.2.2.1", algorithm: .sm4CbcNopad, keyType: .sm4, key: "0123456789abcdeffedcba9876543210",
                     iv: "000102030405060708090a0b0c0d0e0f", plaintext: "aaaaaaaabbbbbbbbccccccccddddddddeeeeeeeeffffffffaaaaaaaabbbbbbbb",
                     ciphertext: "78ebb11cc40b0a48312aaeb2040244cb4cb7016951909226979b0d15dc6a8f6d"),
        CipherVector(name: "SM4-CTR A.2.5.1", algorithm: .sm4Ctr, keyType: .sm4, key: "0123456789abcdeffedcba9876543210",
                     iv: "000102030405060708090a0b0c0d0e0f",
                     plaintext: "aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccddddddddddddddddeeeeeeeeeeeeeeeeffffffffffffffffaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbb",
                     ciphertext: "ac3236cb970cc20791364c395a1342d1a3cbc1878c6f30cd074cce385cdd70c7f234bc0e24c11980fd1286310ce37b926e02fcd0faa0baf38b2933851d824514"),
    ]

    public static let all = sp80038a + rfc3686 + rfc3962 + xts + des + sm4
}
