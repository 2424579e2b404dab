/// Why a draft could not be read, saved or removed. The words are in
/// ParleyUI's `Catalogue` (`message(_: DraftError)`).
public enum DraftError: Error, Equatable, Sendable {
    /// The draft file is there but is not a draft.
    case unreadable(file: String, line: Int, column: Int?, problem: DraftProblem)
    case fileSystem(FileSystemError)
    /// A slug that cannot name a file (a folder, a hidden file).
    case invalidArticleName(String)
}

/// What is wrong inside a draft file.
public enum DraftProblem: Equatable, Sendable {
    case syntax(JSONSyntaxProblem)
    case notAnObject(found: JSONKind)
    case fieldNotAString(field: String, found: JSONKind)
    case noText
}
