import ParleyKit

/// Laid-out versions of one article by width. Laying out costs time in
/// proportion to the article, so it happens once per width: a resize back
/// and forth, or a key press, never lays the article out again.
struct LayoutCache: Sendable {
    let entry: LibraryEntry
    let options: LayoutOptions
    private var layouts: [Int: ArticleLayout] = [:]
    private var recent: [Int] = []
    /// Enough for dragging a window edge back and forth without keeping
    /// every width ever seen.
    static let capacity = 4

    init(entry: LibraryEntry, options: LayoutOptions) {
        self.entry = entry
        self.options = options
    }

    mutating func layout(width: Int) -> ArticleLayout {
        recent.removeAll { $0 == width }
        recent.append(width)
        if let layout = layouts[width] { return layout }
        let layout = ArticleLayout(article: entry.article, reactions: entry.reactions, width: width, options: options)
        layouts[width] = layout
        while recent.count > Self.capacity {
            layouts[recent.removeFirst()] = nil
        }
        return layout
    }
}
