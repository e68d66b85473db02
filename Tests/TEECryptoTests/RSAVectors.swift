@testable import TEECrypto

/// Published RSA vectors used by RSATests (copied from cryptography_vectors 46+ and
/// C2SP/wycheproof; sources on each).
enum RSAVectors {
    /// pkcs1v15sign-vectors.txt (RSA Laboratories), example 1: a 1024-bit key with CRT parts;
    /// RSASSA-PKCS1-v1_5 with SHA-1 over each message.
    static let pkcs1SignKey = RSAKeyVector(n: """
            a56e4a0e701017589a5187dc7ea841d156f2ec0e36ad52a44dfeb1e61f7ad991d8c51056ffedb162b4c0f283a12a88a3
            94dff526ab7291cbb307ceabfce0b1dfd5cd9508096d5b2b8b6df5d671ef6377c0921cb23c270a70e2598e6ff89d19f1
            05acc2d3f0cb35f29280e1386b6f64c4ef22e1e1f20d0ce8cffb2249bd9a2137
            """,
        e: "010001", d: """
            33a5042a90b27d4f5451ca9bbbd0b44771a101af884340aef9885f2a4bbe92e894a724ac3c568c8f97853ad07c0266c8
            c6a3ca0929f1e8f11231884429fc4d9ae55fee896a10ce707c3ed7e734e44727a39574501a532683109c2abacaba283c
            31b4bd2f53c3ee37e352cee34f9e503bd80c0622ad79c6dcee883547c6a3b325
            """,
        p: """
            e7e8942720a877517273a356053ea2a1bc0c94aa72d55c6e86296b2dfc967948c0a72cbccca7eacb35706e09a1df55a1
            535bd9b3cc34160b3b6dcd3eda8e6443
            """,
        q: """
            b69dca1cf7d4d7ec81e75b90fcca874abcde123fd2700180aa90479b6e48de8d67ed24f9f19d85ba275874f542cd20dc
            723e6963364a1f9425452b269a6799fd
            """,
        dp: """
            28fa13938655be1f8a159cbaca5a72ea190c30089e19cd274a556f36c4f6e19f554b34c077790427bbdd8dd3ede24483
            28f385d81b30e8e43b2fffa027861979
            """,
        dq: """
            1a8b38f398fa712049898d7fb79ee0a77668791299cdfa09efc0e507acb21ed74301ef5bfd48be455eaeb6e167825582
            7580a8e4e8e14151d1510a82a3f2e729
            """,
        qinv: """
            27156aba4126d24a81f3a528cbfb27f56886f840a9f6e86e17a44b94fe9319584b8e22fdde1e5a2e3bd8aa5ba8d85841
            94eb2190acf832b847f13a3d24a79f4d
            """)
    static let pkcs1Sign: [(message: String, signature: String)] = [
        ("""
            cdc87da223d786df3b45e0bbbc721326d1ee2af806cc315475cc6f0d9c66e1b62371d45ce2392e1ac92844c310102f15
            6a0d8d52c1f4c40ba3aa65095786cb769757a6563ba958fed0bcc984e8b517a3d5f515b23b8a41e74aa867693f90dfb0
            61a6e86dfaaee64472c00e5f20945729cbebe77f06ce78e08f4098fba41f9d6193c0317e8b60d4b6084acb42d29e3808
            a3bc372d85e331170fcbf7cc72d0b71c296648b3a4d10f416295d0807aa625cab2744fd9ea8fd223c42537029828bd16
            be02546f130fd2e33b936d2676e08aed1b73318b750a0167d0
            """,
         """
            6bc3a06656842930a247e30d5864b4d819236ba7c68965862ad7dbc4e24af28e86bb531f03358be5fb74777c6086f850
            caef893f0d6fcc2d0c91ec013693b4ea00b80cd49aac4ecb5f8911afe539ada4a8f3823d1d13e472d1490547c659c761
            7f3d24087ddb6f2b72096167fc097cab18e9a458fcb634cdce8ee35894c484d7
            """),
        ("""
            851384cdfe819c22ed6c4ccb30daeb5cf059bc8e1166b7e3530c4c233e2b5f8f71a1cca582d43ecc72b1bca16dfc7013
            226b9e
            """,
         """
            84fd2ce734ec1da828d0f15bf49a8707c15d05948136de537a3db421384167c86fae022587ee9e137daee75473826293
            2d271c744c6d3a189ad4311bdb020492e322fbddc40406ea860d4e8ea2a4084aa98b9622a446756fdb740ddb3d91db76
            70e211661bbf8709b11c08a70771422d1a12def29f0688a192aebd89e0f896f8
            """),
    ]

