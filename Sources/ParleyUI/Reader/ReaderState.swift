import ParleyKit

/// One article being read: its layout for the current width, the line at
/// the top of the screen, and the search.
///
/// Every move costs time in proportion to the screen, whatever the
/// article's length: the article is parsed and laid out only as far as the
/// reader has gone (`IncrementalArticle`, `ArticleLayout.extend`), the
/// layout is kept per width (`LayoutCache`), anchors are looked up, matches
/// are found by binary search. Going to the end, searching and resizing
/// with a search lay out the rest once.
public struct ReaderState: Sendable {
    /// The article as it was opened: its file, slug and reactions file. Its
    /// `article` stays unparsed; the reader's own parse is `article` below.
    public let entry: OpenedEntry
    public private(set) var layout: ArticleLayout
    public private(set) var geometry: ReaderGeometry
    /// The layout line at the top of the screen. It may be past the last
    /// full page: a jump puts its target at the top even near the end.
    public private(set) var top = 0
    public internal(set) var search = SearchState()
    /// The reaction marked with `]`/`[` in the reactions section (its id): what `R` answers.
    public internal(set) var selectedReaction: String?
    /// The article, parsed as far as it has been laid out at any width.
    public private(set) var article: IncrementalArticle
    private var cache: LayoutCache
    private var position: ReadingPosition
    /// Reactions new to the reader when the article was opened: marked
    /// for the whole visit (docs/usage.md, "Reading state").
    public internal(set) var newReactions: Set<String> = []
    /// Reactions the reader has seen: before this visit, and on screen now.
    public internal(set) var seenReactions: Set<String> = []

    public init(entry: OpenedEntry, size: GridSize, options: LayoutOptions) {
        self.entry = entry
        article = entry.article
        geometry = ReaderGeometry(size: size)
        cache = LayoutCache(options: options)
        layout = cache.layout(width: geometry.measure, article: article)
        position = ReadingPosition(line: 0, in: layout)
        layOutScreen()
    }

    /// Small enough to lay out whole at once (under a millisecond): then
    /// the percentage is exact from the start.
    private var isSmall: Bool { article.byteCount + entry.reactions.byteCount <= Self.wholeLayoutBytes }

    /// The lines the screen shows: all of them, for a small article.
    private mutating func layOutScreen() {
        if isSmall {
            layOutAll()
        } else {
            layOut(throughLine: top + geometry.rows)
        }
    }

    /// Articles and reactions up to this size are laid out whole when opened.
    static let wholeLayoutBytes = 32 * 1024

    /// An article loaded whole already.
    public init(entry: LibraryEntry, size: GridSize, options: LayoutOptions) {
        self.init(entry: OpenedEntry(entry), size: size, options: options)
    }

    public var title: String { article.metadata.title }
    /// The reaction `id`, decoded whole (for the composer: whom a reply
    /// answers); nil when it is not there. Read from the index, so a reply
    /// in 10,000 reactions decodes one of them, not the whole file.
    public func reaction(id: String) -> Reaction? {
        guard case .indexed(let index) = entry.reactions.outline(),
              let position = index.outlines.firstIndex(ofID: id) else { return nil }
        return index.reaction(at: position)
    }

    /// Whether the article has any reaction, laid out yet or not (a long
    /// article lays its reactions out last).
    public var hasReactions: Bool {
        if layout.isComplete { return !layout.reactionIDs.isEmpty }
        return !entry.reactions.outline().outlines.isEmpty
    }
    /// Every question's heading, known before the answers are read.
    public var questions: [[Inline]] { article.questions }
    public var questionCount: Int { article.exchangeCount }

    /// The question whose heading or answer is at the top line, if any.
    public var currentQuestion: Int? { layout.question(atLine: top) }

    /// How far down the bottom of the screen is, in percent of the lines;
    /// while the rest is not laid out, estimated from the article's bytes.
    public var percent: Int {
        let bottom = min(layout.lines.count, top + geometry.rows)
        guard !layout.isComplete else {
            return layout.lines.isEmpty ? 100 : bottom * 100 / layout.lines.count
        }
        // Reactions count as bytes too, though they are laid out last.
        let bytesLaidOut = article.byteOffset(afterQuestion: layout.questionsLaidOut)
        let totalBytes = article.byteCount + entry.reactions.byteCount
        let estimatedLines = max(layout.lines.count + 1, layout.lines.count * totalBytes / max(1, bytesLaidOut))
        return min(99, bottom * 100 / estimatedLines)
    }

    /// Whether the screen shows only lines of the questions laid out and
    /// what comes before them, and the status line no question number and
    /// 0 %: a screen that the article read whole shows the same, when it was
    /// laid out from the article's first questions only
    /// (`IncrementalArticle.beginning`: the same questions, and the file's
    /// size, which the whole's text can only exceed, as bytes that are not
    /// UTF-8 become longer text: 0 % stays 0 %).
    public var showsOnlyQuestionsLaidOut: Bool {
        !layout.hasLaidOutTail && layout.lines.count > top + geometry.rows && currentQuestion == nil && percent == 0
    }

