@testable import TEECrypto

struct ECDSAVerifyVector {
    var message, qx, qy, r, s: String
    var valid: Bool
}

struct ECDHVector {
    var curve: GPCurve
    var d, x, y, peerX, peerY, z: String
}

/// Published ECDSA and ECDH vectors used by ECDSATests and ECDHTests (from cryptography_vectors
/// and C2SP/wycheproof; sources on each).
enum ECVectors {
    /// NIST CAVP FIPS 186-3 ECDSA SigVer.rsp [P-256,SHA-256]: P = valid, F = not.
    static let p256SHA256: [ECDSAVerifyVector] = [
        ECDSAVerifyVector(message: """
                e4796db5f785f207aa30d311693b3702821dff1168fd2e04c0836825aefd850d9aa60326d88cde1a23c7745351392ca2
                288d632c264f197d05cd424a30336c19fd09bb229654f0222fcb881a4b35c290a093ac159ce13409111ff0358411133c
                24f5b8e2090d6db6558afc36f06ca1f6ef779785adba68db27a409859fc4c4a0
                """,
            qx: "87f8f2b218f49845f6f10eec3877136269f5c1a54736dbdf69f89940cad41555", qy: "e15f369036f49842fac7a86c8a2b0557609776814448b8f5e84aa9f4395205e9",
            r: "d19ff48b324915576416097d2544f7cbdf8768b1454ad20e0baac50e211f23b0", s: "a3e81e59311cdfff2d4784949f7a2cb50ba6c3a91fa54710568e61aca3e847c6",
            valid: false),
        ECDSAVerifyVector(message: """
                069a6e6b93dfee6df6ef6997cd80dd2182c36653cef10c655d524585655462d683877f95ecc6d6c81623d8fac4e900ed
                0019964094e7de91f1481989ae1873004565789cbf5dc56c62aedc63f62f3b894c9c6f7788c8ecaadc9bd0e81ad91b2b
                3569ea12260e93924fdddd3972af5273198f5efda0746219475017557616170e
                """,
            qx: "5cf02a00d205bdfee2016f7421807fc38ae69e6b7ccd064ee689fc1a94a9f7d2", qy: "ec530ce3cc5c9d1af463f264d685afe2b4db4b5828d7e61b748930f3ce622a85",
            r: "dc23d130c6117fb5751201455e99f36f59aba1a6a21cf2d0e7481a97451d6693", s: "d6ce7708c18dbf35d4f8aa7240922dc6823f2e7058cbc1484fcad1599db5018c",
            valid: false),
        ECDSAVerifyVector(message: """
                df04a346cf4d0e331a6db78cca2d456d31b0a000aa51441defdb97bbeb20b94d8d746429a393ba88840d661615e07def
                615a342abedfa4ce912e562af714959896858af817317a840dcff85a057bb91a3c2bf90105500362754a6dd321cdd861
                28cfc5f04667b57aa78c112411e42da304f1012d48cd6a7052d7de44ebcc01de
                """,
            qx: "2ddfd145767883ffbb0ac003ab4a44346d08fa2570b3120dcce94562422244cb", qy: "5f70c7d11ac2b7a435ccfbbae02c3df1ea6b532cc0e9db74f93fffca7c6f9a64",
            r: "9913111cff6f20c5bf453a99cd2c2019a4e749a49724a08774d14e4c113edda8", s: "9467cd4cd21ecb56b0cab0a9a453b43386845459127a952421f5c6382866c5cc",
            valid: false),
        ECDSAVerifyVector(message: """
                e1130af6a38ccb412a9c8d13e15dbfc9e69a16385af3c3f1e5da954fd5e7c45fd75e2b8c36699228e92840c0562fbf37
                72f07e17f1add56588dd45f7450e1217ad239922dd9c32695dc71ff2424ca0dec1321aa47064a044b7fe3c2b97d03ce4
                70a592304c5ef21eed9f93da56bb232d1eeb0035f9bf0dfafdcc4606272b20a3
                """,
            qx: "e424dc61d4bb3cb7ef4344a7f8957a0c5134e16f7a67c074f82e6e12f49abf3c", qy: "970eed7aa2bc48651545949de1dddaf0127e5965ac85d1243d6f60e7dfaee927",
            r: "bf96b99aa49c705c910be33142017c642ff540c76349b9dab72f981fd9347f4f", s: "17c55095819089c2e03b9cd415abdf12444e323075d98f31920b9e0f57ec871c",
            valid: true),
        ECDSAVerifyVector(message: """
                73c5f6a67456ae48209b5f85d1e7de7758bf235300c6ae2bdceb1dcb27a7730fb68c950b7fcada0ecc4661d3578230f2
                25a875e69aaa17f1e71c6be5c831f22663bac63d0c7a9635edb0043ff8c6f26470f02a7bc56556f1437f06dfa27b487a
                6c4290d8bad38d4879b334e341ba092dde4e4ae694a9c09302e2dbf443581c08
                """,
            qx: "e0fc6a6f50e1c57475673ee54e3a57f9a49f3328e743bf52f335e3eeaa3d2864", qy: "7f59d689c91e463607d9194d99faf316e25432870816dde63f5d4b373f12f22a",
            r: "1d75830cd36f4c9aa181b2c4221e87f176b7f05b7c87824e82e396c88315c407", s: "cb2acb01dac96efc53a32d4a0d85d0c2e48955214783ecf50a4f0414a319c05a",
            valid: true),
        ECDSAVerifyVector(message: """
                666036d9b4a2426ed6585a4e0fd931a8761451d29ab04bd7dc6d0c5b9e38e6c2b263ff6cb837bd04399de3d757c6c700
                5f6d7a987063cf6d7e8cb38a4bf0d74a282572bd01d0f41e3fd066e3021575f0fa04f27b700d5b7ddddf50965993c3f9
                c7118ed78888da7cb221849b3260592b8e632d7c51e935a0ceae15207bedd548
                """,
            qx: "a849bef575cac3c6920fbce675c3b787136209f855de19ffe2e8d29b31a5ad86", qy: "bf5fe4f7858f9b805bd8dcc05ad5e7fb889de2f822f3d8b41694e6c55c16b471",
            r: "25acc3aa9d9e84c7abf08f73fa4195acc506491d6fc37cb9074528a7db87b9d6", s: "9b21d5b5259ed3f2ef07dfec6cc90d3a37855d1ce122a85ba6a333f307d31537",
            valid: false),
    ]