    /// pss-vect.txt (RSA Laboratories), example 1: RSASSA-PSS, SHA-1, MGF1-SHA-1, 20-byte salt.
    static let pssKey = RSAKeyVector(n: """
            a56e4a0e701017589a5187dc7ea841d156f2ec0e36ad52a44dfeb1e61f7ad991d8c51056ffedb162b4c0f283a12a88a3
            94dff526ab7291cbb307ceabfce0b1dfd5cd9508096d5b2b8b6df5d671ef6377c0921cb23c270a70e2598e6ff89d19f1
            05acc2d3f0cb35f29280e1386b6f64c4ef22e1e1f20d0ce8cffb2249bd9a2137
            """,
        e: "010001", d: """
            33a5042a90b27d4f5451ca9bbbd0b44771a101af884340aef9885f2a4bbe92e894a724ac3c568c8f97853ad07c0266c8
            c6a3ca0929f1e8f11231884429fc4d9ae55fee896a10ce707c3ed7e734e44727a39574501a532683109c2abacaba283c
            31b4bd2f53c3ee37e352cee34f9e503bd80c0622ad79c6dcee883547c6a3b325
            """,
        p: """
            e7e8942720a877517273a356053ea2a1bc0c94aa72d55c6e86296b2dfc967948c0a72cbccca7eacb35706e09a1df55a1
            535bd9b3cc34160b3b6dcd3eda8e6443
            """,
        q: """
            b69dca1cf7d4d7ec81e75b90fcca874abcde123fd2700180aa90479b6e48de8d67ed24f9f19d85ba275874f542cd20dc
            723e6963364a1f9425452b269a6799fd
            """,
        dp: """
            28fa13938655be1f8a159cbaca5a72ea190c30089e19cd274a556f36c4f6e19f554b34c077790427bbdd8dd3ede24483
            28f385d81b30e8e43b2fffa027861979
            """,
        dq: """
            1a8b38f398fa712049898d7fb79ee0a77668791299cdfa09efc0e507acb21ed74301ef5bfd48be455eaeb6e167825582
            7580a8e4e8e14151d1510a82a3f2e729
            """,
        qinv: """
            27156aba4126d24a81f3a528cbfb27f56886f840a9f6e86e17a44b94fe9319584b8e22fdde1e5a2e3bd8aa5ba8d85841
            94eb2190acf832b847f13a3d24a79f4d
            """)
    static let pss: [(message: String, signature: String)] = [
        ("""
            cdc87da223d786df3b45e0bbbc721326d1ee2af806cc315475cc6f0d9c66e1b62371d45ce2392e1ac92844c310102f15
            6a0d8d52c1f4c40ba3aa65095786cb769757a6563ba958fed0bcc984e8b517a3d5f515b23b8a41e74aa867693f90dfb0
            61a6e86dfaaee64472c00e5f20945729cbebe77f06ce78e08f4098fba41f9d6193c0317e8b60d4b6084acb42d29e3808
            a3bc372d85e331170fcbf7cc72d0b71c296648b3a4d10f416295d0807aa625cab2744fd9ea8fd223c42537029828bd16
            be02546f130fd2e33b936d2676e08aed1b73318b750a0167d0
            """,
         """
            9074308fb598e9701b2294388e52f971faac2b60a5145af185df5287b5ed2887e57ce7fd44dc8634e407c8e0e4360bc2
            26f3ec227f9d9e54638e8d31f5051215df6ebb9c2f9579aa77598a38f914b5b9c1bd83c4e2f9f382a0d0aa3542ffee65
            984a601bc69eb28deb27dca12c82c2d4c3f66cd500f1ff2b994d8a4e30cbb33c
            """),
        ("""
            851384cdfe819c22ed6c4ccb30daeb5cf059bc8e1166b7e3530c4c233e2b5f8f71a1cca582d43ecc72b1bca16dfc7013
            226b9e
            """,
         """
            3ef7f46e831bf92b32274142a585ffcefbdca7b32ae90d10fb0f0c729984f04ef29a9df0780775ce43739b97838390db
            0a5505e63de927028d9d29b219ca2c4517832558a55d694a6d25b9dab66003c4cccd907802193be5170d26147d37b935
            90241be51c25055f47ef62752cfbe21418fafe98c22c4d4d47724fdb5669e843
            """),
    ]

