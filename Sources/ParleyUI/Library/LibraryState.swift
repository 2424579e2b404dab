import ParleyKit

/// The library screen: every article, the selected one, and the filter
/// typed after `/`.
public struct LibraryState: Sendable {
    public internal(set) var library: Library {
        didSet {
            columnWidths.measure(library.entries, ui: ui)
            columnWidths.measure(news, of: library.entries, ui: ui)
        }
    }
    /// Indices into `library.entries` that pass the filter, in library order.
    public private(set) var rows: [Int]
    /// Index into `rows`.
    public private(set) var selected = 0
    /// The first row on screen.
    public private(set) var scroll = 0
    public private(set) var geometry: LibraryGeometry
    /// The filter in effect (empty: all articles).
    public private(set) var filter = ""
    /// The filter being typed; nil when not typing.
    public private(set) var prompt: PromptText?
    /// What is new to the reader, per slug; nil when no reading state is kept.
    public internal(set) var news: [String: ArticleNews]? {
        didSet { columnWidths.measure(news, of: library.entries, ui: ui) }
    }
    /// The words of the columns, in parley's language.
    let ui: Catalogue
    /// How wide each column's widest cell is, over every article: measured
    /// when the articles or their news change, so that a frame draws only
    /// the rows on screen, not the whole library.
    private(set) var columnWidths: LibraryColumnWidths

    public init(library: Library, size: GridSize, ui: Catalogue) {
        self.library = library
        self.ui = ui
        rows = Array(library.entries.indices)
        geometry = LibraryGeometry(size: size)
        columnWidths = LibraryColumnWidths(entries: library.entries, ui: ui)
    }

    public var selectedEntry: ListedArticle? {
        rows.indices.contains(selected) ? library.entries[rows[selected]] : nil
    }

    mutating func resize(to size: GridSize) {
        geometry = LibraryGeometry(size: size)
        keepSelectionVisible()
    }

    mutating func move(by delta: Int) {
        select(selected + delta)
    }

    mutating func select(_ row: Int) {
        selected = max(0, min(row, rows.count - 1))
        keepSelectionVisible()
    }

    var lastRow: Int { max(0, rows.count - 1) }
    var page: Int { max(1, geometry.listRows) }

    private mutating func keepSelectionVisible() {
        let visible = max(1, geometry.listRows)
        if selected < scroll { scroll = selected }
        if selected >= scroll + visible { scroll = selected - visible + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - visible)))
    }

    /// The library read again (after a sync): the same article stays
    /// selected, the filter stays in effect.
    mutating func reload(_ newer: Library) {
        let slug = selectedEntry?.slug
        library = newer
        rows = []  // indices into the old library mean nothing in the new one
        setFilter(filter)
        if let slug, let row = rows.firstIndex(where: { library.entries[$0].slug == slug }) { select(row) }
    }

    // MARK: - Filter

    mutating func startFilter() {
        prompt = PromptText(filter)
    }

    /// A key while the filter prompt is open: accepting keeps the filter,
    /// cancelling clears it.
    mutating func typeInFilter(_ key: Key, keys: Keymap<PromptCommand>) {
        guard var typing = prompt else { return }
        switch LineEditor.apply(key, to: &typing, keys: keys) {
        case .accepted, .emptied:
            prompt = nil
        case .cancelled:
            prompt = nil
            setFilter("")
        case .edited:
            prompt = typing
            setFilter(typing.text)
        case .ignored:
            break
        }
    }

    mutating func pasteInFilter(_ text: String) {
        guard prompt != nil else { return }
        prompt?.insert(text)
        setFilter(prompt?.text ?? "")
    }

    mutating func setFilter(_ text: String) {
        let keep = selectedEntry?.slug
        filter = text
        let needle = text.lowercased()
        rows = library.entries.indices.filter { index in
            needle.isEmpty || Self.searchableText(library.entries[index]).contains(needle)
        }
        selected = keep.flatMap { slug in rows.firstIndex { library.entries[$0].slug == slug } } ?? 0
        scroll = 0
        keepSelectionVisible()
    }

    private static func searchableText(_ entry: ListedArticle) -> String {
        [entry.title, entry.metadata.interviewee ?? "", entry.metadata.source ?? "", entry.slug]
            .joined(separator: "\n").lowercased()
    }
}
