import Testing
import TEEClient

/// Commands of Tests/Fixtures/c/api_test_ta/include/api_test_ta.h for asymmetric crypto.
enum APIAsymmetricTest {
    static let checks: UInt32 = 40, misuse: UInt32 = 41
    /// Each case, and what teed's log says about the panic.
    static let misuses: [(UInt32, String)] = [
        (0, "TA panicked with code 0xffff0006"),  // libutee: BAD_PARAMETERS is no result of SignDigest
        (1, "TEE_DeriveKey with algorithm 0x80000042 failed: BAD_PARAMETERS"),  // the point is off the curve
        (2, "key type 0xA1000044 does not fit algorithm 0x70003042"),
    ]
}

extension Integration.CTrustedAppTests {
    @Test("asymmetric crypto from a C TA through libutee: ECDSA, RSA OAEP and PKCS #1, Ed25519, X25519, HKDF, SM2, with GP's results")
    func asymmetricCrypto() throws {
        let tee = try kit.startTEE(installing: ["api_test_ta"])
        defer { tee.stop() }
        let context = try tee.makeContext()
        defer { context.finalize() }
        let session = try context.openSession(uuid: APITest.uuid)
        defer { session.close() }
        var outputs = ClientOutputs()
        let error = teeError {
            try session.invoke(command: APIAsymmetricTest.checks, parameters: [.value(.valueOutput, a: 0, b: 0)],
                               outputs: &outputs)
        }
        #expect(error == nil, "\(String(describing: error)) at asymmetric_checks.c line \(outputs.values[0].a)\n\(tee.log)")
    }

    @Test("asymmetric misuse panics the C TA as on OP-TEE: the client sees TARGET_DEAD", arguments: APIAsymmetricTest.misuses)
    func asymmetricMisuse(which: UInt32, reason: String) throws {
        let tee = try kit.startTEE(installing: ["api_test_ta"])
        defer { tee.stop() }
        let context = try tee.makeContext()
        defer { context.finalize() }
        let session = try context.openSession(uuid: APITest.uuid)
        defer { session.close() }
        let error = teeError { _ = try session.invoke(APIAsymmetricTest.misuse, .valueInput(a: which)) }
        #expect(error == TEEError(.targetDead, origin: .tee), "\(which): \(String(describing: error))")
        #expect(tee.waitForLog { $0.contains(reason) }, "\(tee.log)")
        #expect(tee.isRunning)
    }
}