    /// oaep-vect.txt (RSA Laboratories), example 1: RSAES-OAEP, SHA-1, empty label.
    static let oaepKey = RSAKeyVector(n: """
            a8b3b284af8eb50b387034a860f146c4919f318763cd6c5598c8ae4811a1e0abc4c7e0b082d693a5e7fced675cf46685
            12772c0cbc64a742c6c630f533c8cc72f62ae833c40bf25842e984bb78bdbf97c0107d55bdb662f5c4e0fab9845cb514
            8ef7392dd3aaff93ae1e6b667bb3d4247616d4f5ba10d4cfd226de88d39f16fb
            """,
        e: "010001", d: """
            53339cfdb79fc8466a655c7316aca85c55fd8f6dd898fdaf119517ef4f52e8fd8e258df93fee180fa0e4ab29693cd83b
            152a553d4ac4d1812b8b9fa5af0e7f55fe7304df41570926f3311f15c4d65a732c483116ee3d3d2d0af3549ad9bf7cbf
            b78ad884f84d5beb04724dc7369b31def37d0cf539e9cfcdd3de653729ead5d1
            """,
        p: """
            d32737e7267ffe1341b2d5c0d150a81b586fb3132bed2f8d5262864a9cb9f30af38be448598d413a172efb802c21acf1
            c11c520c2f26a471dcad212eac7ca39d
            """,
        q: """
            cc8853d1d54da630fac004f471f281c7b8982d8224a490edbeb33d3e3d5cc93c4765703d1dd791642f1f116a0dd852be
            2419b2af72bfe9a030e860b0288b5d77
            """,
        dp: """
            0e12bf1718e9cef5599ba1c3882fe8046a90874eefce8f2ccc20e4f2741fb0a33a3848aec9c9305fbecbd2d76819967d
            4671acc6431e4037968db37878e695c1
            """,
        dq: """
            95297b0f95a2fa67d00707d609dfd4fc05c89dafc2ef6d6ea55bec771ea333734d9251e79082ecda866efef13c459e1a
            631386b7e354c899f5f112ca85d71583
            """,
        qinv: """
            4f456c502493bdc0ed2ab756a3a6ed4d67352a697d4216e93212b127a63d5411ce6fa98d5dbefd73263e372814274381
            8166ed7dd63687dd2a8ca1d2f4fbd8e1
            """)
    static let oaep: [(message: String, ciphertext: String)] = [
        ("6628194e12073db03ba94cda9ef9532397d50dba79b987004afefe34",
         """
            354fe67b4a126d5d35fe36c777791a3f7ba13def484e2d3908aff722fad468fb21696de95d0be911c2d3174f8afcc201
            035f7b6d8e69402de5451618c21a535fa9d7bfc5b8dd9fc243f8cf927db31322d6e881eaa91a996170e657a05a266426
            d98c88003f8477c1227094a0d9fa1e8c4024309ce1ecccb5210035d47ac72e8a
            """),
        ("750c4047f547e8e41411856523298ac9bae245efaf1397fbe56f9dd5",
         """
            640db1acc58e0568fe5407e5f9b701dff8c3c91e716c536fc7fcec6cb5b71c1165988d4a279e1577d730fc7a29932e3f
            00c81515236d8d8e31017a7a09df4352d904cdeb79aa583adcc31ea698a4c05283daba9089be5491f67c1a4ee48dc74b
            bbe6643aef846679b4cb395a352d5ed115912df696ffe0702932946d71492b44
            """),
    ]

