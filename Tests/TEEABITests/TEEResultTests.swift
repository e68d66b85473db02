import Testing
import TEEABI

@Suite("TEEResult, TEEOrigin and TEEError")
struct TEEResultTests {
    @Test("known results describe themselves by name and hex code", arguments: [
        (TEEResult.success, "SUCCESS (0x0)"),
        (.corruptObject, "CORRUPT_OBJECT (0xF0100001)"),
        (.storageNotAvailable, "STORAGE_NOT_AVAILABLE (0xF0100003)"),
        (.generic, "GENERIC (0xFFFF0000)"),
        (.accessDenied, "ACCESS_DENIED (0xFFFF0001)"),
        (.cancel, "CANCEL (0xFFFF0002)"),
        (.accessConflict, "ACCESS_CONFLICT (0xFFFF0003)"),
        (.excessData, "EXCESS_DATA (0xFFFF0004)"),
        (.badFormat, "BAD_FORMAT (0xFFFF0005)"),
        (.badParameters, "BAD_PARAMETERS (0xFFFF0006)"),
        (.badState, "BAD_STATE (0xFFFF0007)"),
        (.itemNotFound, "ITEM_NOT_FOUND (0xFFFF0008)"),
        (.notImplemented, "NOT_IMPLEMENTED (0xFFFF0009)"),
        (.notSupported, "NOT_SUPPORTED (0xFFFF000A)"),
        (.noData, "NO_DATA (0xFFFF000B)"),
        (.outOfMemory, "OUT_OF_MEMORY (0xFFFF000C)"),
        (.busy, "BUSY (0xFFFF000D)"),
        (.communication, "COMMUNICATION (0xFFFF000E)"),
        (.security, "SECURITY (0xFFFF000F)"),
        (.shortBuffer, "SHORT_BUFFER (0xFFFF0010)"),
        (.externalCancel, "EXTERNAL_CANCEL (0xFFFF0011)"),
        (.timeout, "TIMEOUT (0xFFFF3001)"),
        (.overflow, "OVERFLOW (0xFFFF300F)"),
        (.targetDead, "TARGET_DEAD (0xFFFF3024)"),
        (.storageNoSpace, "STORAGE_NO_SPACE (0xFFFF3041)"),
    ])
    func descriptions(_ result: TEEResult, _ expected: String) {
        #expect(result.description == expected)
    }

    @Test("unknown results are kept and shown as hex")
    func unknown() {
        #expect(TEEResult(0x1234_ABCD).description == "0x1234ABCD")
        #expect(TEEResult(0xFFFF_0012).description == "0xFFFF0012")
        #expect(TEEResult(rawValue: 7) == TEEResult(7))
        #expect(TEEResult(0x1234_ABCD).rawValue == 0x1234_ABCD)
    }

    @Test("GP numeric values of the codes clients check")
    func values() {
        #expect(TEEResult.targetDead.rawValue == 0xFFFF_3024)
        #expect(TEEResult.busy.rawValue == 0xFFFF_000D)
        #expect(TEEResult.cancel.rawValue == 0xFFFF_0002)
        #expect(TEEResult.badParameters.rawValue == 0xFFFF_0006)
        #expect(TEEResult.itemNotFound.rawValue == 0xFFFF_0008)
        #expect(TEEResult.shortBuffer.rawValue == 0xFFFF_0010)
    }

    @Test("origins are GP's TEEC_ORIGIN_* and describe themselves")
    func origins() {
        #expect(TEEOrigin.api.rawValue == 1 && TEEOrigin.api.description == "API")
        #expect(TEEOrigin.comms.rawValue == 2 && TEEOrigin.comms.description == "COMMS")
        #expect(TEEOrigin.tee.rawValue == 3 && TEEOrigin.tee.description == "TEE")
        #expect(TEEOrigin.trustedApp.rawValue == 4 && TEEOrigin.trustedApp.description == "TRUSTED_APP")
        #expect(TEEOrigin(rawValue: 9).description == "origin 9")
    }

    @Test("errors pair a result with its origin")
    func errors() {
        #expect(TEEError.targetDead == TEEError(.targetDead, origin: .tee))
        #expect(TEEError.tee(.busy).origin == .tee)
        #expect(TEEError.comms(.communication).origin == .comms)
        #expect(TEEError(.busy, origin: .tee).description == "BUSY (0xFFFF000D) from TEE")
        #expect(TEEError(.shortBuffer, origin: .trustedApp).description == "SHORT_BUFFER (0xFFFF0010) from TRUSTED_APP")
        #expect(TEEError(.busy, origin: .tee) != TEEError(.busy, origin: .api))
    }

    @Test("login methods and TA flags have GP's values")
    func loginAndFlags() {
        #expect(LoginMethod.public.rawValue == 0 && LoginMethod.user.rawValue == 1 && LoginMethod.group.rawValue == 2)
        #expect(LoginMethod.application.rawValue == 4 && LoginMethod.userApplication.rawValue == 5)
        #expect(LoginMethod.groupApplication.rawValue == 6 && LoginMethod.trustedApp.rawValue == 0xF000_0000)
        #expect(LoginMethod.group.description == "group" && LoginMethod(rawValue: 3).description == "login 3")
        #expect(TAFlags.singleInstance.rawValue == 0x4 && TAFlags.multiSession.rawValue == 0x8)
        #expect(TAFlags.instanceKeepAlive.rawValue == 0x10)
        #expect(TAFlags([.singleInstance, .instanceKeepAlive]).keepsInstanceAlive)
        #expect(!TAFlags.instanceKeepAlive.keepsInstanceAlive)
        #expect(!TAFlags.singleInstance.keepsInstanceAlive)
    }
}