    /// NIST CAVP FIPS 186-3 ECDSA SigVer.rsp [P-384,SHA-256]: P = valid, F = not.
    static let p384SHA256: [ECDSAVerifyVector] = [
        ECDSAVerifyVector(message: """
                a444216c9072caf87fa57c1f04aff9cb83dc2ede9968bda41c9d918825e526c2397cb7d771a7e120582424bbea8ecd56
                a69bb468cd61437f5a65f04953f9d4018c599afd9edbd4d26e861f86829b9496f829f2b601df73e931fff96559e09141
                7c0d8b8c8129443f7efb985d286c7167b66d2b4d5903583a928db3ed6a883117
                """,
            qx: "97c3f446803a61a7014f61cb7f8b3f36486c7ea96d90ee1767f5c7e1d896dd5114255abb36c74be218c1f0a4e7ebba3d", qy: "553ed1fed72c62851e042f0171454f120029adba4ee26855ab881d9470355f1947aa1d2e806a7ff2583660fedbd037a0",
            r: "7b06d6c2b63f1cc3bfdaa897d07dc15a83bdf35d979f70c34578332b3f4920422bb24867c51bde10831324df424e04ec", s: "4bef715161f400dc98d4b63bd13ff4ad4a6c981ead44bfc662fe9bca4b56cd790698e4deddf9a4bd69327f26bfe801e6",
            valid: false),
        ECDSAVerifyVector(message: """
                43c5ffcdf6f9e21aba1b065596745e8738f7b39e1db486a6ae52218d66ce8125fdb155ee281e01b27fa20d0e37d6468a
                2daedc5fd30573e44b256c5af13df27dea56fd81aef689aad7c022cea77ac3c40a1d64b8c0cf7fb5a128d6a1799da7b8
                d95308613ceb2260e10b37530edd42925fa5abcdad5d0646ba5bc78c330346eb
                """,
            qx: "08bd5c6cdc1f8c611df96485090e20e9188df6abb766bff3c1ba341ed209ad5dfd78b628ec60998ddfdd0dd029352fbd", qy: "d9831d75dec760e9f405d1aa5e23aac506dc019fb64d44bd57f6c570d017e6609f8fdbb2dc7b28ca9e00e37cd32a3b73",
            r: "8b372c86ed1eec2163d6f7152e53696b4a10958948d863eb622873b471702ac5b2e75ff852149a499e61510905f98e4c", s: "b2ed728e8b30787a28f2a6d3740872e47348686c7cb426411379411310241d25f08a026b853789b1157f1fc1a7f6ff49",
            valid: false),
        ECDSAVerifyVector(message: """
                5edd325885296a829b50b16b17e3c4fc3491f1d53384103f1c09a21a169329e07b3758d55c52e9d578fb9e35e8754bfa
                b9fa5e319d0c7fdb45444eda6a2a0a9aaeaa9b7702cce742047146228f9f687e7684d9b4aaa3be03813c004f0418c1a2
                fe3aa8ddb3658137d7e954e3683a08e0eaad26c0cc3ae0031b191909a3ebade5
                """,
            qx: "10a784abb3c549444a62c28df1c926b8aabb20c8d9aa4b1f7ca830258857cbe9718dbc9845fa9cbb78587a373baee80d", qy: "a1ad0c10b5ab6780cad49c8cd3eebd27de8f1b382ddd7a604458cef8e76ca632a7e44e1c63141a742426cec598029e2e",
            r: "d9e52be2a3f7f566899cf6daaa38116d092473066f3a1bf91f3df44d81bca1deb438d9d25ce1632599c1d3576a30f128", s: "0cad30bce4b3d7f40b3eef762a21bb1a3bad77439838b13024b7b2c70316875a99e80723a74a9e7a404715ca06a5d673",
            valid: false),
        ECDSAVerifyVector(message: """
                4fb73e9e8cbc3e829f99472671ee8719f796dbed096b3cbdf1080ad7f5c410a4541e3526de816fe35ab9e664bb1c1d1e
                9add2522b9a91eb461b45ae4426e1dfbab7dad03a1392706b9314c03104ea7b40f3632577b0b7c991d2b924606387075
                72b3387add6ab0f05f6f553fa1fcc50fefe74783cd8b781a35de5ae0e7fc5a58
                """,
            qx: "8760182393132d69011edfa127e36f92eeac8272641c27f52f3337ef8af7451e6d14f4e4590c7eb9fafb76e8c92865cf", qy: "ebc2b123ed871ca570ead40ae8f6f32335393c569b21b38f626d09c064a3c8668e9fb10a4667e0f0c68bf25ca98fd6dc",
            r: "1db957e5c2d294035d7f476a0cbc28a4aac2614d8212de5017076cd836bf04ffe237dce8fec91f2fb5ef82449ff1c65d", s: "3e3b9058d0a9c5b417f9c6f86557b9d50e7a902694a7012a1be6bb70708497e4d39fc1f6d6bc60dfa52d23cab173385f",
            valid: false),
        ECDSAVerifyVector(message: """
                b66ca1d77adf6b2b20c6ef68e50d353a9f5cd0be422f5f6fff8f74506280a55d7923cf047dfdb9147b916f6df6cad8c5
                2257360f746b77edb9949ed4ae9a63d08a7da07c4cf32836574a34f316292b8cc5a6b057129a6baa1182be8a5be1c437
                39e7d9b0abe07801c2d4343a235037b9aaff14694c051fde4b545931ff9e9a3b
                """,
            qx: "2b1f98d2acdda8347b9a68c75174408eae7de3d6b9c08c26e73ce9ed2ac147b8d90cd82e30ab43909d63f6b457de2071", qy: "33f5e6f5f5793201991e014cce0045d04adc352298e32f45f4e374450111c8456b5c2efaec43d157949b5c191b2bc934",
            r: "23d046402cbce807d232bcf0dc96d53c72992e0ba1ffce0d79050c0f4c5ad9bfbbdc1c96c730d67ff3aa3edaa3845da9", s: "2cd46a4fe5d120b3af3a6d9ea63cc78f4079e8b5520a8fa96828334a4f182ff4d5e3d79470019e4eb8afc4f598b6becb",
            valid: false),
        ECDSAVerifyVector(message: """
                862cf14c65ff85f4fdd8a39302056355c89c6ea1789c056262b077dab33abbfda0070fce188c6330de84dfc512744e9f
                a0f7b03ce0c14858db1952750d7bbe6bd9c8726c0eae61e6cf2877c655b1f0e0ce825430a9796e7420e5c174eab7a504
                59e291510bc515141738900d390217c5a522e4bde547e57287d8139dc916504e
                """,
            qx: "86ac12dd0a7fe5b81fdae86b12435d316ef9392a3f50b307ab65d9c6079dd0d2d819dc09e22861459c2ed99fbab66fae", qy: "ac8444077aaed6d6ccacbe67a4caacee0b5a094a3575ca12ea4b4774c030fe1c870c9249023f5dc4d9ad6e333668cc38",
            r: "798065f1d1cbd3a1897794f4a025ed47565df773843f4fa74c85fe4d30e3a394783ec5723b530fc5f57906f946ce15e8", s: "b57166044c57c7d9582066805b5885abc06e0bfc02433850c2b74973205ca357a2da94a65172086f5a1580baa697400b",
            valid: true),
    ]