    /// pkcs1v15crypt-vectors.txt (RSA Laboratories), example 1: RSAES-PKCS1-v1_5.
    static let pkcs1CryptKey = RSAKeyVector(n: """
            a8b3b284af8eb50b387034a860f146c4919f318763cd6c5598c8ae4811a1e0abc4c7e0b082d693a5e7fced675cf46685
            12772c0cbc64a742c6c630f533c8cc72f62ae833c40bf25842e984bb78bdbf97c0107d55bdb662f5c4e0fab9845cb514
            8ef7392dd3aaff93ae1e6b667bb3d4247616d4f5ba10d4cfd226de88d39f16fb
            """,
        e: "010001", d: """
            53339cfdb79fc8466a655c7316aca85c55fd8f6dd898fdaf119517ef4f52e8fd8e258df93fee180fa0e4ab29693cd83b
            152a553d4ac4d1812b8b9fa5af0e7f55fe7304df41570926f3311f15c4d65a732c483116ee3d3d2d0af3549ad9bf7cbf
            b78ad884f84d5beb04724dc7369b31def37d0cf539e9cfcdd3de653729ead5d1
            """,
        p: """
            d32737e7267ffe1341b2d5c0d150a81b586fb3132bed2f8d5262864a9cb9f30af38be448598d413a172efb802c21acf1
            c11c520c2f26a471dcad212eac7ca39d
            """,
        q: """
            cc8853d1d54da630fac004f471f281c7b8982d8224a490edbeb33d3e3d5cc93c4765703d1dd791642f1f116a0dd852be
            2419b2af72bfe9a030e860b0288b5d77
            """,
        dp: """
            0e12bf1718e9cef5599ba1c3882fe8046a90874eefce8f2ccc20e4f2741fb0a33a3848aec9c9305fbecbd2d76819967d
            4671acc6431e4037968db37878e695c1
            """,
        dq: """
            95297b0f95a2fa67d00707d609dfd4fc05c89dafc2ef6d6ea55bec771ea333734d9251e79082ecda866efef13c459e1a
            631386b7e354c899f5f112ca85d71583
            """,
        qinv: """
            4f456c502493bdc0ed2ab756a3a6ed4d67352a697d4216e93212b127a63d5411ce6fa98d5dbefd73263e372814274381
            8166ed7dd63687dd2a8ca1d2f4fbd8e1
            """)
    static let pkcs1Crypt: [(message: String, ciphertext: String)] = [
        ("6628194e12073db03ba94cda9ef9532397d50dba79b987004afefe34",
         """
            50b4c14136bd198c2f3c3ed243fce036e168d56517984a263cd66492b80804f169d210f2b9bdfb48b12f9ea05009c77d
            a257cc600ccefe3a6283789d8ea0e607ac58e2690ec4ebc10146e8cbaa5ed4d5cce6fe7b0ff9efc1eabb564dbf498285
            f449ee61dd7b42ee5b5892cb90601f30cda07bf26489310bcd23b528ceab3c31
            """),
        ("750c4047f547e8e41411856523298ac9bae245efaf1397fbe56f9dd5",
         """
            6842e5e2cc0041d6b0c81a562c39a617379a515cab74abcb2619c7740a541d9555dd9165975bf8a3ebd0d0456661dfb1
            a6861ba2332269930e0db514fca0733eeb9c405713eb1f9d768033ed293e1e081a125f32ddb9ea52edbe275c4af60f8a
            7bf832bd227561c208dc0031a84b5012c9dd9f74459dcb070bdbe13cfa8c2d50
            """),
    ]

    /// NIST CAVP SigGen15_186-3.rsp, [mod = 2048], SHA-256: RSASSA-PKCS1-v1_5 signature.
    static let cavpSHA256 = (n: """
            a564d3d06be468a46958d56bb4884e2c4c28f538b7e15df35330505177789d3e1d792ad7aec7fc80a8cccf7ed4030471
            100401724bd4636a8a8244180cc655e256c00e778efe8bea55ab52d3a557075e35039d687cc0755b939a44a73033a0a6
            f09d2d6ae7e6593380718be00814d20567b1d7d48b633735e423017ff0a7b406d822f45fbb4d234028ca78abb702b18f
            cce13d2f69148ef584e9aaf283caab38f6946d342d600c6e77b7370a05ff302e5483b0faad3103d0b3e8c9c8e9eca1d4
            a871bdbd09585eb00dc3a488271cf6a3b767e68ea9bd2c83e8c89fd047f17915cf6a4c05bb9222b7e4470df5f3f1a283
            24c1aafcbb2236d2293041d128b0e15f
            """,
        e: "1001", message: """
            8f51ec6359d7efe1898274fa89ea4a91b8bbf95e05fef84bbc9a201e9f1a615939b0b45e6f7a50d7580521554f107637
            4692face5dfee5bfb3c573a87b1c96065301e756d278e37a601b545f4bd10ddd17dedade151cb7c33787400322ff6915
            854a6f91a9590f924accf55ea6b87749d3a783d655e0d620f0e96f78bb4b4450
            """,
        signature: """
            795b0d51721469dcdf14df08eacaa83af79c2734226b3c8e048cbc4bd44ed7dc6c1efaefe1c71f017a87641827a0d3af
            287e8c27efa7cebfc9435efc7f6eab1e373551887217d08313e8ae5ef0b0efcb87c49c1f2898fcc117ac7db229d34bd4
            ac39a4f91377f4b5a038338e7d4cf530e4e00ff67bf257e27e55fa6d2c0eb21ad0bcfd65f9ea760a440cab4f904d4b81
            7604289bc8ff96fb07c0a23b5d31abffa706241d47fb42ef09b7bec820e6076ebe7e1e0f4eefe755bab2cbcae557aab8
            208bb681d5381c1d09b4ccf1100f33cad1990efb507062ea51de3dfae0821f106b4b052244c379d0d32de7a56ee17a7d
            9a5dca2b472f0d3eefa05f4e02fc0295
            """)

