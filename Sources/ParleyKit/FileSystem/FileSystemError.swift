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

    public var reason: String {
        if let kind = notRegular { return Self.notRegularReason(kind) }
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }

    public var description: String { "\(path): cannot \(operation.rawValue): \(reason)" }

    public var isNotFound: Bool { code == ENOENT && notRegular == nil }

    public static func notRegularReason(_ kind: FileKind) -> String {
        let what: String
        switch kind {
        case .directory: what = "a folder"
        case .fifo: what = "a FIFO (named pipe)"
        case .socket: what = "a socket"
        case .characterDevice, .blockDevice: what = "a device"
        case .symbolicLink: what = "a symbolic link, which parley does not follow here"
        case .other: what = "a special file"
        }
        return "not a regular file but \(what)"
    }
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
