import TEEABI

/// One TA's share of the store, for `teectl storage list`: no ids, no contents.
public struct StorageOwnerUsage: Equatable, Sendable {
    public var owner: TEEUUID
    public var objects: Int
    /// The objects' data bytes.
    public var bytes: Int

    public init(owner: TEEUUID, objects: Int, bytes: Int) {
        self.owner = owner
        self.objects = objects
        self.bytes = bytes
    }
}

/// What `verify()` found, for `teectl storage verify`: never an object id or a byte of
/// content, only owners and file names.
public struct StorageVerification: Sendable {
    public var objectsChecked = 0
    /// Data bytes of the objects that checked out.
    public var bytes = 0
    public var problems: [StorageProblem] = []

    public init() {}

    public var isIntact: Bool { problems.isEmpty }
}

public struct StorageProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The index on disk fails its check or differs from the one the store opened.
        case index
        /// The anchor records a later commit than the index holds.
        case anchor
        /// An object's file is gone.
        case missingFile
        /// An object's file fails its checks.
        case corruptFile
        /// An object's file could not be read.
        case unreadableFile
        /// A file the store does not know (left alone).
        case unknownFile
    }

    public var kind: Kind
    public var owner: TEEUUID?
    public var file: String?

    public init(_ kind: Kind, owner: TEEUUID? = nil, file: String? = nil) {
        self.kind = kind
        self.owner = owner
        self.file = file
    }

    public var description: String {
        "\(kind)" + (owner.map { " owner \($0)" } ?? "") + (file.map { " file \($0)" } ?? "")
    }
}