    /// oaep-custom/oaep-sha256-sha1.txt (pyca/cryptography, checked against Bouncy Castle):
    /// RSAES-OAEP with SHA-1 and MGF1-SHA-256 (the file names the MGF1 hash first).
    static let oaepSplitKey = RSAKeyVector(n: """
            e3ba2f99ba2300056a82d206ef16d73fcc32eec66dc6f3f807c12c4069fb7c3141cba04f58c11b9edf11256a8a4abf9a
            4a94501e3e34ad2b816bb10b885b4addb07a000b17bf1109b193b12b7ee5e4fa39e32f1822f1d6d5db0eb737b9666802
            fc02d1b81bee647810eea5f08aa5267938e3060f1ad8154eaa38f9ef3e9cda02a8fd7024ff42e7bb9855f46cbe0d33f0
            f50d26eba847b3a201ca0913d89f089c2d0017a13dbd4c827194156103501596057c3beaf96a11787de07081905247fd
            782785d0aa68094fd1a4942b6c6cc5b9949097ed0ecf4c092870e0f4f65a02d9477b1445c7d8a2faa2b4be3d9532e8ae
            ed673004c02542c56cf307b73239b509
            """,
        e: "010001", d: """
            a8dd4630d322e300212412c3cb84ff6632704e38dbec5cbabe5d53080ccecc1fe66f2d57c933a0dca5029ce12cdd12c9
            41a64ae6b22ff37d4041f00de235f804fdb8e9d14ff1819bd38ef6208fbfbf94815a62709e710062a2467e3c1701c5fc
            f88ccaa0a02d9d589f0da804ff7a49563885b7d7798b63f96a2647c74d8197f25c55a0817065793d6d6ec844c17f7bdf
            6bce964f1d8ae5289cebfe3f2e90b4643a7a6fbc93d5f66ec8e064811d153420450b043de6d2a2844704c32b746bb52a
            0dbad86aaff39525760f194ea3dfbad43c07094c6eaa7475e54e521e229ce192c77454b70fa47c3dfe5ab85ca1a02b7f
            c897c37a9d341ba88614c6f3dd518595
            """,
        p: """
            fff1392933674d412231a596f02835e71bc814127b4ca3b87313c246341d18484cd9bec79bc87a5fa30192e8699d4a91
            241447c10a4d974407c36c96ac7262d18a10eeef188209ec186069da2b86d47a233ff60e04622b3e5ab9b8d72bb29ce2
            01798774f8167fd1b5142db9c0cfff9f48c2bfba43cece83d68b9f0f2f433e8b
            """,
        q: """
            e3c7556bb0c412f2d3d838a0e5443b83addcec4ccf6f4f00952972280f7491bd3624b3cf35bb43668ca508d859b15a94
            90846b66b6b7699c9d21c004ffe4ab86f40281f86a1bf4905f639e1439944af57a5e715b839ceac37e3a6f0626ad61ae
            00d6cd048a242c07422bfff2ce87943923215690f4760e7526777047dcab413b
            """,
        dp: """
            1e59211904925c33bbf53d184fb3c4e8797fd8f9740b5b6274aac41f84f06a3fb075254d0fe8ceb1e6673a5f3a9ebf07
            c4ca6ed3b2000f4eaec8fa68475c6ce141c8ce3c25a0cdc2640592a79effa6d430b7d5da45a4ca51e37a2033cb67ab78
            950a2f08ac9e265bdc67df20267fc364c4c0eaf11037467f95820ac3472c670f
            """,
        dq: """
            ce7a1364db87e1e55d43d3918642a3f069daaa19b6b01fdd57598ab1e5d0b58bdf58c5e63fbed10a54d40580994dbbde
            9062793952c8506437cc305457e2e1da23b76239dd7619ec058c37effd81ffb1268c1615eee87fa756f5814f0220893b
            426774d178a7f18162ea9fc96a8e5c3eaf29b95f0d3b373fdaeeca495a2fa3a1
            """,
        qinv: """
            9056cd9d29b250902b6af04df87d1f9f13c0e360855c51972ad7e9a7365abd79cd3baaf07a1a4e657822d6d579009b62
            a0f16eb1cff137861818f8fca0a57c85b4d1b9effc2db554d4948f24b384cad181f0fc0ec12b863e8a88ef269903925a
            416faeef803903be0802fcb9ba1b4105abc1c5e170aa661c18e0a73777114844
            """)
    static let oaepSplit = (message: "6628194e12073db03ba94cda9ef9532397d50dba79b987004afefe34",
        ciphertext: """
            86bcb663e17dde374fb095d7d29aa759332a13d02cb815c01e5cb456aab7a326876dd4362b75b4769481b82ec18f2191
            122d327600a028ef8bb26312f6e6a131a02f4fd9df42dd7f660bcb4e4cc291ce5bf12683ce9a4496ac6d3d8d768e332d
            3b6ee1bdd4311591452998efd84f7064a30fece180e57e6d78040b4c5ed5d4fb2fafe1ed19b1f40b9ee44f830f13ad94
            b820bb8f15cc1a1d0cf26bdea835e3033da9774fad0df22820198b75b07e0efb1843dbef746dbfae3e09ebdbab41a49a
            91dfb3aeec0e91ea6a5ad61f8fa3ac3a9c1d7722a4e22ce835093e91ba24f706fe211183d881bb58df3a445e46cb72c8
            55b2c03f0ea85e01b5f63b23b97f1c83
            """)