    /// The last top line that still fills the screen, of the lines laid out.
    var lastPageTop: Int { max(0, layout.lines.count - geometry.rows) }

    // MARK: - Laying out as far as needed

    // Every extension of the layout ends with `searchNewLines`, so the lines on screen always have their matches.

    private mutating func layOut(throughLine line: Int) {
        let reactions = entry.reactions
        layout.extend(throughLine: line, of: &article, reactions: reactions.outline())
        searchNewLines()
    }

    private mutating func layOut(toAnchor anchor: LayoutAnchor) {
        let reactions = entry.reactions
        layout.extend(toAnchor: anchor, of: &article, reactions: reactions.outline())
        searchNewLines()
    }

    private mutating func layOutAll() {
        let reactions = entry.reactions
        layout.extendToEnd(of: &article, reactions: reactions.outline())
        searchNewLines()
    }

    // MARK: - Reading ahead

    /// Pages laid out below the screen while nothing is typed, so that a
    /// page down finds its lines ready (and the parser's first use is paid
    /// for before the first key, not in it).
    static let readAheadPages = 2

    public var wantsReadAhead: Bool {
        wantsLayoutAhead || !article.isChecked
    }

    private var wantsLayoutAhead: Bool {
        !layout.isComplete && layout.lines.count <= top + (Self.readAheadPages + 1) * geometry.rows
    }

    /// One step of reading ahead: a question, or a few reactions, or else
    /// the UTF-8 check of the next stretch of a long article (opened with
    /// only its start checked). Short, so a key typed meanwhile waits for
    /// no more than that.
    mutating func readAhead() {
        if wantsLayoutAhead {
            layOut(throughLine: layout.lines.count)
        } else {
            article.checkAhead()
        }
    }

    // MARK: - Moving

    /// Scrolls by `lines`, stopping at the top and at the last full page (a
    /// jump past it is not undone by scrolling down).
    mutating func scroll(by lines: Int) {
        if lines > 0 {
            // The lines of the screen after the move, so that the last full page is known when it is near.
            layOut(throughLine: top + lines + geometry.rows)
            setTop(max(top, min(top + lines, lastPageTop)))
        } else {
            setTop(max(0, top + lines))
        }
    }

    mutating func scrollToTop() { setTop(0) }

    mutating func scrollToBottom() {
        layOutAll()
        setTop(lastPageTop)
    }

    /// Puts `line` at the top of the screen.
    mutating func jump(to line: Int) {
        layOut(throughLine: line)
        setTop(min(max(0, line), layout.lines.count - 1))
    }

    private mutating func setTop(_ line: Int) {
        top = line
        position = ReadingPosition(line: line, in: layout)
        layOutScreen()
        noteReactionsOnScreen()
    }

    /// Opens at `saved` (a position from another day, another width,
    /// perhaps another version of the article): its paragraph at the top.
    mutating func restore(_ saved: SavedPosition) {
        let reactions = entry.reactions
        layout.extend(toFind: saved, of: &article, reactions: reactions.outline())
        let origin = layout.origin(for: saved)
        layout.extend(through: TextOrigin(block: origin.block + 1, offset: 0), of: &article, reactions: reactions.outline())
        top = layout.line(for: origin)
        position = ReadingPosition(origin: origin)
        layOutScreen()
        noteReactionsOnScreen()
    }

    /// A new size: a new measure means a new layout, and the reader stays on
    /// the same paragraph (the same line, when the width comes back).
    mutating func resize(to size: GridSize) {
        let newGeometry = ReaderGeometry(size: size)
        guard newGeometry != geometry else { return }
        let oldMeasure = geometry.measure
        geometry = newGeometry
        if newGeometry.measure != oldMeasure {
            cache.keep(layout)
            layout = cache.layout(width: newGeometry.measure, article: article)
            let reactions = entry.reactions
            // One line past the position: the blank after a paragraph comes with what follows it.
            layout.extend(through: TextOrigin(block: position.origin.block + 1, offset: 0), of: &article, reactions: reactions.outline())
            top = layout.line(for: position)
            refreshMatches()
        }
        layOutScreen()
        noteReactionsOnScreen()
    }

    // MARK: - Questions

    /// The first question starting below the top line.
    mutating func nextQuestionLine() -> Int? {
        while true {
            if let line = layout.questionLines.first(where: { $0 > top }) { return line }
            guard layout.questionsLaidOut < questionCount else { return nil }
            layOut(toAnchor: .question(layout.questionsLaidOut + 1))
        }
    }

    /// The last question starting above the top line.
    var previousQuestionLine: Int? {
        layout.questionLines.last { $0 < top }
    }

    mutating func questionLine(_ number: Int) -> Int? {
        layOut(toAnchor: .question(number))
        return layout.line(of: .question(number))
    }