    /// NIST CAVP KASValidityTest_ECCStaticUnified_NOKC_ZZOnly_init.fax: our key pair (IUT),
    /// the peer's public point (CAVS) and the shared secret Z.
    static let kas: [ECDHVector] = [
        ECDHVector(curve: .nistP256, d: "8087ab163864bfa81001c72f736b6d94e7612559ac4c847d06ba2171840684d6",
            x: "e8b020e8c3cc25d3e5e83e76077f3d5ccdabd7ad76121b724a171414e73f793c",
            y: "98dfb6863fbdbc1d2083f6c41e502645ae9b7a0fdb38904f7483ef883bc2a57b",
            peerX: "5a3955c54a49645ed818f3774ea10971a1db88c370d8966c5a6e88234ed5d820",
            peerY: "03b13f0dad73f64532f42b8b2fa6d1450d9ab24896e95c24674298f2da07ccda",
            z: "0cb890a0dcc277c3dde0f91b4322a32e6365d7ec85316185d3286b4977849410"),
        ECDHVector(curve: .nistP521, d: """
                000001a23de55fb7ad153e7e65d21ad10c77fdf2072b2a5aa116aaf1bc31a345420c1fe8eaccbbcdeb07b73ba2fa706c
                7498e3a4828f348b00af9df1551780e709a7754c
                """,
            x: """
                000000ed7bc3a95ef74dc3a9893a5ec7c9fab723c16dc21b30341c374c25e1334dada7f92d62967f3bca4da70b0a77fa
                0732dac05a3d19cb04e50b3cd1894549ac1d3c6e
                """,
            y: """
                000001c30d23ea4c140aabfba3753ce40c788010342c15c51d2dd6e9b079194e593ba965ea419ef37746f954027fa1b8
                159ccd3b54aece67451c7e892d6f6e1fb44c548c
                """,
            peerX: """
                000001474af758238005238b2fa253c4f9c557de664d64c66d7d88f334555997591ccc242ff3c6d0e34d07fc835aaae0
                24c2bd21f2ba5c0b0a8ac3fdd90e1c479cb8e538
                """,
            peerY: """
                000000a721b04654204ca19064b37a4abf4247413a6d29e9211a0df9d50975c7d8d4654dc04a478455ea24993f0fef54
                60f189c4729c15fba385fd85ef42ae7610e39450
                """,
            z: """
                01e8ff7a8c57b017f8b8266adab65fe2c417173566087e15c5fc972071cc560ac93908a806468bc44b8312a8a4846488
                6ca0d767db938447387a348f3f56c6463796
                """),
    ]
    /// The same file: P-256 peers whose public point fails SP 800-56A partial validation
    /// (5.6.2.5; not on the curve). Deriving with them must fail.
    static let kasInvalidPeers: [ECDHVector] = [
        ECDHVector(curve: .nistP256, d: "72cc52808f294b64b6f7233c3d2f5d96cc1d29287320e39e1c151deef0bc14eb",
            x: "49a768c9a4ca56e374f685dd76a461b1016c59dcded2c8d8cbd9f23ca453831f",
            y: "b1e3bb9b5f12a3b5ae788535d4554bd8c46e0e6130075e4e437d3854cf8f1c34",
            peerX: "202cb5a224e6c2a84e624094486edf04116c8d68ec1f4a0e0ed9ee090e1a900b",
            peerY: "cacf3a5789bb33954be600425d62d9eae5371f90f88167258814213e4a4f4b1a",
            z: ""),
        ECDHVector(curve: .nistP256, d: "fecbeddcbb8c104ba194c31d539a94a193f9f9fad48bc618023a1f2bfee058ea",
            x: "e3d1cdf63a63c198c99c7a213cd0998f4ea04f93a69ab13df9f6d4421a94b885",
            y: "1a5024e3b38c86cd79d9e030c46b1e65f55f996850111d8da3d0647752ba9d9a",
            peerX: "2a76d1b52ecc5683fba272bdeff3895878f04c467be1e658be52d6e05bbacb0c",
            peerY: "03b382191e99deaf8c5d0087cc6238bf54dbf54fe9a9eb1102804e5b87e67186",
            z: ""),
    ]

