struct DSAVerifyVector {
    var message, x, y, r, s: String
    var valid: Bool
}

struct DSAVectors {
    var p, q, g: String
    var cases: [DSAVerifyVector]
}

/// NIST CAVP DSA vectors used by DSATests.
extension DSAVectors {
    /// NIST CAVP FIPS 186-3 DSA SigVer.rsp [mod = L=1024, N=160, SHA-1]: P = valid, F = not.
    static let l1024SHA1 = DSAVectors(p: """
            dc5bf3a88b2d99e4c95cdd7a0501cc38630d425cf5c390af3429cff1f35147b795caea923f0d3577158f8a0c89dabd19
            62c2c453306b5d70cacfb01430aceb54e5a5fa6f9340d3bd2da612fceeb76b0ec1ebfae635a56ab141b108e00dc76eef
            e2edd0c514c21c457457c39065dba9d0ecb7569c247172d8438ad2827b60435b
            """,
        q: "e956602b83d195dbe945b3ac702fc61f81571f1d",
        g: """
            d7eb9ca20a3c7a079606bafc4c9261ccaba303a5dc9fe9953f197dfe548c234895baa77f441ee6a2d97b909cbbd26ff7
            b869d24cae51b5c6edb127a4b5d75cd8b46608bfa148249dffdb59807c5d7dde3fe3080ca3a2d28312142becb1fa8e24
            003e21c7287108174b95d5bc711e1c8d9b1076784f5dc37a964a5e51390da713
            """,
        cases: [
            DSAVerifyVector(message: """
                    0fe1bfee500bdb76026099b1d37553f6bdfe48c82094ef98cb309dd777330bedfaa2f94c823ef74ef4074b50d8706041
                    ac0e371c7c22dcf70263b8d60e17a86c7c379cfda8f22469e0df9d49d59439fc99891873628fff25dda5fac5ac794e94
                    8babdde968143ba05f1128f34fdad5875edc4cd71c6c24ba2060ffbd439ce2b3
                    """,
                x: "1d93010c29ecfc432188942f46f19f44f0e1bb5d", y: """
                    6240ea0647117c38fe705106d56db578f3e10130928452d4f3587881b8a2bc6873a8befc3237f20914e2a91c7f07a928
                    ee22adeed23d74ab7f82ea11f70497e578f7a9b4cbd6f10226222b0b4da2ea1e49813d6bb9882fbf675c0846bb80cc89
                    1857b89b0ef1beb6cce3378a9aab5d66ad4cb9277cf447dfe1e64434749432fb
                    """,
                r: "b5af307867fb8b54390013cc67020ddf1f2c0b81", s: "620d3b22ab5031440c3e35eab6f481298f9e9f08", valid: true),
            DSAVerifyVector(message: """
                    97d50898025d2f9ba633866e968ca75e969d394edba6517204cb3dd537c2ba38778a2dc9dbc685a915e5676fcd43bc37
                    26bc59ce3d7a9fae35565082a069c139fa37c90d922b126933db3fa6c5ef6b1edf00d174a51887bb76909c6a94fe994e
                    cc7b7fc8f26113b17f30f9d01693df99a125b4f17e184331c6b6e8ca00f54f3a
                    """,
                x: "350e13534692a7e0c4b7d58836046c436fbb2322", y: """
                    69974de550fe6bd3099150faea1623ad3fb6d9bf23a07215093f319725ad0877accffd291b6da18eb0cbe51676ceb097
                    7504eb97c27c0b191883f72fb2710a9fbd8bcf13be0bf854410b32f42b33ec89d3cc1cf892bcd536c4195ca9ada302ad
                    600c3408739935d77dc247529ca47f844cc86f5016a2fe962c6e20ca7c4d4e8f
                    """,
                r: "b5d05faa7005764e8dae0327c5bf1972ff7681b9", s: "18ea15bd9f00475b25204cbc23f8c23e01588015", valid: false),
            DSAVerifyVector(message: """
                    09560b84ec9a6add0c1c08cde95cb15ef104d34eae2cd029b126e5eba56f96b0f369e0155625a984e3478491bba851d1
                    32995f52e5b7343161d5d8dcb708289ffc576f094d2aa91c5c7f2b64c9d1012f370965e5f38268aafa8cc1da79cce7c2
                    3b03bf6774339d0dfcb451d606a180496fd4c3e528f311111203ab3bb3b8d3f4
                    """,
                x: "5af892f3fce6695555c47399c282fe123c4bffda", y: """
                    34ec505f1cf37de3fdf23806c5d10e26684b56b302e72033f01e4d8443ecc02757e048848ff94a6677f6756facb2243e
                    264f8a4ed90dc0b0f2659ccfbbafb4e995ee8f8ed85c908ee5cb05be6b9de971867f8ec9b379775c0de88787bb6069ee
                    746331497030f7fe47052eb3dec058a2ac4109c6b3f5ea23786d12bbaeff1b14
                    """,
                r: "897f9b11e30c7d14652a3e8095554c70a8eaf02f", s: "79c2cc23a2ad7fb1a79f3a2d78084c52da57628e", valid: false),
            DSAVerifyVector(message: """
                    7bc0c8b0fe1ae18edf1f85bf770a4a1ab23ca56c0d1a05c5c919cbfb256b4c535a8c8725a880de39e6713213168c59c7
                    a9222778d96c8a0113fbc573db90885d106dd3d9ae9fb4c9e832cbd49cdc6fffad50d453ad1e90d96cd83363f94ba93c
                    cdae50940f043e93e8640a9b225a0e46a0faa965311d7e11d09ccd3fbfee6564
                    """,
                x: "e1209940602d15183681dd33a168354a44cde71f", y: """
                    4dd48b01d12f634eded08bad2a7df0c908324fa690bfe976b28d7b6817162ca737b52de12dd0d6c4e2570c8f35ede2bc
                    e0c6b42e751bf9e5a29cc16d04013b0ca992d52198c7571d96b5783e7302359fa08405b5eaafc4309e4fa8c626b704e7
                    6a8c83187295ea3a34e195c5e01080f43ec11191b064eff5d86228bca471966b
                    """,
                r: "bb35f94025b0291dbf9359446dfcf219729e04ad", s: "909b811cf541506a9ffe4c7ef936d1899b8b4d27", valid: false),
        ])

