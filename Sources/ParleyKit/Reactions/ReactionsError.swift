/// Why a reactions file could not be read, with file and line. The words
/// are in ParleyUI's `Catalogue` (`message(_: ReactionsError)`).
public struct ReactionsError: Error, Equatable, Sendable {
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, for syntax errors.
    public var column: Int?
    public var problem: ReactionsProblem

    public init(file: String, line: Int? = nil, column: Int? = nil, problem: ReactionsProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }
}

/// What is wrong with a reactions file (docs/reactions-format.md).
public enum ReactionsProblem: Equatable, Sendable {
    /// The file could not be read at all.
    case cannotRead(FileSystemError)
    /// Larger than the most parley reads in a reactions file.
    case tooLarge(megabytes: Int)
    /// Not JSON.
    case syntax(JSONSyntaxProblem)
    /// The top level is not an object.
    case notAnObject(found: JSONKind)
    case versionNotANumber
    case articleNotAString
    case reactionsNotAnArray
    case conflictsNotAnArray
    /// Reaction `number` (1-based) is not an object.
    case reactionNotAnObject(number: Int, found: JSONKind)
    case reactionWithoutID(number: Int)
    case sameID(number: Int, earlier: Int, id: String)
    case reactionWithoutText(number: Int)
    /// A field that is a string or null holds another kind.
    case fieldNotAString(number: Int, field: String, found: JSONKind)
    case postedNotATime(number: Int, found: String)
}
