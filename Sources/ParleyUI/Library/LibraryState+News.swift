import ParleyKit

/// What is new to the reader in the library: articles never opened, and
/// per article the reactions not seen yet.
public struct ArticleNews: Equatable, Sendable {
    public var opened: Bool
    public var newReactions: Int
}

extension LibraryState {
    /// Counts, per article, what is new according to `reading`.
    mutating func trackNews(_ reading: LibraryReadingState) {
        var news: [String: ArticleNews] = [:]
        for entry in library.entries {
            news[entry.slug] = ArticleNews(
                opened: reading.wasOpened(slug: entry.slug),
                newReactions: reading.newReactionCount(slug: entry.slug, reactions: entry.reactions.document?.reactions ?? [])
            )
        }
        self.news = news
    }

    /// The reader left `slug` with `newReactions` still unseen.
    mutating func read(_ slug: String, newReactions: Int) {
        guard news != nil else { return }
        news?[slug] = ArticleNews(opened: true, newReactions: newReactions)
    }

    /// The words for an article's news column: "new", "2 new", or nothing.
    func newsText(_ slug: String, ui: Catalogue) -> String {
        guard let item = news?[slug] else { return "" }
        if !item.opened { return ui.newMark }
        return item.newReactions > 0 ? ui.newReactionCount(item.newReactions) : ""
    }
}