    /// NIST CAVP FIPS 186-3 DSA SigVer.rsp [mod = L=2048, N=256, SHA-256]: P = valid, F = not.
    static let l2048SHA256 = DSAVectors(p: """
            cdf428329e226cf715f18eed005e439a8c7b927edd24c866be6c1b370057059ea426d06f584f8e3c89f02fe8d4042604
            a2fe0db63a87ff018dfaec7790b88fd1da8396561ae62df6f18d3540992efc5ecce63068f5f595687b8bbeed5801d5b6
            c6bdf362dadebb80e190d719d144db693fc43cefbd72b149570a96282fd9441c397d98b15d73f8cfaa8f6514a16f5992
            a0a02fd7b6e4932b1e7e7ef2db717815b11e867e187aae26f9c16ca0a5ca434acf8f3356c3711765fe5e548b1edce381
            bdd843580f9a881d702f00a0719c3bfa8576304decb616b08ef8db6f8c3d48923a2a30b9b505ad737af1cbb001955848
            7400379738fd89c1ee01285e76e2d98b
            """,
        q: "daf3ebd85f57a8731538596876e8a34e73c732bc69b4d64b010bd7d5b63a09ef",
        g: """
            6cb6a8c1b8ea97173e5ae1d2a2d530468fd932b81a4f3c3e11042d56a61a504b9c207da7cdca293c04f78583cf218e1c
            d2c1a92637ab4ff61d2eaa5e8e8221bfe17e6a741791f21c799221ae4c703262a6dc2e295e36939e248dacaaffe67307
            1f6dc7a90d7ca3427556fb99fb1fdca9de3f745b5e56be5b5933ebcba4f0c60fef3798cdca519997ef74acd7000d3a28
            6d01c7000a66fe0066be4381842aa040c3bf465306c38752d41c29162c4d294f2b1f7e9ad9232aadb469047f4050b085
            bafa06283def7d84958528a3f129a3bc81466c0ccd493fcaa87e805e7bd4450090ce55652dba15271234fbe0cfef66f3
            ed9d569e565bd1218f2856637a5b26a4
            """,
        cases: [
            DSAVerifyVector(message: """
                    bc3414673a2a567aad487af1385b90bd1adb92361f59e27ede8af63e964ece90b1aa7a330a8e41549e3d1e0cd32b339f
                    baf1120a79ca3768bd1f60bea4def3eaa4625cb9b19169248800f82837feb151fd5d24dece7bb1f7de45175cf77dfada
                    a12ae77f3f2cf55ddfd38714892d556ec91886c9734842304f1be1af439a56e8
                    """,
                x: "cc2bd6703d958d628631c1528af71c3ca90ec1639ffdb8c4eb68f6531b9d1366", y: """
                    002cc1264427522aa6ff6c9e3beb23e1d1714e7a3cd3b592faa74ff44e8d81a18b416c887a97a6e2f4592529116090a6
                    ec4f0e73a45a9984c483cf7206e302c7d77e27e5eb11ac581821bd2b91b9857764e155f850f5c25b909d6fe23c19595d
                    de40750c7fb0e62d95c2944081c0d10767a11dbeb092c9b08d6d197dd34cdbd873f8db7c3d33987ed2fd2e395c86588e
                    df131fadb936ef8085741f28c8f9d7848c65a709f9c44b8db85989732332d809544c8c5362b39f97331b66086af5d3dc
                    703a2c30d96ef0763e13c171728d7b057b302c0c04642aa77b896c743da9f0d30349745e2e552bac2a4178591019af33
                    058a1948ae4059c2efd7aa9f05df06bb
                    """,
                r: "59f9e094d7d55d3a3a362c6671542a92034e89f36354da25bd4f3efd65b430ef", s: "47a78ba3f773f398361c41266ce6c84d0443b9b233b52c7939b9dc6d69051e9c", valid: false),
            DSAVerifyVector(message: """
                    f93230c8e56f77d8507cadb3d3b930c715e06763f2f38cc735ec626e650e4d3b76b4f0427500106daa2671dcebbfaf04
                    a8c660fa285cc059894c685b5eb0098d12e406a47200c66818c255a7a55edbb4d0a94fef563af9330bd90286e9a18591
                    0d741c19be9965f44b630fbbb5f434967101ccbc693545a39430402cc0dc270c
                    """,
                x: "a124cb4f3fcb44c929400019933955b68185988ef7014ac1a4829b1748e58a10", y: """
                    1c3aa2f539438145b05dd13a17d666022944fe6e3dc2a14e41a32fbc85546e0da88b5b9d822a17f0c30ed317f4cc716f
                    2847871c192ea4dda488aea291ec31fb5a73424d12b034b642e175f25b102217a0bf1de695923900c87f3f2911107ee0
                    6bb9f58cef4d18c29a016ebf63a4bea851c3a7e85a7c3d69e8896f59f9c7f1d77386c1e80391a1b9c4f82eaf59b6d72c
                    7e8663b121fdd3b5510d5db5971658d233e25b646a27b1e1ae0c859dc73f7763b91fff6b3140e284c3a4650d17beeca2
                    319c5c4a545f6de728137f5bbac6e3027e5588294ae5532891b8053dc9cbd0449a09e54f4e3ac4eaf7e1bd2a727de8f1
                    4a001db92870807898bb504f5f4389bc
                    """,
                r: "96246546c49d2a00c5605cc5bcb18e229e272374c4d7fa6c8ace99eafc080342", s: "b77d5dd30b6daae84580cf2b3cf31eca713c884dd5659cf5307c91e525991487", valid: true),
            DSAVerifyVector(message: """
                    7b35288d90892f2e42e8faf3ebcfe41f268c03a76be3a780ef8eac9d00a41c1379145c6b4a5caed00dde973ee9cd08e1
                    945e55240f3ae85b78595a2f9365e7a2a31359816bf230595fef779e0092c978399a3e9dcd3ecaf284b4a64ac7fbbe77
                    342fc58842c7710b431096a1a0c0f44273b98077c41d5b44905c6e8da47beb0e
                    """,
                x: "5ca1804ab87fbea3211a26dd90b3942c9f522e2199b2b35c4b8de7b7ef05dcd2", y: """
                    4ea940b3dc8e2622114e1820e2fb96b0148088f99ab46bbadc0fa70d6a8f20bd27e7b12b13dfbb16d8a604b94ca03678
                    e2d47cf0968c39cab9c300361033ffc2e2a4f37dfe1d9f16cd9b4031bc643a17c13c374cfcf398ce70934e7d7bdedb92
                    1c6ad84d8bd40ed3b0a752a66be1d1f6ca3b1609123d33ce1d02598b1e401f2404b01820a6b66d30e7f27eb975b6b568
                    3335398ba40cc412341feb520d79048fd5507141c7b105462c868cd2f366f7887f25c6f221e4272d7fb05d5ded5c7b1b
                    e290a11c5b0ac7cf1e045a5b6cdf8912c4ca4085f064f2fcc95d45fdbe7d90d8d5e68aff9ca0df11e23fe2ea8be23456
                    bd499dd4bff5309d3ec10d7607e5ee32
                    """,
                r: "469b70a4a37fa58eb9aa7e110273d8304f7c3dcd7ba399d519e69815972d397e", s: "25b848bfd4f7712cabbf3596fbfe922d0337486186e8f8ea9133e55f5f7f30ea", valid: false),
            DSAVerifyVector(message: """
                    3bf2cf1bed29d85904f79ade4f945abb91dbf7a83bab4cbe0bd753ced2e40b77f0297325fac5172d55001985b79046ad
                    29ace15f08dac7d27454ef67214258eff7f03f46da19a4c3f12a90df03f18098c21e92ce4e1ae413516dc9ffcfe2c323
                    7ab98dd344dd2e7a86011c8ba3f9db67d35a3379485fcb3fc9b7c5dde1ce2593
                    """,
                x: "cb9ee5ce0bcfa70cdcc47bb0e57a54930ef3afe836ba95dc8fb1899e01e398ed", y: """
                    abfe91c1e595bf644236da5c4b2d1e8d894da076a7060309c09fe3cc27b9be0630e53602401e41ff9e2dd86c3224db01
                    8004127b7088ee92498e6214a31c5733f9bac4bda83285a8cd87b8d55c3a92dd9ba7bc6f4c8ce1718578854495dbef8b
                    f5f4d8ef7bfa5693300a02f25a8ebddb64f3b32ce179a2663b1ba618efee5d05f9de33b7ed49aea5286873963ea69974
                    a1adc11fa734cc8d1655cc95be5c5a0c70883c3ad715b879807b575627e8e4c101aac7cbb1d1f11276caf8ae9c6500b4
                    a2eb3b68fc3a76600ec34540d63134b07ef01324ddc33e1defb63ee20aa90b823696df2998b9613a4a1485fb6966d6fa
                    deec6e78b21d6ab06c2b1bd8aa84921b
                    """,
                r: "54961cfd862cbc6d1f378ad00cc786f64a6763cf248dd55a95f413111f4626cf", s: "54dd5f1064d8221ae2315d3106724a2c34ab1b4e1f95dbc1d74792a648e5d573", valid: false),
        ])
}
