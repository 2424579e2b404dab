/// Why the config file could not be read, with file and line. The words are
/// in ParleyUI (`Catalogue.message(_:)`), in every language.
public struct ConfigError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        /// The file is there but cannot be read.
        case unreadable(FileSystemError)
        case notUTF8
        /// A line that is not `key: value`, as the front matter parser finds it.
        case syntax(ArticleProblem)
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