    /// The reactions' heading, when it is laid out (the top line cannot be
    /// past it before then).
    var reactionsLine: Int? {
        layout.line(of: .reactions)
    }

    /// The reactions' heading, laid out first if it is not yet.
    mutating func reactionsLineLaidOut() -> Int? {
        layOut(toAnchor: .reactions)
        return layout.line(of: .reactions)
    }

    /// Lays out up to the reaction `id` and a screen below it.
    mutating func layOut(reaction id: String) {
        layOut(toAnchor: .reaction(id))
        if let line = layout.line(of: .reaction(id)) { layOut(throughLine: line + geometry.rows) }
    }

    /// Lays out one more step (a question, or a few reactions); false when all is laid out.
    mutating func layOutMore() -> Bool {
        guard !layout.isComplete else { return false }
        layOut(throughLine: layout.lines.count)
        return true
    }

    // MARK: - Search
    //
    // Matches are looked for in the lines laid out, and the layout goes on
    // only as far as the next match needs: the first key of a search in a
    // 10 MB article lays out the lines down to its first match, not the
    // article. Questions whose source cannot show a match (`SourcePrefilter`)
    // are skipped by a scan of their bytes: "no match", or the last match
    // before the end, is known without laying out the rest.

    /// Recomputes the matches for a new layout, keeping the current one on screen.
    private mutating func refreshMatches() {
        guard !search.pattern.isEmpty else { return }
        setSearch(pattern: search.pattern)
        search.current = firstMatch(from: top)
    }

    /// Highlights `pattern` (none when empty); no match is current yet.
    mutating func setSearch(pattern: String) {
        search = SearchState(restarting: search, pattern: pattern)
        searchNewLines()
    }

    /// Looks for matches on the lines laid out since the last look.
    private mutating func searchNewLines() {
        guard !search.pattern.isEmpty else { return }
        let count = layout.lines.count
        if search.searchedLines < count {
            search.matches += TextSearch.matches(of: search.pattern, in: layout.lines, range: search.searchedLines ..< count)
            search.searchedLines = count
        }
        search.isExhaustive = layout.isComplete || nextPartThatMayMatch() == nil
    }

    /// The first match on or after `line`, laying out as far as it; nil when
    /// no match follows (then every match is known).
    mutating func matchIndex(onOrAfter line: Int) -> Int? {
        while true {
            let index = search.firstIndex(onOrAfter: line)
            if index < search.matches.count { return index }
            guard !layout.isComplete, let part = nextPartThatMayMatch() else { return nil }
            if part <= questionCount {
                layOut(toAnchor: .question(part))
            } else {
                layOut(throughLine: layout.lines.count)
            }
        }
    }

    /// The first match on or after `line`, else the first of all (as less wraps).
    mutating func firstMatch(from line: Int) -> Int? {
        matchIndex(onOrAfter: line) ?? (search.matches.isEmpty ? nil : 0)
    }

    /// Lays out as far as the last match, so that every match is known.
    mutating func findEveryMatch() {
        while !search.isExhaustive && matchIndex(onOrAfter: layout.lines.count) != nil {}
    }

    /// The first part of the article not laid out whose source may show a
    /// match: a question's number, `questionCount + 1` for the end (the
    /// sections and reactions), nil for none. Remembered, so that the
    /// article's bytes are scanned once per pattern, not once per key.
    private mutating func nextPartThatMayMatch() -> Int? {
        let first = layout.questionsLaidOut + 1
        if let known = search.nextPart, known.scannedFrom <= first, known.part.map({ $0 >= first }) ?? true {
            return known.part
        }
        // The sources are looked through as text: bytes not checked for
        // UTF-8 yet are checked first (a few milliseconds for 10 MB).
        article.checkAll()
        let part = firstPartThatMayMatch(from: first)
        search.nextPart = SourceScan(scannedFrom: first, part: part)
        return part
    }

    private func firstPartThatMayMatch(from first: Int) -> Int? {
        guard let prefilter = SourcePrefilter(pattern: search.pattern) else { return first }
        for number in first ... max(first, questionCount) where number <= questionCount {
            guard let source = article.source(ofQuestion: number) else { return number }
            if prefilter.mayMatch(source) { return number }
        }
        return endMayMatch(prefilter) ? questionCount + 1 : nil
    }

    /// Whether the sections, the reactions or the words around them may show a match.
    private func endMayMatch(_ prefilter: SourcePrefilter) -> Bool {
        guard let sections = article.sectionsSource, entry.reactions.isMissing else { return true }
        if prefilter.mayMatch(sections) { return true }
        let bare = layout.bareTailLines
        return !TextSearch.matches(of: search.pattern, in: bare, range: bare.indices).isEmpty
    }

    mutating func goToMatch(_ index: Int) {
        search.current = index
        let line = search.matches[index].line
        if line != top { jump(to: line) }
    }
}
