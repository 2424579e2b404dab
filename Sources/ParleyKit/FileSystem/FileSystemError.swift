#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file operation: what was attempted, on which path, and the
/// system's reason, as values. The words ("cannot keep its group", "not a
/// regular file but a FIFO") are in ParleyUI's `Catalogue`
/// (`message(_: FileSystemError)`, `reason(_:)`).
public struct FileSystemError: Error, Equatable, Sendable {
    public var path: String
    public var operation: FileOperation
    public var code: Int32
    /// Set when the path is there but is not a regular file (a FIFO, a
    /// device, a folder, a link where none may be): `code` is then EINVAL.
    public var notRegular: FileKind?

    public init(path: String, operation: FileOperation, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
        self.notRegular = nil
    }

    public init(path: String, operation: FileOperation, notRegular kind: FileKind) {
        self.path = path
        self.operation = operation
        self.code = kind == .directory ? EISDIR : EINVAL
        self.notRegular = kind
    }

    static func current(_ operation: FileOperation, _ path: String) -> FileSystemError {
        FileSystemError(path: path, operation: operation, code: errno)
    }

    public var isNotFound: Bool { code == ENOENT && notRegular == nil }

    /// The path of standard input, as the command line names it; the
    /// catalogue says "standard input".
    public static let standardInput = "-"
}

/// What a file operation attempted: a typed value, so that handling can ask
/// which one failed without reading words.
///
/// Its words ("keep its group") are in ParleyUI's `Catalogue`.
public enum FileOperation: Sendable, CaseIterable {
    case read
    case write
    case create
    case createFileIn
    case createTemporaryFile
    case createFolder
    case createLockFile
    case lock
    case list
    case lookUp
    case move
    case remove
    case replace
    case setModeOf
    case sync
    case syncFolder
    case keepGroup
    case keepMode
    case openLibraryFolder

    /// Giving the new file the old one's group or mode: failing it is no
    /// sign of an unwritable folder.
    public var isKeepingOwnership: Bool { self == .keepGroup || self == .keepMode }
}
