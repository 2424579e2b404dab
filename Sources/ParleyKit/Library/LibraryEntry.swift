/// One article of the library, with its reactions as far as they could be read.
public struct LibraryEntry: Sendable {
    public var article: Article
    /// The article file's path.
    public var file: String
    public var reactions: ReactionsState
    /// Problems that do not stop the article from being read.
    public var warnings: [ArticleWarning]

    public var slug: String { article.slug }

    /// The number of reactions, 0 when they could not be read.
    public var reactionCount: Int {
        if case .loaded(let document) = reactions { return document.reactions.count }
        return 0
    }
}

/// What is known of an article's reactions file.
public enum ReactionsState: Sendable {
    /// There is no reactions file (yet): no reactions.
    case none
    case loaded(ReactionsDocument)
    /// The file is there but cannot be read: the article is still shown, with this reason.
    case failed(ReactionsError)

    public var document: ReactionsDocument? {
        if case .loaded(let document) = self { return document }
        return nil
    }

    public var error: ReactionsError? {
        if case .failed(let error) = self { return error }
        return nil
    }
}
