import Testing
import TEEClient
import TEEImage
import TEEPlatform
#if canImport(Glibc)
import Glibc
#endif

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A real teed in a fresh temporary directory: the TAs signed with the test process's key and
/// installed as `<state>/ta/<uuid>.ta`, that key's public half as teed's trust store
/// (`--trust-store`, so teed never generates a key of its own), its own socket, its log
/// (stderr, at debug level) in a file. Binaries come from the products directory the test
/// executable runs from (e.g. `.build/debug`); nothing machine-wide is used.
///
///     let tee = try TEEDaemonFixture()
///     defer { tee.stop() }     // SIGTERM; checks exit 0, socket removed, no TA host left
///     let context = try tee.makeContext()
final class TEEDaemonFixture: @unchecked Sendable {
    /// Where `teed`, `tee-ta-host`, `libteec.so` and the TA libraries are.
    static let productsDirectory: String = {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        precondition(n > 0, "cannot read /proc/self/exe")
        let exe = String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return String(exe[..<exe.lastIndex(of: "/")!])
    }()

    /// The checkout this file belongs to (for C sources and headers).
    static let repositoryRoot: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    let root: String
    let stateDirectory: String
    let socketPath: String
    let logPath: String
    /// The trust store teed is started with: the public key of `TestSigning.key`.
    let trustStoreDirectory: String
    /// Start teed without `--trust-store`: its default trust store and installation key.
    var usesDefaultTrustStore = false
    var taDirectory: String { stateDirectory + "/ta" }
    private var process: ChildProcess?

    /// `installTAs: false` leaves the state directory for teed to create.
    init(installTAs: Bool = true, start: Bool = true) throws {
        root = try FileSystem.makeTemporaryDirectory()
        stateDirectory = root + "/state"
        socketPath = root + "/teed.sock"
        logPath = root + "/teed.log"
        trustStoreDirectory = root + "/trusted"
        try FileSystem.makeDirectory(trustStoreDirectory, mode: 0o700)
        try AtomicFile.write(trustStoreDirectory + "/test.pem", contents: TestSigning.key.publicPEM, mode: 0o644)
        if installTAs { try self.installTAs() }
        if start { try self.start() }
    }

    deinit {
        process?.terminate()
        if ChildProcess.currentEnvironment()["SWIFT_TEE_KEEP_TEST_DIRS"] == nil { FileSystem.removeTree(root) }
    }

    // MARK: Setup

    func installTAs() throws {
        for (uuid, image) in try TestSigning.signedTAs() { try install(image, as: uuid) }
    }

    /// Puts `image` (signed or not) where teed looks for `uuid`, replacing what was there.
    func install(_ image: [UInt8], as uuid: TEEUUID) throws {
        try FileSystem.makeDirectory(taDirectory, mode: 0o700)
        try AtomicFile.write("\(taDirectory)/\(uuid).ta", contents: image, mode: 0o600)
    }

    /// Starts teed and waits until it serves its socket.
    func start(extraArguments: [String] = []) throws {
        if let process, process.poll() == nil { throw FixtureError("teed is already running") }
        let child = try spawnTeed(extraArguments: extraArguments, stderr: logPath)
        process = child
        let ready = Clock.waitUntil(timeout: 30) {
            child.poll() != nil || (FileSystem.isSocket(socketPath) && (startedLine(pid: child.pid) || acceptsConnections()))
        }
        if let status = child.poll() { throw FixtureError("teed ended at start (\(status)):\n\(log)") }
        guard ready else {
            child.terminate()
            throw FixtureError("teed did not start serving \(socketPath) within 30 s:\n\(log)")
        }
        // teed starts its spare TA host just after it logs "teed started"; tests that count
        // teed's descriptors or children need that steady state first.
        if !extraArguments.contains("--no-prestart") {
            _ = Clock.waitUntil(timeout: 10) { !ProcFS.children(of: child.pid).isEmpty }
        }
    }

