import ParleyKit

/// What is new to the reader in the library: articles never opened, and
/// per article the reactions not seen yet.
public struct ArticleNews: Hashable, Sendable {
    public var opened: Bool
    public var newReactions: Int

    /// The words for the news column: "new", "2 new", or nothing.
    static func text(_ item: ArticleNews, ui: Catalogue) -> String {
        if !item.opened { return ui.newMark }
        return item.newReactions > 0 ? ui.newReactionCount(item.newReactions) : ""
    }
}

extension LibraryState {
    /// Counts, per article, what is new according to `reading`.
    mutating func trackNews(_ reading: LibraryReadingState) {
        var news: [String: ArticleNews] = [:]
        news.reserveCapacity(library.entries.count)
        for entry in library.entries {
            let state = reading.articles[entry.slug]
            news[entry.slug] = ArticleNews(
                opened: state?.wasOpened ?? false,
                newReactions: LibraryReadingState.newReactionCount(state, reactions: entry.reactions.document?.reactions ?? [])
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
        news?[slug].map { ArticleNews.text($0, ui: ui) } ?? ""
    }
}
