#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file operation: what was attempted, on which path, and the
/// system's reason, in one line a person can act on.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var code: Int32
    /// Set when the path is there but is not a regular file (a FIFO, a
    /// device, a folder, a link where none may be): `code` is then EINVAL.
    public var notRegular: FileKind?

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
        self.notRegular = nil
    }

    public init(path: String, operation: String, notRegular kind: FileKind) {
        self.path = path
        self.operation = operation
        self.code = kind == .directory ? EISDIR : EINVAL
        self.notRegular = kind
    }

    static func current(_ operation: String, _ path: String) -> FileSystemError {
        FileSystemError(path: path, operation: operation, code: errno)
    }

    public var reason: String {
        if let kind = notRegular { return Self.notRegularReason(kind) }
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }

    public var description: String { "\(path): cannot \(operation): \(reason)" }

    public var isNotFound: Bool { code == ENOENT && notRegular == nil }

    static func notRegularReason(_ kind: FileKind) -> String {
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