    /// Another teed process with this fixture's directories (for tests of teed itself).
    func spawnTeed(extraArguments: [String] = [], stderr: String) throws -> ChildProcess {
        try ChildProcess(
            Self.productsDirectory + "/teed",
            ["--state-dir", stateDirectory, "--socket", socketPath, "--log-level", "debug"]
                + (usesDefaultTrustStore ? [] : ["--trust-store", trustStoreDirectory]) + extraArguments,
            environment: ["TEE_SOCKET": socketPath, "TEE_STATE_DIR": stateDirectory],
            stdout: root + "/teed.stdout", stderr: stderr)
    }

    /// A connection succeeds only once teed listens (a stale socket file refuses it).
    private func acceptsConnections() -> Bool {
        (try? UnixSocket.connect(path: socketPath)) != nil
    }

    private func startedLine(pid: pid_t) -> Bool {
        log.split(separator: "\n").contains { $0.hasSuffix("teed started") && $0.contains("pid=\(pid) ") }
    }

    // MARK: State

    var pid: pid_t { process?.pid ?? -1 }

    var isRunning: Bool { process.map { $0.poll() == nil } ?? false }

    /// teed's stderr so far.
    var log: String { readFile(logPath) ?? "" }

    /// Whether a TA (host `pid`) logged `message` (its trace lines carry `pid=<host pid>`).
    func taLogged(_ message: String, pid: pid_t) -> Bool {
        log.split(separator: "\n").contains { $0.hasSuffix("] \(message)") && $0.contains("pid=\(pid) ") }
    }

    func waitForLog(timeout: Double = 10, _ predicate: (String) -> Bool) -> Bool {
        Clock.waitUntil(timeout: timeout) { predicate(log) }
    }

    /// teed's live child processes: TA hosts, including the pre-started spare.
    func hostPIDs() -> [pid_t] { ProcFS.children(of: pid).filter(ProcFS.isAlive) }

    func makeContext() throws(TEEError) -> TEEContext { try TEEContext(socketPath: socketPath) }

    /// teed's status through a short-lived context.
    func status() throws(TEEError) -> StatusReply {
        let context = try makeContext()
        defer { context.finalize() }
        return try context.status()
    }

    /// Waits until teed no longer lists an instance with host `pid`.
    func waitForInstanceGone(_ pid: pid_t, timeout: Double = 10) -> Bool {
        Clock.waitUntil(timeout: timeout) {
            (try? status().instances.contains { $0.pid == pid }) == false
        }
    }

    // MARK: Stopping

    /// SIGTERM, then checks what a clean stop means: exit status 0, the socket removed, and
    /// none of teed's child processes (TA hosts) left. Idempotent; returns how teed ended.
    @discardableResult
    func stop(sourceLocation: SourceLocation = #_sourceLocation) -> ExitStatus? {
        guard let child = process else { return nil }
        if let status = child.poll() { return status }
        let hosts = hostPIDs()
        child.signal(SIGTERM)
        let status = child.wait(timeout: 30)
        if status == nil {
            Issue.record("teed did not exit within 30 s of SIGTERM\n\(log)", sourceLocation: sourceLocation)
            child.terminate()
        }
        #expect(status == .exited(0), "teed ended with \(String(describing: child.status)) after SIGTERM\n\(log)",
                sourceLocation: sourceLocation)
        #expect(!FileSystem.exists(socketPath), "teed left its socket \(socketPath) behind", sourceLocation: sourceLocation)
        // Dead is enough here; whether teed also reaped them is DaemonLifecycleTests' concern.
        let leftover = hosts.filter { pid in !Clock.waitUntil(timeout: 5) { !ProcFS.isAlive(pid) } }
        #expect(leftover.isEmpty, "child processes of teed outlived it: \(leftover)", sourceLocation: sourceLocation)
        return child.status
    }

    /// SIGKILL, as a crash would end teed; returns the children it had.
    @discardableResult
    func killHard() -> [pid_t] {
        guard let child = process, child.poll() == nil else { return [] }
        let hosts = hostPIDs()
        child.signal(SIGKILL)
        _ = child.wait(timeout: 10)
        return hosts
    }
}
