import Testing
import TEEABI

@Suite("TEEUUID")
struct TEEUUIDTests {
    static let helloWorld = "8aaaf200-2450-11e4-abe2-0002a5d5c51b"

    @Test("parses the canonical form into TEEC_UUID fields")
    func parseFields() throws {
        let uuid = try #require(TEEUUID(Self.helloWorld))
        #expect(uuid.timeLow == 0x8aaa_f200)
        #expect(uuid.timeMid == 0x2450)
        #expect(uuid.timeHiAndVersion == 0x11e4)
        #expect(uuid.clockSeqAndNode == [0xab, 0xe2, 0x00, 0x02, 0xa5, 0xd5, 0xc5, 0x1b])
        #expect(uuid.version == 1)
        #expect(uuid.octets == [0x8a, 0xaa, 0xf2, 0x00, 0x24, 0x50, 0x11, 0xe4,
                                0xab, 0xe2, 0x00, 0x02, 0xa5, 0xd5, 0xc5, 0x1b])
    }

    @Test("formats as lowercase 8-4-4-4-12 and round trips",
          arguments: [helloWorld, "2ef8eb90-feb3-4f4e-8347-d638a983d7df", "00000000-0000-0000-0000-000000000000",
                      "ffffffff-ffff-ffff-ffff-ffffffffffff", "58ac9ca0-2086-4683-a1b8-ec4bc08e01b6"])
    func roundTrip(_ string: String) throws {
        let uuid = try #require(TEEUUID(string))
        #expect(uuid.description == string)
        #expect(TEEUUID(uuid.description) == uuid)
        #expect(TEEUUID(octets: uuid.octets) == uuid)
    }

    @Test("parsing is case-insensitive; formatting is lowercase")
    func caseInsensitive() throws {
        let upper = try #require(TEEUUID(Self.helloWorld.uppercased()))
        #expect(upper == TEEUUID(Self.helloWorld))
        #expect(upper.description == Self.helloWorld)
        #expect(TEEUUID("8AaAf200-2450-11E4-aBe2-0002A5d5C51b") == upper)
    }

    @Test("the TEEC_UUID field initializer agrees with the string form")
    func fieldInitializer() {
        let fields = TEEUUID(timeLow: 0x8aaa_f200, timeMid: 0x2450, timeHiAndVersion: 0x11e4,
                             clockSeqAndNode: [0xab, 0xe2, 0x00, 0x02, 0xa5, 0xd5, 0xc5, 0x1b])
        #expect(fields == TEEUUID(Self.helloWorld))
        #expect(fields.description == Self.helloWorld)
        // Short clockSeqAndNode is zero-padded; long is cut to 8 bytes.
        #expect(TEEUUID(timeLow: 1, timeMid: 2, timeHiAndVersion: 3, clockSeqAndNode: [4]).description
                == "00000001-0002-0003-0400-000000000000")
        #expect(TEEUUID(timeLow: 1, timeMid: 2, timeHiAndVersion: 3, clockSeqAndNode: Array(1...12)).octets.count == 16)
    }

    @Test("rejects strings that are not a canonical UUID", arguments: [
        "",
        "8aaaf200245011e4abe20002a5d5c51b",
        "8aaaf200-2450-11e4-abe2-0002a5d5c51",
        "8aaaf200-2450-11e4-abe2-0002a5d5c51b0",
        "8aaaf20-02450-11e4-abe2-0002a5d5c51b",
        "8aaaf200-2450-11e4-abe2-0002a5d5c51g",
        "8aaaf200-2450-11e4-abe2_0002a5d5c51b",
        "{8aaaf200-2450-11e4-abe2-0002a5d5c51b}",
        " 8aaaf200-2450-11e4-abe2-0002a5d5c51b",
        "8aaaf200-2450-11e4-abe2-0002a5d5c51b ",
        "8aaaf200-2450-11e4-abe2--0002a5d5c51b",
        "8aaaf200-2450-11e4-abe2-0002a5d5c51b-",
        "-8aaaf200-2450-11e4-abe2-0002a5d5c51b",
        "+aaaf200-2450-11e4-abe2-0002a5d5c51b",
        "0x8aaaf2-2450-11e4-abe2-0002a5d5c51b",
        "8aaaf200-2450-11e4-abe2-0002a5d5c5é1",
        "8aaaf200-2450-11e4-abe2-0002a5d5c51\u{301}b",
        "٨aaaf200-2450-11e4-abe2-0002a5d5c51b",
        "8aaaf200-2450-11e4-abe2-0002a5d5c51\u{0}",
        "--------------------------------",
        "----",
    ])
    func rejects(_ string: String) {
        #expect(TEEUUID(string) == nil)
    }

    @Test("octets must be exactly 16 bytes")
    func octetCount() {
        #expect(TEEUUID(octets: []) == nil)
        #expect(TEEUUID(octets: [UInt8](repeating: 1, count: 15)) == nil)
        #expect(TEEUUID(octets: [UInt8](repeating: 1, count: 17)) == nil)
        #expect(TEEUUID(octets: [UInt8](repeating: 1, count: 16)) != nil)
        #expect(TEEUUID.nil_.description == "00000000-0000-0000-0000-000000000000")
    }

    @Test("orders by octets")
    func ordering() throws {
        let a = try #require(TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7df"))
        let b = try #require(TEEUUID("2ef8eb90-feb3-4f4e-8347-d638a983d7e0"))
        let c = try #require(TEEUUID(Self.helloWorld))
        #expect(a < b && b < c)
        #expect([c, a, b].sorted() == [a, b, c])
        #expect(!(a < a))
    }
}
