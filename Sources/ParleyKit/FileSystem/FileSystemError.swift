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

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    static func current(_ operation: String, _ path: String) -> FileSystemError {
        FileSystemError(path: path, operation: operation, code: errno)
    }

    public var reason: String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }

    public var description: String { "\(path): cannot \(operation): \(reason)" }

    public var isNotFound: Bool { code == ENOENT }
}
