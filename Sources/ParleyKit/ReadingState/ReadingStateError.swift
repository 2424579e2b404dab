/// Why the reading state could not be read or kept. None of them stops
/// parley: it goes on with what it has (empty state at worst). The words
/// are in ParleyUI's `Catalogue+ReadingState`.
public enum ReadingStateError: Error, Equatable, Sendable {
    /// The file is there but is not a state file (`line` 0: not JSON at all).
    case unreadable(file: String, line: Int, problem: ReadingStateProblem)
    /// Written by a newer parley: read as empty and never written over.
    case newerVersion(file: String, version: Int)
    case fileSystem(FileSystemError)
}

/// What is wrong inside a state file.
public enum ReadingStateProblem: Equatable, Sendable {
    /// A part of the file, as a message names it.
    public enum Part: Equatable, Sendable {
        case file
        case articles
        case article(slug: String)
        case seen(slug: String)
    }

    case syntax(JSONSyntaxProblem)
    case notAnObject(Part, found: JSONKind)
    case noVersion
    case unknownVersion(Int)
    case nameNotAString(found: JSONKind)
    case invalidArticleName(String)
    case noChangedTime(slug: String)
    case openedNotATime(slug: String)
    case positionDamaged(slug: String)
    case seenDamaged(slug: String)
}

/// What a person is told, once, about the state file.
public enum ReadingStateNotice: Equatable, Sendable {
    /// An unreadable state file was moved to `movedTo`; parley goes on with empty state.
    case setAside(file: String, movedTo: String, problem: ReadingStateError)
    /// It could not even be moved: parley goes on with empty state and does not write.
    case leftInPlace(file: String, problem: ReadingStateError)
    /// A newer parley's file: left alone, not written.
    case newerVersion(file: String, version: Int)
}
