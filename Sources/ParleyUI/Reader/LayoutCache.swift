import ParleyKit

/// Laid-out versions of one article by width, each as far as it has been
/// read at that width. A resize back and forth, or a key press, never lays
/// out again what was laid out once.
struct LayoutCache: Sendable {
    let options: LayoutOptions
    private var layouts: [Int: ArticleLayout] = [:]
    private var recent: [Int] = []
    /// Enough for dragging a window edge back and forth without keeping
    /// every width ever seen.
    static let capacity = 4

    init(options: LayoutOptions) {
        self.options = options
    }

    /// The layout for `width`: the one kept, or the article's head, laid out now.
    mutating func layout(width: Int, article: IncrementalArticle) -> ArticleLayout {
        recent.removeAll { $0 == width }
        recent.append(width)
        if let layout = layouts[width] { return layout }
        let layout = ArticleLayout(beginningOf: article, width: width, options: options)
        keep(layout)
        return layout
    }

    /// Keeps a layout that was extended since it was handed out.
    mutating func keep(_ layout: ArticleLayout) {
        if !recent.contains(layout.width) { recent.append(layout.width) }
        layouts[layout.width] = layout
        while recent.count > Self.capacity {
            layouts[recent.removeFirst()] = nil
        }
    }
}
