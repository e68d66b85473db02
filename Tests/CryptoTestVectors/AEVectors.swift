import TEECrypto

/// A published AE known answer; `valid: false` marks a forgery the decryption must refuse.
public struct AEVector: Sendable, CustomStringConvertible {
    public var name: String
    public var algorithm: GPAlgorithm
    public var key: String
    public var nonce: String
    public var aad: String
    public var plaintext: String
    public var ciphertext: String
    public var tag: String
    public var valid = true

    public var description: String { name }
}

public enum AEVectors {
    // NIST CAVP gcmEncryptExtIV (count 0 of each group): every tag length GP allows, a
    // 1-byte and a 128-byte IV, 256-bit keys, partial blocks; the GCM spec's test case 4.
    public static let gcm: [AEVector] = [
        AEVector(name: "CAVP GCM-128 tag 128", algorithm: .aesGcm, key: "c939cc13397c1d37de6ae0e1cb7c423c", nonce: "b3d8cc017cbb89b39e0f67e2",
                 aad: "24825602bd12a984e0092d3e448eda5f", plaintext: "c3b3c41f113a31b73d9a5cd432103069",
                 ciphertext: "93fe7d9e9bfd10348a5606e5cafa7354", tag: "0032a1dc85f1c9786925a2e71d8272dd"),
        AEVector(name: "CAVP GCM-128 tag 120", algorithm: .aesGcm, key: "89c54b0d3bc3c397d5039058c220685f", nonce: "bc7f45c00868758d62d4bb4d",
                 aad: "48d16cda0337105a50e2ed76fd18e114", plaintext: "582670b0baf5540a3775b6615605bd05",
                 ciphertext: "fc2d4c4eee2209ddbba6663c02765e69", tag: "55e783b00156f5da0446e2970b877f"),
        AEVector(name: "CAVP GCM-128 tag 112", algorithm: .aesGcm, key: "bad6049678bf75c9087b3e3ae7e72c13", nonce: "a0a017b83a67d8f1b883e561",
                 aad: "f7c27b51d5367161dc2ff1e9e3edc6f2", plaintext: "a1be93012f05a1958440f74a5311f4a1",
                 ciphertext: "36f032f7e3dc3275ca22aedcdc68436b", tag: "99a2227f8bb69d45ea5d8842cd08"),
        AEVector(name: "CAVP GCM-128 tag 104", algorithm: .aesGcm, key: "66a3c722ccf9709525650973ecc100a9", nonce: "1621d42d3a6d42a2d2bf9494",
                 aad: "d7a9b6523b8827068a6354a6d166c6b9", plaintext: "61fa9dbbed2190fbc2ffabf5d2ea4ff8",
                 ciphertext: "fef3b20f40e08a49637cc82f4c89b860", tag: "3fd5c0132acfab97b5fff651c4"),
        AEVector(name: "CAVP GCM-128 tag 96", algorithm: .aesGcm, key: "562ae8aadb8d23e0f271a99a7d1bd4d1", nonce: "f7a5e2399413b89b6ad31aff",
                 aad: "2b9680b886b3efb7c6354b38c63b5373", plaintext: "bbdc3504d803682aa08a773cde5f231a",
                 ciphertext: "e2b7e5ed5ff27fc8664148f5a628a46d", tag: "cbf2015184fffb82f2651c36"),
        AEVector(name: "CAVP GCM-128 1-byte IV", algorithm: .aesGcm, key: "a1691771cee1e8cc008d423ff631a02f", nonce: "59",
                 aad: "b1471776e18d4d88d914e08a3d66e74f09f397452868d205f4e20879317190292d1ea63f4a13db26b25df590ec33567da0e8f7bfeed15f6baf0c60735f7dfd4c69eb9d79b3ebd66facbf2e3103442c1f6bf08d10684ddf77a4f0",
                 plaintext: "ad14855c55e7d3e74b72da306a9b5bdd6c66d8ba9566e3fe17a5d00ff638e2ac41eef5e142470016023e5593f99118f8f18f28",
                 ciphertext: "0a02c58e2c273c7992d060c15b5dc75152bb5263c287ee1db0400b6bdc9a6f5d04945a08ca2da4be228cbdc2b4d6c5cad5bd3a",
                 tag: "8d1ce95e7c370a6cb4961232b78bcb"),
        AEVector(name: "CAVP GCM-128 128-byte IV", algorithm: .aesGcm, key: "c115a649eb2a502fce0a7f551d0200b7",
                 nonce: "8962e4fec5f0321384ba4e23cca35a045ba2e69c11640fbd0ad699a1fca522bdb8b81495d2a1f57fbf9c520cd3ec9aebf3e43b02d9784a532a97faa6d0ed17a1b9096ee047f0eae50414966b8cd6071236d7059a34c8dd1d9ba8ac73d5d93040ef6ae64fa9f5786d4ba7189b1ba89d74aeaf5e65600f06c5d9fcf7c6e3d76ec9",
                 aad: "2ab286756824c7c2d53f98ef7075fae4181bf741",
                 plaintext: "0962e13f76e281942aec8c9d7bf59ccaf702dea49de484280e4cc07bf44355624d262e5b42eeff46a06eb798c0dcd748aaeb66",
                 ciphertext: "8fe59aa7c112e4b5000fd82f194f0f9b15218f072630df5870d1c8ca81d7d66ccf95ddd3ab3c603af2fc2bb9edca00c7bdab94",
                 tag: "9eab1e037e703a777b76306d8aa660d3"),
        AEVector(name: "CAVP GCM-256 no plaintext tag 96", algorithm: .aesGcm, key: "7c2d25ce3fb3e80e83557d1c5796f1e6af80b120ed35aae379fe47e40490aef7",
                 nonce: "099f5b34666e9501991d72e1", aad: "dfcab2f0df0e37528426007dcd5abb0e", plaintext: "", ciphertext: "", tag: "c000a9d0a1f8824537ec7700"),
        AEVector(name: "CAVP GCM-256 51 bytes", algorithm: .aesGcm, key: "148579a3cbca86d5520d66c0ec71ca5f7e41ba78e56dc6eebd566fed547fe691",
                 nonce: "b08a5ea1927499c6ecbfd4e0",
                 aad: "e4f963f015ffbb99ee3349bbaf7e8e8e6c2a71c230a48f9d59860a29091d2747e01a5ca572347e247d25f56ba7ae8e05cde2be3c97931292c02370208ecd097ef692687fecf2f419d3200162a6480a57dad408a0dfeb492e2c5d",
                 plaintext: "9d0b15fdf1bd595f91f8b3abc0f7dec927dfd4799935a1795d9ce00c9b879434420fe42c275a7cd7b39d638fb81ca52b49dc41",
                 ciphertext: "2097e372950a5e9383c675e89eea1c314f999159f5611344b298cda45e62843716f215f82ee663919c64002a5c198d7878fd3f",
                 tag: "adbecdb0d5c2224d804d2886ff9a5760"),
        AEVector(name: "GCM spec test case 4", algorithm: .aesGcm, key: "feffe9928665731c6d6a8f9467308308", nonce: "cafebabefacedbaddecaf888",
                 aad: "feedfacedeadbeeffeedfacedeadbeefabaddad2",
                 plaintext: "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
                 ciphertext: "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091",
                 tag: "5bc94fbc3221a5db94fae95ae7121a47"),
        // gcmDecrypt128: forgeries (result FAIL).
        AEVector(name: "CAVP GCM-128 decrypt FAIL #1", algorithm: .aesGcm, key: "867fc5d5476d5008f0703d81e3622255", nonce: "22945529dff947c3c9264df7",
                 aad: "261a9efd4f32bc3d07c115b4edcf8adf", plaintext: "", ciphertext: "1c785025e5a2678e4b29b29276e395bb",
                 tag: "87fdf1261846164a950c37a3f2eea17d", valid: false),
        AEVector(name: "CAVP GCM-128 decrypt FAIL #3", algorithm: .aesGcm, key: "5c32091e288d4780fcaff52a69c1234e", nonce: "bedb360b22847fc2ff60ab78",
                 aad: "dc7c3a89a00b688af2bd372530bfed0b", plaintext: "", ciphertext: "60c883306c91a0e6e98f8d7bf7ee9fd9",
                 tag: "ffb93af9106e95e9a65ef147765970da", valid: false),
    ]