    /// Wycheproof testvectors_v1/ecdsa_secp256r1_sha256_p1363_test.json: the first group's key,
    /// message "123400" and signatures (r || s): tcId 1 valid; the others with r or s out of
    /// range, zero, replaced by n, p or n - r, or of the wrong length.
    static let wycheproofKey = (x: "2927b10512bae3eddcfe467828128bad2903269919f7086069c8c4df6c732838",
        y: "00c7787964eaac00e5921fb1498a60f4606766b3d9685001558d1a974e7341513e")
    static let wycheproofMessage = "313233343030"
    static let wycheproofSignatures: [(tcId: Int, signature: String, valid: Bool)] = [
        (1, """
            2ba3a8be6b94d5ec80a6d9d1190a436effe50d85a1eee859b8cc6af9bd5c2e18
            4cd60b855d442f5b3c7b11eb6c4e0ae7525fe710fab9aa7c77a67f79e6fadd76
            """, true),
        (2, """
            012ba3a8bd6b94d5ed80a6d9d1190a436ebccc0833490686deac8635bcb9bf5369
            00b329f479a2bbd0a5c384ee1493b1f5186a87139cac5df4087c134b49156847db
            """, false),
        (4, """
            d45c5740946b2a147f59262ee6f5bc90bd01ed280528b62b3aed5fc93f06f739
            b329f479a2bbd0a5c384ee1493b1f5186a87139cac5df4087c134b49156847db
            """, false),
        (5, """
            012ba3a8be6b94d5ec80a6d9d1190a436effe50d85a1eee859b8cc6af9bd5c2e18
            00b329f479a2bbd0a5c384ee1493b1f5186a87139cac5df4087c134b49156847db
            """, false),
        (7, """
            01b329f478a2bbd0a6c384ee1493b1f518276e0e4a5375928d6fcd160c11cb6d2c
            00b329f479a2bbd0a5c384ee1493b1f5186a87139cac5df4087c134b49156847db
            """, false),
        (11, """
            0000000000000000000000000000000000000000000000000000000000000000
            0000000000000000000000000000000000000000000000000000000000000000
            """, false),
        (12, """
            0000000000000000000000000000000000000000000000000000000000000000
            0000000000000000000000000000000000000000000000000000000000000001
            """, false),
        (13, """
            0000000000000000000000000000000000000000000000000000000000000000
            ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
            """, false),
        (14, """
            0000000000000000000000000000000000000000000000000000000000000000
            ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550
            """, false),
        (16, """
            0000000000000000000000000000000000000000000000000000000000000000
            ffffffff00000001000000000000000000000000ffffffffffffffffffffffff
            """, false),
        (18, """
            0000000000000000000000000000000000000000000000000000000000000001
            0000000000000000000000000000000000000000000000000000000000000000
            """, false),
        (19, """
            0000000000000000000000000000000000000000000000000000000000000001
            0000000000000000000000000000000000000000000000000000000000000001
            """, false),
        (20, """
            0000000000000000000000000000000000000000000000000000000000000001
            ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
            """, false),
        (21, """
            0000000000000000000000000000000000000000000000000000000000000001
            ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550
            """, false),
        (22, """
            0000000000000000000000000000000000000000000000000000000000000001
            ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632552
            """, false),
        (25, """
            ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
            0000000000000000000000000000000000000000000000000000000000000000
            """, false),
    ]

