#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file operation: what was attempted, on which path, and the
/// system's reason, in one line a person can act on.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var operation: FileOperation
    public var code: Int32

    public init(path: String, operation: FileOperation, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    static func current(_ operation: FileOperation, _ path: String) -> FileSystemError {
        FileSystemError(path: path, operation: operation, code: errno)
    }

    public var reason: String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }

    public var description: String { "\(path): cannot \(operation.rawValue): \(reason)" }

    public var isNotFound: Bool { code == ENOENT }
}

/// What a file operation attempted: a typed value, so that handling can ask
/// which one failed without reading words.
///
/// The raw value is the phrase of `FileSystemError.description` ("cannot
/// keep its group"), which still speaks English only.
public enum FileOperation: String, Sendable, CaseIterable {
    case read = "read"
    case write = "write"
    case create = "create"
    case createFileIn = "create a file in"
    case createTemporaryFile = "create a temporary file"
    case createFolder = "create the folder"
    case createLockFile = "create the lock file"
    case lock = "lock"
    case list = "list"
    case lookUp = "look up"
    case move = "move"
    case remove = "remove"
    case replace = "replace"
    case setModeOf = "set the mode of"
    case sync = "sync"
    case syncFolder = "sync the folder"
    case keepGroup = "keep its group"
    case keepMode = "keep its mode"
    case openLibraryFolder = "open the library folder"

    /// Giving the new file the old one's group or mode: failing it is no
    /// sign of an unwritable folder.
    public var isKeepingOwnership: Bool { self == .keepGroup || self == .keepMode }
}
