@testable import TEECrypto

/// Key agreement and KDF vectors used by DHTests and KDFTests.
enum KDFVectors {
    /// Botan's dh.vec as converted in cryptography_vectors DH/vec.txt, COUNT = 1: prime, base,
    /// our private value x (our public value g^x mod p computed once, in Python), the peer's
    /// public value y and the shared secret.
    static let botan = (p: """
            8732ec631f04f7ae57f66ad4a481ab4462ae26400348ac764d679311c41c5ef65bf618a6e0742a27d59a18868fc7a131
            dff158c83ada310efa493cb86cc2966b
            """,
        g: "02", x: """
            0aaa1d96792ce097cd533208550433ecdaecf557f1db669a5a0ade4284b5272c12d46fea0e9a549b28130cbbb76c36c9
            122bbd0aa3d3d1c055731da91f28a99e
            """,
        ourPublic: """
            3a5a327d75cccdfcb24d1b4052e92af637f536b1778d3a7882428eb2d6ceb84c13b82026c84c7a675a4fdb1ade510e95
            9ee3304032244f259c82ca04a6f8e10e
            """,
        peer: """
            675f1a653994e03b986ba4fa13a2b51c4493b310ebfa5ede77d493cd243fedcfffbe9731d3e50a4586eb405fbafe446e
            71eb7df638c1ed43ee3de69a7363bb61
            """,
        shared: """
            65f79bcc47862e02dde775b8fc7b1d0cba094b753e502d49a4468687681f178cee98016210e136e80255fc8fdecc4d38
            d91ebc82c94b17652bdc7569ac383f39
            """)

    /// RFC 5869 appendix A (cryptography_vectors KDF/rfc-5869-HKDF-*.txt).
    static let rfc5869: [(hash: GPAlgorithm, ikm: String, salt: String, info: String, okm: String)] = [
        (.sha256, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
         "000102030405060708090a0b0c",
         "f0f1f2f3f4f5f6f7f8f9",
         """
            3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865
            """),
        (.sha256, """
            000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f
            303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f
            """,
         """
            606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f
            909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeaf
            """,
         """
            b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf
            e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff
            """,
         """
            b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09
            da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87
            """),
        (.sha256, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
         "",
         "",
         """
            8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8
            """),
        (.sha1, "0b0b0b0b0b0b0b0b0b0b0b",
         "000102030405060708090a0b0c",
         "f0f1f2f3f4f5f6f7f8f9",
         """
            085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896
            """),
        (.sha1, """
            000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f
            303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f
            """,
         """
            606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f
            909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeaf
            """,
         """
            b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf
            e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff
            """,
         """
            0bd770a74d1160f7c9f12cd5912a06ebff6adcae899d92191fe4305673ba2ffe8fa3f1a4e5ad79f3f334b3b202b2173c
            486ea37ce3d397ed034c7f9dfeb15c5e927336d0441f4c4300e2cff0d0900b52d3b4
            """),
        (.sha1, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
         "",
         "",
         """
            0ac1af7002b3d761d1e55298da9d0506b9ae52057220a306e07b6b87e8df21d0ea00033de03984d34918
            """),
        (.sha1, "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c",
         "",
         "",
         """
            2c91117204d745f3500d636a62f64f0ab3bae548aa53d423b0d1f27ebba6f5e5673a081d70cce7acfc48
            """),
    ]

    /// RFC 6070 (cryptography_vectors KDF/rfc-6070-PBKDF2-SHA1.txt), without the 2^24-iteration case.
    static let rfc6070: [(password: String, salt: String, iterations: UInt32, key: String)] = [
        ("password", "salt", 1, "0c60c80f961f0e71f3a9b524af6012062fe037a6"),
        ("password", "salt", 2, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"),
        ("password", "salt", 4096, "4b007901b765489abead49d926f721d065a429c1"),
        ("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"),
        ("pass\0word", "sa\0lt", 4096, "56fa6aa75548099dcc37d7f03425e0c3"),
    ]
}
