/// Why a draft could not be read, saved or removed.
public enum DraftError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The draft file is there but is not a draft.
    case unreadable(file: String, line: Int, column: Int?, message: String)
    case fileSystem(FileSystemError)
    /// A slug that cannot name a file (a folder, a hidden file).
    case invalidArticleName(String)

    public var description: String {
        switch self {
        case let .unreadable(file, line, column?, message): "\(file):\(line):\(column): \(message)"
        case let .unreadable(file, line, nil, message): "\(file):\(line): \(message)"
        case .fileSystem(let error): error.description
        case .invalidArticleName(let slug): "'\(slug)' is not an article name"
        }
    }
}