    /// Wycheproof testvectors_v1/rsa_signature_2048_sha256_test.json: the group's public key,
    /// tcId 4 (valid) and tcId 9 (invalid: DigestInfo length in BER long form), message
    /// "123400" for both.
    static let wycheproofModulus = """
            a2b451a07d0aa5f96e455671513550514a8a5b462ebef717094fa1fee82224e637f9746d3f7cafd31878d80325b6ef5a
            1700f65903b469429e89d6eac8845097b5ab393189db92512ed8a7711a1253facd20f79c15e8247f3d3e42e46e48c98e
            254a2fe9765313a03eff8f17e1a029397a1fa26a8dce26f490ed81299615d9814c22da610428e09c7d9658594266f5c0
            21d0fceca08d945a12be82de4d1ece6b4c03145b5d3495d4ed5411eb878daf05fd7afc3e09ada0f1126422f590975a19
            69816f48698bcbba1b4d9cae79d460d8f9f85e7975005d9bc22c4e5ac0f7c1a45d12569a62807d3b9a02e5a530e77306
            6f453d1f5b4c2e9cf7820283f742b9d5
            """
    static let wycheproofMessage = "313233343030"
    static let wycheproofValid = """
            1758eb94588e6fc4f50c1be1afcaa41027869f304cad513b1fb12c2f446d63cdc05c4830a7e3e630da7b2da4f7867cc1
            73bf6420f9732277282596de41ded32e21d0cc31441174da8765f57419c7764ea758f55bc17646eb100c435d1ac0eed6
            fc7ba6de5f832094ee2f479979765e05ac9976788db3c241a9e32a0da864f0019a87646ba623d63f4411af5dee1be9ec
            488c7e3e1b231479de70b9ac5f78a17b1f4120aece45f26c07e7bb345fdfeb05e14bcaacc614672a465fc523624cb19f
            66f9c6c3f642b832ca44cb25176d679f0e05606c3fed022cac24c2bf960a406d48818e3eb7ed53b0446032469047dfed
            95fc18088c92d91d93722c47f88163a8
            """
    static let wycheproofBERPadding = """
            8a0e82d4f334aca72a718b6f8f643f69c6048d619d5eba71263a5d2d3ac7a7af133b780c7595ca2c982c006e861948f5
            43cd0210c758691f9626842c25de2843ea314ca8eff285d47e0cffa54180af416004017034962a80a5959c3d3f1bfc15
            4a4824462a93c014f6dfe920824f414a6e30e0e5944d480b99949ec7bf64c4a7461575933b17d7d6b0178b5192392ace
            3ed8469e8ac1dacae51ad5d3ad73dcb213e056d04596e64d8c0703def3110c7cecc93ba8ac8059f0f3d66b89d8712c62
            b41d407e4b4a104f4569558b0290c213cad6d0653898b9df8f4a453ab07d13bfb7598d505abbd0c4987e4f1ac66e1a52
            3e113e370ab7cf990f0cc63f50f4f0a4
            """
}
