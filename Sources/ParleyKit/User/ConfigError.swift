/// Why the config file could not be read, with file and line. The words are
/// in ParleyUI (`Catalogue.message(_:)`), in every language.
public struct ConfigError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        /// The file is there but cannot be read; the system's reason.
        case unreadable(reason: String)
        case notUTF8
        /// A line that is not `key: value`, in the front matter parser's words.
        case syntax(String)
        case givenTwice(key: String)
        case unknownSetting(key: String, known: [String])
    }

    public var file: String
    public var line: Int?
    public var problem: Problem

    public init(file: String, line: Int?, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }
}
