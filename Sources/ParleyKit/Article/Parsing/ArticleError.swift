/// Why an article file could not be read, with the file and line a person
/// needs to fix it.
public struct ArticleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it (or the library path).
    public var file: String
    /// 1-based line, or nil when the problem is the file as a whole.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Something wrong in an article that does not stop it from being read
/// (the reader shows it; `parley check` reports it).
public struct ArticleWarning: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