    // RFC 3610 packet vectors 1–3 (M = 8, L = 2) and NIST CAVP CCM (DVPT, VTT, VNT, VADT,
    // VPT): nonces of 7 to 13 bytes, tags of 4 to 16, forgeries marked Fail.
    public static let ccm: [AEVector] = [
        AEVector(name: "RFC 3610 packet vector 1", algorithm: .aesCcm, key: "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf", nonce: "00000003020100a0a1a2a3a4a5",
                 aad: "0001020304050607", plaintext: "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e",
                 ciphertext: "588c979a61c663d2f066d0c2c0f989806d5f6b61dac384", tag: "17e8d12cfdf926e0"),
        AEVector(name: "RFC 3610 packet vector 2", algorithm: .aesCcm, key: "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf", nonce: "00000004030201a0a1a2a3a4a5",
                 aad: "0001020304050607", plaintext: "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
                 ciphertext: "72c91a36e135f8cf291ca894085c87e3cc15c439c9e43a3b", tag: "a091d56e10400916"),
        AEVector(name: "RFC 3610 packet vector 3", algorithm: .aesCcm, key: "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf", nonce: "00000005040302a0a1a2a3a4a5",
                 aad: "0001020304050607", plaintext: "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
                 ciphertext: "51b1e5f44a197d1da46b0f8e2d282ae871e838bb64da859657", tag: "4adaa76fbd9fb0c5"),
        AEVector(name: "CAVP DVPT128 empty, nonce 7, tag 4", algorithm: .aesCcm, key: "4ae701103c63deca5b5a3939d7d05992", nonce: "5a8aa485c316e9",
                 aad: "", plaintext: "", ciphertext: "", tag: "02209f55"),
        AEVector(name: "CAVP DVPT128 nonce 7, tag 4", algorithm: .aesCcm, key: "f9fdca4ac64fe7f014de0f43039c7571", nonce: "5a8aa485c316e9",
                 aad: "3796cf51b8726652a4204733b8fbb047cf00fb91a9837e22ec22b1a268f88e2c",
                 plaintext: "a265480ca88d5f536db0dc6abc40faf0d05be7a966977768",
                 ciphertext: "6be31860ca271ef448de8f8d8b39346daf4b81d7e92d65b3", tag: "38f125fa"),
        AEVector(name: "CAVP DVPT128 nonce 7, tag 4, Fail", algorithm: .aesCcm, key: "f9fdca4ac64fe7f014de0f43039c7571", nonce: "fdd2d6f503c915",
                 aad: "5b92394f21ddc3ad49d9b0881b829a5935cb3a4d23e292a62fb66b5e7ab7020e", plaintext: "",
                 ciphertext: "4cc57a9927a6bc401441870d3193bf89ebd163f5c01501c7", tag: "28a66b69", valid: false),
        AEVector(name: "CAVP DVPT128 nonce 13, tag 16", algorithm: .aesCcm, key: "26511fb51fcfa75cb4b44da75a6e5a0e", nonce: "5a8aa485c316e9403aff859fbb",
                 aad: "a16a2e741f1cd9717285b6d882c1fc53655e9773761ad697a7ee6410184c7982",
                 plaintext: "8739b4bea1a099fe547499cbc6d1b13d849b8084c9b6acc5",
                 ciphertext: "50038b5fdd364ee747b70d00bd36840ece4ea19998123375", tag: "c0a458bfcafa3b2609afe0f825cbf503"),
        AEVector(name: "CAVP DVPT128 nonce 13, tag 16, Fail", algorithm: .aesCcm, key: "26511fb51fcfa75cb4b44da75a6e5a0e", nonce: "0812757ad0cc4d17c4cfe7a642",
                 aad: "ec6c44a7e94e51a3ca6dee229098391575ec7213c85267fbf7492fdbeee61b10", plaintext: "",
                 ciphertext: "78ed8ff6b5a1255d0fbd0a719a9c27b059ff5f83d0c4962c", tag: "390042ba8bb5f6798dab01c5afad7306", valid: false),
        AEVector(name: "CAVP DVPT256 nonce 7, tag 16", algorithm: .aesCcm, key: "705334e30f53dd2f92d190d2c1437c8772f940c55aa35e562214ed45bd458ffe",
                 nonce: "a544218dadd3c1", aad: "d3d5424e20fbec43ae495353ed830271515ab104f8860c988d15b6d36c038eab",
                 plaintext: "78c46e3249ca28e1ef0531d80fd37c124d9aecb7be6668e3",
                 ciphertext: "3341168eb8c48468c414347fb08f71d2086f7c2d1bd581ce", tag: "1ac68bd42f5ec7fa7e068cc0ecd79c2a"),
        AEVector(name: "CAVP VTT128 tag 6", algorithm: .aesCcm, key: "44e89189b815b4649c4e9b38c4275a5a", nonce: "374c83e94384061ac01963f88d",
                 aad: "cd149d17dba7ec50000b8c5390d114697fafb61025301f4e3eaa9f4535718a08",
                 plaintext: "8db6ae1eb959963931d1c5224f29ef50019d2b0db7f5f76f",
                 ciphertext: "df952dce0f843374d33da94c969eff07b7bc2418ca9ee01e", tag: "32bc2ffa8600"),
        AEVector(name: "CAVP VTT128 tag 10", algorithm: .aesCcm, key: "996a09a652fa6c82eae8be7886d7e75e", nonce: "a8b3eb68f205a46d8f632c3367",
                 aad: "c71620d0477c8137b77ec5c72ced4df3a1e987fd9af6b5b10853f0526d876cd5",
                 plaintext: "84cdd7380f47524b86168ed95386faa402831f22045183d0",
                 ciphertext: "a7fbf9dd1b099ed3acf6bcbd0b6f7cae57bee99f9d084f82", tag: "6d86e69c07f053d1a607"),
        AEVector(name: "CAVP VTT128 tag 14", algorithm: .aesCcm, key: "7b2d52a5186d912cf6b83ace7740ceda", nonce: "f47be3a2b019d1beededf5b80c",
                 aad: "76cf3522aff97a44b4edd0eef3b81e3ab3cd1ccc93a767a133afd508315f05ed",
                 plaintext: "ea384b081f60bb450808e0c20dc2914ae14a320612c3e1e8",
                 ciphertext: "79070f33114a980dfd48215051e224dfd01471ac293242af", tag: "ddb36e37da1ee8a88a77d7f12cc6"),
        AEVector(name: "CAVP VNT128 nonce 8", algorithm: .aesCcm, key: "0b6256bd328a4cda2510d527c0f73ed4", nonce: "21fd9011d6d9484a",
                 aad: "66ff35c4f86ad7755b149e14e299034763023e7384f4af8c35277d2c7e1a7de2",
                 plaintext: "78a292662b8e05abc2d44fbefd0840795e7493028015d9f2",
                 ciphertext: "5a0be834c57b59d47a4590d8d19a1206d3c06e937a9b57f7", tag: "4034d9fdb43c3f48932aa72177b23bf6"),
        AEVector(name: "CAVP VNT128 nonce 12", algorithm: .aesCcm, key: "005e8f4d8e0cbf4e1ceeb5d87a275848", nonce: "0ec3ac452b547b9062aac8fa",
                 aad: "2f1821aa57e5278ffd33c17d46615b77363149dbc98470413f6543a6b749f2ca",
                 plaintext: "b6f345204526439daf84998f380dcfb4b4167c959c04ff65",
                 ciphertext: "9575e16f35da3c88a19c26a7b762044f4d7bbbafeff05d75", tag: "4829e2a7752fa3a14890972884b511d8"),
        AEVector(name: "CAVP VADT128 1-byte AAD", algorithm: .aesCcm, key: "08b0da255d2083808a1b4d367090bacc", nonce: "777828b13679a9e2ca89568233",
                 aad: "dd", plaintext: "1b156d7e2bf7c9a25ad91cff7b0b02161cb78ff9162286b0",
                 ciphertext: "e8b80af4960d5417c15726406e345c5c46831192b03432ee", tag: "d16b6282283e16602331bcca9d51ce76"),
        AEVector(name: "CAVP VADT128 17-byte AAD", algorithm: .aesCcm, key: "6bffab1f4f4c1ff66b4a669b515b2f8d", nonce: "ddb34d5e0140fb96d690e1a2b7",
                 aad: "5cbba9ea778e01af00afb2a934f28c7211", plaintext: "d91b12e8655dd92b1332fc1d71c391c96a17111562d90ba3",
                 ciphertext: "d302e5b2d5d90433186b804cd7717e2db2f22cdc34fb2942", tag: "ab30780a2c4f12af8f35350d65284c59"),
        AEVector(name: "CAVP VPT128 1-byte payload", algorithm: .aesCcm, key: "6ae7a8e907b8720f4b0d5507c1d0dc41", nonce: "7f18ad442e536a0159e7aa8c0f",
                 aad: "9c9b0f11e020c6512a63dfa1a5ec8df8bd8e2ad83cf87b80b38635621c5dc0d7", plaintext: "0e",
                 ciphertext: "4c", tag: "201784bdab19e255787fecd02000c49d"),
    ]

    public static let all = gcm + ccm
}
