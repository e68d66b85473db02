import TEEABI
import TEEImage

/// The codec of `<state>/ta-versions`: the lowest TA version teed will still load, per UUID,
/// as text a person can read, closed by an HMAC-SHA256 over everything before it:
///
///     swift-tee ta-versions 1
///     8aaaf200-2450-11e4-abe2-0002a5d5c51b 3
///     hmac-sha256 <64 hex digits>
///
/// Decoding is strict (one header, sorted unique UUIDs, decimal u32 versions, the tag last).
enum TAVersionFloorFile {
    static let firstLine = "swift-tee ta-versions 1"
    static let tagPrefix = "hmac-sha256 "
    static let maxSize = 1 << 20

    enum DecodeError: Error, Equatable, CustomStringConvertible {
        case malformed(String)
        case badTag

        var description: String {
            switch self {
            case let .malformed(why): "malformed (\(why))"
            case .badTag: "its HMAC does not match (edited by something other than teed)"
            }
        }
    }

    static func encode(_ floors: [TEEUUID: UInt32], key: [UInt8]) throws(TAImageError) -> [UInt8] {
        var text = firstLine + "\n"
        for (uuid, version) in floors.sorted(by: { $0.key < $1.key }) { text += "\(uuid) \(version)\n" }
        let body = Array(text.utf8)
        return body + Array((tagPrefix + Hex.encode(try SHA256.hmac(key: key, body)) + "\n").utf8)
    }

    static func decode(_ bytes: [UInt8], key: [UInt8]) throws(DecodeError) -> [TEEUUID: UInt32] {
        guard bytes.count <= maxSize, bytes.last == UInt8(ascii: "\n") else { throw .malformed("not newline-terminated text") }
        let lines = bytes.dropLast().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count >= 2, String(decoding: lines[0], as: UTF8.self) == firstLine else { throw .malformed("unknown header") }
        // The tag covers every byte up to its own line.
        let tagLine = String(decoding: lines[lines.count - 1], as: UTF8.self)
        guard tagLine.hasPrefix(tagPrefix), let tag = Hex.decode(tagLine.dropFirst(tagPrefix.count)), tag.count == 32 else {
            throw .malformed("no HMAC line")
        }
        let body = Array(bytes[..<lines[lines.count - 1].startIndex])
        guard let expected = try? SHA256.hmac(key: key, body), ConstantTime.equal(expected, tag) else { throw .badTag }
        var floors = [TEEUUID: UInt32]()
        var previous: TEEUUID?
        for line in lines[1..<lines.count - 1] {
            let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
            guard fields.count == 2, let uuid = TEEUUID(String(decoding: fields[0], as: UTF8.self)),
                  fields[1].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                  let version = UInt32(String(decoding: fields[1], as: UTF8.self)) else {
                throw .malformed("bad entry")
            }
            guard previous.map({ $0 < uuid }) ?? true else { throw .malformed("entries out of order") }
            previous = uuid
            floors[uuid] = version
        }
        return floors
    }
}
