import ParleyKit

/// The library: a header, one row per article (title, interviewee,
/// questions, reactions) with the selected one highlighted, and the status line.
enum LibraryView {
    static func draw(_ library: LibraryState, app: AppState, into grid: inout CellGrid) {
        let ui = app.ui
        let theme = app.appearance.theme
        let symbols = app.appearance.symbols
        let geometry = library.geometry
        let entries = library.library.entries
        if let header = geometry.headerRow {
            var title = ui.libraryTitle + symbols.separator + ui.articleCount(entries.count)
            if !library.filter.isEmpty && library.prompt == nil {
                title += symbols.separator + "/" + library.filter
            }
            grid.write(TextFit.truncate(title, to: grid.width - 2, ellipsis: symbols.ellipsis), row: header, column: 1, style: theme.style(.heading))
        }
        if let notice = geometry.noticeRow, !library.library.problems.isEmpty {
            let text = ui.unreadableArticles(library.library.problems.count)
            grid.write(TextFit.truncate(text, to: grid.width - 2, ellipsis: symbols.ellipsis), row: notice, column: 1, style: theme.style(TextStyle(.notice)))
        }
        if library.rows.isEmpty, geometry.listRows > 0 {
            let text = entries.isEmpty ? ui.emptyLibrary : ui.noArticleMatches(library.filter)
            grid.write(TextFit.truncate(text, to: grid.width - 2, ellipsis: symbols.ellipsis), row: geometry.listTop, column: 1, style: theme.style(.quiet))
        }
        let columns = LibraryColumns(library.columnWidths, width: grid.width, ui: ui)
        for offset in 0 ..< geometry.listRows {
            let rowIndex = library.scroll + offset
            guard rowIndex < library.rows.count else { break }
            let row = geometry.listTop + offset
            let selected = rowIndex == library.selected
            let style = selected ? theme.style(.selection) : CellStyle.plain
            if selected {
                grid.fill(row: row, style: style)
                grid.write(symbols.selection, row: row, column: 1, style: style.adding(.bold))
            }
            let index = library.rows[rowIndex]
            columns.draw(entries[index], news: library.newsText(entries[index].slug, ui: ui), row: row, into: &grid, style: style, symbols: symbols)
        }
        statusLine(library, app: app).draw(into: &grid, row: grid.height - 1, symbols: symbols)
    }

    static func statusLine(_ library: LibraryState, app: AppState) -> StatusLine {
        let ui = app.ui
        let theme = app.appearance.theme
        if let prompt = library.prompt {
            return StatusLine(left: "/" + prompt.text, leftStyle: theme.style(.prompt), right: [ui.articleCount(library.rows.count)],
                              style: theme.style(.prompt), showsCursor: true)
        }
        let facts = library.rows.isEmpty ? [] : ["\(library.selected + 1)/\(library.rows.count)"]
        let bar = theme.style(.statusBar)
        if let message = app.statusMessage {
            return StatusLine(left: message.text, leftStyle: theme.style(message.isError ? .statusError : .statusMessage), right: facts, style: bar)
        }
        return StatusLine(left: ui.libraryHint(app.appearance.keys), leftStyle: bar, right: facts, style: bar)
    }
}

/// The library's columns for a width: the title takes what the others
/// leave; on a narrow terminal the counts and then the interviewee go.
struct LibraryColumns {
    static let firstColumn = 3
    static let gap = 3
    static let minimumTitle = 20
    static let maximumInterviewee = 24

    let titleWidth: Int
    let intervieweeWidth: Int
    let questionsWidth: Int
    let reactionsWidth: Int
    /// What is new ("new", "2 new"); 0 without reading state.
    let newsWidth: Int
    let ui: Catalogue

    init(_ natural: LibraryColumnWidths, width: Int, ui: Catalogue) {
        self.ui = ui
        var newsColumn = natural.news
        var interviewee = natural.interviewee
        var questions = natural.questions
        var reactions = natural.reactions
        let available = width - Self.firstColumn - 1
        func title() -> Int {
            available - [interviewee, questions, reactions, newsColumn].filter { $0 > 0 }.reduce(0) { $0 + $1 + Self.gap }
        }
        // Give up columns, least important first, until the title is readable.
        if title() < Self.minimumTitle { reactions = 0 }
        if title() < Self.minimumTitle { questions = 0 }
        if title() < Self.minimumTitle { interviewee = 0 }
        if title() < Self.minimumTitle { newsColumn = 0 }
        newsWidth = newsColumn
        titleWidth = max(0, title())
        intervieweeWidth = interviewee
        questionsWidth = questions
        reactionsWidth = reactions
    }

    func draw(_ entry: ListedArticle, news: String = "", row: Int, into grid: inout CellGrid, style: CellStyle, symbols: ScreenSymbols) {
        var column = Self.firstColumn
        grid.write(TextFit.truncate(entry.title, to: titleWidth, ellipsis: symbols.ellipsis), row: row, column: column, style: style.adding(.bold))
        column += titleWidth
        if intervieweeWidth > 0 {
            column += Self.gap
            let name = TextFit.truncate(entry.metadata.interviewee ?? "", to: intervieweeWidth, ellipsis: symbols.ellipsis)
            grid.write(name, row: row, column: column, style: style)
            column += intervieweeWidth
        }
        if questionsWidth > 0 {
            column += Self.gap
            grid.write(TextFit.rightAligned(ui.questionCount(entry.questionCount), to: questionsWidth), row: row, column: column, style: style)
            column += questionsWidth
        }
        if reactionsWidth > 0 {
            column += Self.gap
            grid.write(TextFit.rightAligned(ui.reactionsColumn(entry), to: reactionsWidth), row: row, column: column, style: style)
            column += reactionsWidth
        }
        if newsWidth > 0, !news.isEmpty {
            column += Self.gap
            // Words and bold, so it shows without colour too.
            grid.write(TextFit.truncate(news, to: newsWidth, ellipsis: symbols.ellipsis), row: row, column: column, style: style.adding(.bold))
        }
    }
}

/// The width of each column's widest cell over every article, before the
/// terminal's width is shared out (`LibraryColumns`).
struct LibraryColumnWidths: Equatable, Sendable {
    private(set) var interviewee = 0
    private(set) var questions = 0
    private(set) var reactions = 0
    /// 0 without reading state, or when nothing is new.
    private(set) var news = 0

    init(entries: [ListedArticle], ui: Catalogue) {
        measure(entries, ui: ui)
    }

    mutating func measure(_ entries: [ListedArticle], ui: Catalogue) {
        var interviewee = 0, questions = 0, reactions = 0
        for entry in entries {
            interviewee = max(interviewee, DisplayWidth.of(Sanitizer.sanitizeLine(entry.metadata.interviewee ?? "")))
            questions = max(questions, DisplayWidth.of(ui.questionCount(entry.questionCount)))
            reactions = max(reactions, DisplayWidth.of(ui.reactionsColumn(entry)))
        }
        self.interviewee = min(LibraryColumns.maximumInterviewee, interviewee)
        self.questions = questions
        self.reactions = reactions
    }

    mutating func measure(_ news: [String: ArticleNews]?, of entries: [ListedArticle], ui: Catalogue) {
        guard let news else {
            self.news = 0
            return
        }
        // The words depend only on the counts, and a library has few
        // different ones: each is measured once.
        var distinct = Set<ArticleNews>()
        for entry in entries {
            if let item = news[entry.slug] { distinct.insert(item) }
        }
        self.news = distinct.reduce(0) { max($0, DisplayWidth.of(ArticleNews.text($1, ui: ui))) }
    }
}
