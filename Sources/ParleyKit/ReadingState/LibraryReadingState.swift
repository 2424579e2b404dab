import FoundationEssentials

/// What one reader remembers of one library: per article (by slug) where
/// they stopped, what they saw and whether they opened it, and the name they
/// last put under a reaction here.
public struct LibraryReadingState: Equatable, Sendable {
    /// The format version of a state file.
    public static let currentVersion = 1
    /// An article absent from the library this long is dropped from the state
    /// (a checkout or a sync can take an article away for a while).
    public static let pruneAfter: Duration = .seconds(30 * 24 * 3600)
    /// At most this many articles are kept; the least recently changed go first.
    public static let maximumArticles = 2_000

    /// The library's real path, for a person reading the file.
    public var library: String
    public var lastName: String?
    public var articles: [String: ArticleReadingState]

    public init(library: String, lastName: String? = nil, articles: [String: ArticleReadingState] = [:]) {
        self.library = library
        self.lastName = lastName
        self.articles = articles
    }

    /// How many of `reactions` are new to the reader: all of them for an
    /// article they never opened nor reacted to; else those not seen.
    public func newReactionCount(slug: String, reactions: [Reaction]) -> Int {
        Self.newReactionCount(articles[slug], reactions: reactions)
    }

    /// `newReactionCount` for an article's state already looked up.
    public static func newReactionCount(_ state: ArticleReadingState?, reactions: [Reaction]) -> Int {
        guard let state else { return reactions.count }
        return reactions.count - state.seen.seenCount(of: reactions)
    }

    public func wasOpened(slug: String) -> Bool {
        articles[slug]?.wasOpened ?? false
    }

    /// This state written over `other` (what another parley wrote meanwhile):
    /// the articles in `changed` and the name (when `nameChanged`) are this
    /// one's, everything else is `other`'s. Last writer wins per article.
    public func merged(over other: LibraryReadingState, changed: Set<String>, nameChanged: Bool) -> LibraryReadingState {
        var result = other
        result.library = library
        if nameChanged { result.lastName = lastName }
        for slug in changed {
            result.articles[slug] = articles[slug]
        }
        return result
    }

    /// Drops articles that are not in `existing` and were last changed more
    /// than `pruneAfter` before `now`, then the least recently changed past
    /// `maximumArticles`.
    public mutating func prune(existing: Set<String>, now: Date) {
        let limit = now.addingTimeInterval(-Double(Self.pruneAfter.components.seconds))
        articles = articles.filter { slug, state in existing.contains(slug) || state.changed.date >= limit }
        if articles.count > Self.maximumArticles {
            let keep = articles.sorted { $0.value.changed.date > $1.value.changed.date }.prefix(Self.maximumArticles)
            articles = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.value) })
        }
    }
}
