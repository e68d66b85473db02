// swift-tools-version: 6.1
import PackageDescription

// Folders mirror the architecture (see docs/architecture.md): the wire protocol and GP
// constants at the bottom, platform shims and transport above them, then teed's core, the
// client API and the TA runtime; executables only parse arguments and wire libraries together.
let package = Package(
    name: "swift-tee",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "TEEClient", targets: ["TEEClient"]),
        .library(name: "TEETrustedApp", targets: ["TEETrustedApp"]),
        // libutee.a: the GP TEE Internal Core API for C TAs, shipped in the dev kit's lib/.
        .library(name: "utee", type: .static, targets: ["CUtee"]),
        // The GP TEE Client API for C programs: libteec.so with SONAME libteec.so.2.
        .library(name: "teec", type: .dynamic, targets: ["TEEClientC"]),
        .executable(name: "teed", targets: ["teed"]),
        .executable(name: "teectl", targets: ["teectl"]),
        .executable(name: "tee-ta-host", targets: ["tee-ta-host"]),
        // Bundled example TAs, each a loadable image that teed finds by UUID.
        .library(name: "HelloWorldTA", type: .dynamic, targets: ["HelloWorldTA"]),
        .library(name: "BuffersTA", type: .dynamic, targets: ["BuffersTA"]),
        .library(name: "KeystoreTA", type: .dynamic, targets: ["KeystoreTA"]),
        // TAs with other GP instance flags, used by the integration tests.
        .library(name: "BuffersSingleTA", type: .dynamic, targets: ["BuffersSingleTA"]),
        .library(name: "BuffersSoloTA", type: .dynamic, targets: ["BuffersSoloTA"]),
        .library(name: "BuffersKeepAliveTA", type: .dynamic, targets: ["BuffersKeepAliveTA"]),
        .library(name: "StorageTA", type: .dynamic, targets: ["StorageTA"]),
        .executable(name: "hello-world-swift", targets: ["HelloWorldClient"]),
        .executable(name: "buffers-swift", targets: ["BuffersClient"]),
        .executable(name: "keystore-swift", targets: ["KeystoreClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // MARK: Foundation layers
        .target(name: "TEEABI"),
        .target(name: "CTEEShims"),
        .target(name: "CTEECrypto", linkerSettings: [.linkedLibrary("crypto")]),
        .target(name: "TEEPlatform", dependencies: ["TEEABI", "CTEEShims"]),
        .target(name: "TEETransport", dependencies: ["TEEPlatform", "TEEABI"]),
        // GP cryptography (objects, operations, GP's state machine) over OpenSSL 3's libcrypto.
        .target(name: "CTEECryptoBackend", dependencies: ["CTEETAABI"], linkerSettings: [.linkedLibrary("crypto")]),
        .target(name: "TEECrypto", dependencies: ["CTEECryptoBackend", "TEEABI"]),
        // Trusted storage: the key ladder, encrypted objects, the index and its commits (teed only).
        .target(name: "TEEStorage", dependencies: ["CTEECryptoBackend", "TEEPlatform", "TEEABI"]),
        // Signed TA images (OP-TEE's shdr format), their keys and trust store.
        .target(name: "TEEImage", dependencies: ["TEEABI", "TEEPlatform", "CTEECrypto"]),

        // MARK: The secure kernel
        .target(name: "TEECore", dependencies: [
            "TEETransport", "TEEPlatform", "TEEABI", "TEEImage", "TEEStorage", "CTEECrypto",
            .product(name: "Logging", package: "swift-log"),
        ]),

        // MARK: Normal world: GP TEE Client API
        .target(name: "TEEClient", dependencies: ["TEETransport", "TEEPlatform", "TEEABI"]),
        .target(name: "CTEEClientAPI"),
        .target(
            name: "TEEClientC",
            dependencies: ["TEEClient", "CTEEClientAPI"],
            linkerSettings: [.unsafeFlags(["-Xlinker", "-soname=libteec.so.2"])]
        ),

        // MARK: Secure world: TA runtime and SDK
        .target(name: "CTEETAABI"),
        .target(name: "TEETrustedApp", dependencies: ["CTEETAABI", "TEEABI", "TEECrypto"]),
        // TEEClient: a TA is a client of teed too (TA-to-TA sessions, persistent time).
        .target(name: "TEETAHost", dependencies: ["CTEETAABI", "TEECrypto", "TEEClient", "TEETransport", "TEEPlatform", "TEEABI"]),
        // The dev kit: headers (include/), the make machinery (mk/, src/) and libutee,
        // which C TAs link statically and which reaches the host through CTEETAABI.
        .target(
            name: "CUtee", dependencies: ["CTEETAABI"], path: "DevKit",
            exclude: ["mk", "src"], sources: ["libutee"], publicHeadersPath: "include",
            cSettings: [.unsafeFlags(["-fPIC", "-fvisibility=hidden"])]
        ),

        // MARK: Executables
        .executableTarget(name: "teed", dependencies: [
            "TEECore", "TEEStorage", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "teectl", dependencies: [
            "TEEClient", "TEEPlatform", "TEEImage", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "tee-ta-host", dependencies: ["TEETAHost"]),

        // MARK: Examples
        .target(name: "HelloWorldTA", dependencies: ["TEETrustedApp"], path: "Examples/hello-world/ta"),
        .executableTarget(name: "HelloWorldClient", dependencies: ["TEEClient"], path: "Examples/hello-world/swift-client"),
        .target(name: "BuffersTAKit", dependencies: ["TEETrustedApp"], path: "Examples/buffers/ta-kit"),
        .target(name: "BuffersTA", dependencies: ["BuffersTAKit"], path: "Examples/buffers/ta"),
        .executableTarget(name: "BuffersClient", dependencies: ["TEEClient"], path: "Examples/buffers/swift-client"),
        .target(name: "KeystoreTA", dependencies: ["TEETrustedApp"], path: "Examples/keystore/ta"),
        .executableTarget(name: "KeystoreClient", dependencies: ["TEEClient"], path: "Examples/keystore/swift-client"),
        .target(name: "BuffersSingleTA", dependencies: ["BuffersTAKit"], path: "Tests/Fixtures/BuffersSingleTA"),
        .target(name: "BuffersSoloTA", dependencies: ["BuffersTAKit"], path: "Tests/Fixtures/BuffersSoloTA"),
        .target(name: "BuffersKeepAliveTA", dependencies: ["BuffersTAKit"], path: "Tests/Fixtures/BuffersKeepAliveTA"),
        .target(name: "StorageTA", dependencies: ["TEETrustedApp"], path: "Tests/Fixtures/StorageTA"),

        // MARK: Tests
        .testTarget(name: "TEEABITests", dependencies: ["TEEABI"]),
        // Published vectors the crypto unit tests and the C-TA integration tests share.
        .target(name: "CryptoTestVectors", dependencies: ["TEECrypto", "TEEABI"], path: "Tests/CryptoTestVectors"),
        .testTarget(name: "TEECryptoTests", dependencies: ["TEECrypto", "TEEABI", "CryptoTestVectors"]),
        .testTarget(name: "TEECoreTests", dependencies: [
            "TEECore", "TEEABI", "TEEImage", "TEEStorage", "TEEPlatform", .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "TEEImageTests", dependencies: ["TEEImage", "TEEABI", "TEEPlatform"]),
        .testTarget(name: "TEEStorageTests", dependencies: ["TEEStorage", "TEEABI"]),
        .testTarget(name: "IntegrationTests", dependencies: ["TEEClient", "TEEABI", "TEEPlatform", "TEEImage", "TEECrypto", "CryptoTestVectors"]),
    ],
    swiftLanguageModes: [.v6]
)