    /// Wycheproof testvectors_v1/ecdh_secp256r1_ecpoint_test.json tcId 332-347 ("point is not on
    /// curve"): the private key they share (its public point computed once with pyca/cryptography)
    /// and the peers' points as (x, y).
    static let wycheproofECDHKey = (d: "7e4aa54f714bf01df85c50269bea3a86721f84afe74f7b41ea58abcf3474e88d",
        x: "47f67de35e5cb432b057e8a0d0ff622eb698b34bc9ffe52351193663cc6e7274",
        y: "140f815ef61ff6ed06df0a150366eabcfb18eda1cee3d4b30f2d15d4a4fae517")
    static let wycheproofOffCurve: [(x: String, y: String)] = [
        ("0000000000000000000000000000000000000000000000000000000000000000",
         "0000000000000000000000000000000000000000000000000000000000000000"),
        ("0000000000000000000000000000000000000000000000000000000000000000",
         "0000000000000000000000000000000000000000000000000000000000000001"),
        ("0000000000000000000000000000000000000000000000000000000000000000",
         "ffffffff00000001000000000000000000000000fffffffffffffffffffffffe"),
        ("0000000000000000000000000000000000000000000000000000000000000000",
         "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),
        ("0000000000000000000000000000000000000000000000000000000000000001",
         "0000000000000000000000000000000000000000000000000000000000000000"),
        ("0000000000000000000000000000000000000000000000000000000000000001",
         "0000000000000000000000000000000000000000000000000000000000000001"),
        ("0000000000000000000000000000000000000000000000000000000000000001",
         "ffffffff00000001000000000000000000000000fffffffffffffffffffffffe"),
        ("0000000000000000000000000000000000000000000000000000000000000001",
         "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),
        ("ffffffff00000001000000000000000000000000fffffffffffffffffffffffe",
         "0000000000000000000000000000000000000000000000000000000000000000"),
        ("ffffffff00000001000000000000000000000000fffffffffffffffffffffffe",
         "0000000000000000000000000000000000000000000000000000000000000001"),
        ("ffffffff00000001000000000000000000000000fffffffffffffffffffffffe",
         "ffffffff00000001000000000000000000000000fffffffffffffffffffffffe"),
        ("ffffffff00000001000000000000000000000000fffffffffffffffffffffffe",
         "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),
        ("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
         "0000000000000000000000000000000000000000000000000000000000000000"),
        ("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
         "0000000000000000000000000000000000000000000000000000000000000001"),
        ("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
         "ffffffff00000001000000000000000000000000fffffffffffffffffffffffe"),
        ("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
         "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),
    ]
}
