import ParleyKit

/// One article being read: its layout for the current width, the line at
/// the top of the screen, and the search.
///
/// Every move costs time in proportion to the screen: the layout is made
/// once per width (`LayoutCache`), anchors are looked up, matches are found
/// by binary search.
public struct ReaderState: Sendable {
    public let entry: LibraryEntry
    public private(set) var layout: ArticleLayout
    public private(set) var geometry: ReaderGeometry
    /// The layout line at the top of the screen. It may be past the last
    /// full page: a jump puts its target at the top even near the end.
    public private(set) var top = 0
    public internal(set) var search = SearchState()
    /// The reaction marked with `]`/`[` in the reactions section (its id): what `R` answers.
    public internal(set) var selectedReaction: String?
    private var cache: LayoutCache
    private var position: ReadingPosition

    public init(entry: LibraryEntry, size: GridSize, options: LayoutOptions) {
        self.entry = entry
        geometry = ReaderGeometry(size: size)
        cache = LayoutCache(entry: entry, options: options)
        layout = cache.layout(width: geometry.measure)
        position = ReadingPosition(line: 0, in: layout)
    }

    public var article: Article { entry.article }
    public var questionCount: Int { layout.questionLines.count }

    /// The question whose heading or answer is at the top line, if any.
    public var currentQuestion: Int? { layout.question(atLine: top) }

    /// How far down the bottom of the screen is, in percent of the lines.
    public var percent: Int {
        let bottom = min(layout.lines.count, top + geometry.rows)
        return layout.lines.isEmpty ? 100 : bottom * 100 / layout.lines.count
    }

    /// The last top line that still fills the screen.
    var lastPageTop: Int { max(0, layout.lines.count - geometry.rows) }

    // MARK: - Moving

    /// Scrolls by `lines`, stopping at the top and at the last full page (a
    /// jump past it is not undone by scrolling down).
    mutating func scroll(by lines: Int) {
        if lines > 0 {
            setTop(max(top, min(top + lines, lastPageTop)))
        } else {
            setTop(max(0, top + lines))
        }
    }

    mutating func scrollToTop() { setTop(0) }
    mutating func scrollToBottom() { setTop(lastPageTop) }

    /// Puts `line` at the top of the screen.
    mutating func jump(to line: Int) {
        setTop(min(max(0, line), layout.lines.count - 1))
    }

    private mutating func setTop(_ line: Int) {
        top = line
        position = ReadingPosition(line: line, in: layout)
    }

    /// A new size: a new measure means a new layout, and the reader stays on
    /// the same paragraph (the same line, when the width comes back).
    mutating func resize(to size: GridSize) {
        let newGeometry = ReaderGeometry(size: size)
        guard newGeometry != geometry else { return }
        let oldMeasure = geometry.measure
        geometry = newGeometry
        if newGeometry.measure != oldMeasure {
            layout = cache.layout(width: newGeometry.measure)
            top = layout.line(for: position)
            refreshMatches()
        }
    }

    // MARK: - Questions

    /// The first question starting below the top line.
    var nextQuestionLine: Int? {
        layout.questionLines.first { $0 > top }
    }

    /// The last question starting above the top line.
    var previousQuestionLine: Int? {
        layout.questionLines.last { $0 < top }
    }

    func questionLine(_ number: Int) -> Int? {
        layout.line(of: .question(number))
    }

    var reactionsLine: Int? {
        layout.line(of: .reactions)
    }

    // MARK: - Search

    /// Recomputes the matches for a new layout, keeping the current one on screen.
    private mutating func refreshMatches() {
        guard !search.pattern.isEmpty else { return }
        search.matches = TextSearch.matches(of: search.pattern, in: layout)
        search.current = search.matches.isEmpty ? nil : search.firstMatch(from: top)
    }

    /// Highlights `pattern` (none when empty); no match is current yet.
    mutating func setSearch(pattern: String) {
        search.pattern = pattern
        search.matches = TextSearch.matches(of: pattern, in: layout)
        search.current = nil
    }

    mutating func goToMatch(_ index: Int) {
        search.current = index
        let line = search.matches[index].line
        if line != top { jump(to: line) }
    }
}
