import TEEABI
import TEEImage
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

/// Keys generated once per test process (key generation is the slow part), kept in memory;
/// their files are removed right away.
enum TestKeys {
    static let a = generate(bits: 2048)
    static let b = generate(bits: 2048)
    static let large = generate(bits: 3072)

    static let uuid = TEEUUID("8aaaf200-2450-11e4-abe2-0002a5d5c51b")!
    static let otherUUID = TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7df")!

    /// A stand-in ELF object: the magic, then bytes the signature must cover.
    static let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46] + (0..<60).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }

    struct Pair: @unchecked Sendable {
        var privateKey: RSAPrivateKey
        var publicKey: RSAPublicKey
        var publicPEM: [UInt8]
    }

    static func generate(bits: UInt32) -> Pair {
        let directory = try! TemporaryDirectory.make()
        defer { TemporaryDirectory.remove(directory) }
        try! TASigningKeys.generateKeyPair(bits: bits, privateKeyPath: directory + "/key.pem", publicKeyPath: directory + "/pub.pem")
        let pem = try! RegularFile.read(directory + "/pub.pem", limit: 1 << 16)
        return Pair(privateKey: try! RSAPrivateKey(path: directory + "/key.pem"),
                    publicKey: try! RSAPublicKey(pem: pem), publicPEM: pem)
    }

    static func signed(_ pair: Pair = a, uuid: TEEUUID = uuid, version: UInt32 = 7,
                       algorithm: TASignatureAlgorithm = .rsaPssSHA256) -> [UInt8] {
        try! TAImageSigner.sign(elf: elf, uuid: uuid, taVersion: version, key: pair.privateKey, algorithm: algorithm)
    }
}

enum TemporaryDirectory {
    static func make() throws -> String {
        var template = Array("/tmp/swift-tee-image-test.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw PlatformError("mkdtemp", errno: errno) }
        return String(cString: made)
    }

    /// Removes a directory tree this suite made (no symlinks are followed).
    static func remove(_ path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        guard (st.st_mode & S_IFMT) == S_IFDIR, let dir = opendir(path) else { unlink(path); return }
        var names = [String]()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(dir)
        for name in names { remove(path + "/" + name) }
        rmdir(path)
    }

    static func write(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) throws {
        try AtomicFile.write(path, contents: bytes, mode: mode)
    }

    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o7777 : nil
    }
}
