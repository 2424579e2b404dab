/// One article as the library lists it (`parley list`, the library screen):
/// what its front matter says, how many questions it has and its reactions,
/// without the article parsed (`ArticleSummary`). `Library.loadEntry` reads
/// one article whole.
public struct ListedArticle: Sendable {
    public var summary: ArticleSummary
    /// The article file's path.
    public var file: String
    public var reactions: ReactionsState

    public init(summary: ArticleSummary, file: String, reactions: ReactionsState) {
        self.summary = summary
        self.file = file
        self.reactions = reactions
    }

    public var slug: String { summary.slug }
    public var title: String { summary.title }
    public var metadata: ArticleMetadata { summary.metadata }
    public var questionCount: Int { summary.questionCount }

    /// The number of reactions, 0 when they could not be read.
    public var reactionCount: Int {
        if case .loaded(let document) = reactions { return document.reactions.count }
        return 0
    }
}
