/// The reader: the article's lines from the top line down, the question
/// marker in the gutter, search matches highlighted, and the status line.
enum ReaderView {
    static func draw(_ reader: ReaderState, app: AppState, into grid: inout CellGrid) {
        let theme = app.appearance.theme
        let geometry = reader.geometry
        let lines = reader.layout.lines
        let rows = min(geometry.rows, grid.height - 1)
        let matchStyle = theme.style(.match)
        let currentStyle = theme.style(.currentMatch)
        let selectedReaction = reader.selectedReactionLine
        let newHeaders = newReactionHeaders(reader, rows: rows)
        for row in 0 ..< max(0, rows) {
            let index = reader.top + row
            guard index < lines.count else { break }
            let line = lines[index]
            var column = geometry.textColumn
            for span in line.spans {
                column = grid.write(span.text, row: row, column: column, style: theme.style(span.style))
            }
            if let gutter = geometry.gutterColumn, line.spans.contains(where: { $0.style.role == .question || $0.style.role == .questionNumber }) {
                grid.write(app.appearance.symbols.questionMarker, row: row, column: gutter, style: theme.style(.questionMarker))
            }
            if index == selectedReaction {
                markReaction(line, row: row, geometry: geometry, app: app, into: &grid)
            }
            if newHeaders.contains(index) {
                markNew(line, row: row, geometry: geometry, app: app, into: &grid)
            }
            for match in reader.search.matches(onLine: index) {
                let found = reader.search.matches[match]
                let style = match == reader.search.current ? currentStyle : matchStyle
                grid.restyle(row: row, from: geometry.textColumn + found.start, to: geometry.textColumn + found.end) { $0 = style }
            }
        }
        statusLine(reader, app: app).draw(into: &grid, row: grid.height - 1, symbols: app.appearance.symbols)
    }

    /// The marked reaction's header: reversed (which shows without colour)
    /// and pointed at from the gutter.
    private static func markReaction(_ line: StyledLine, row: Int, geometry: ReaderGeometry, app: AppState, into grid: inout CellGrid) {
        let indent = line.text.prefix { $0 == " " }.count
        grid.restyle(row: row, from: geometry.textColumn + indent, to: geometry.textColumn + line.width) { $0.attributes.insert(.reverse) }
        if let gutter = geometry.gutterColumn {
            grid.write(app.appearance.symbols.selection, row: row, column: gutter, style: app.appearance.theme.style(.currentMarker))
        }
    }

    /// The header lines on screen of reactions new on this visit.
    private static func newReactionHeaders(_ reader: ReaderState, rows: Int) -> Set<Int> {
        guard !reader.newReactions.isEmpty else { return [] }
        let lines = reader.layout.reactionLines
        let ids = reader.layout.reactionIDs
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid] < reader.top { low = mid + 1 } else { high = mid }
        }
        var headers = Set<Int>()
        while low < lines.count, lines[low] < reader.top + rows {
            if reader.isNew(reaction: ids[low]) { headers.insert(lines[low]) }
            low += 1
        }
        return headers
    }

    /// A new reaction's header: the word "new" after it, bold and
    /// underlined (which shows without colour), and its author underlined.
    private static func markNew(_ line: StyledLine, row: Int, geometry: ReaderGeometry, app: AppState, into grid: inout CellGrid) {
        let indent = line.text.prefix { $0 == " " }.count
        let end = geometry.textColumn + line.width
        let word = app.ui.newMark
        var style = app.appearance.theme.style(.currentMarker)
        style.attributes.formUnion([.bold, .underline])
        if end + 1 + DisplayWidth.of(word) <= geometry.textColumn + geometry.measure {
            grid.write(word, row: row, column: end + 1, style: style)
        }
        grid.restyle(row: row, from: geometry.textColumn + indent, to: end) { $0.attributes.insert(.underline) }
    }

    static func statusLine(_ reader: ReaderState, app: AppState) -> StatusLine {
        let ui = app.ui
        let theme = app.appearance.theme
        let search = reader.search
        var matchFact: String?
        if !search.pattern.isEmpty {
            let number = (search.current ?? 0) + 1
            // No match found yet is not "no match" while the rest of the
            // article is still to be looked through (a search stopped with Esc).
            matchFact = search.matches.isEmpty ? (search.isExhaustive ? ui.noMatchShort : nil)
                : search.isExhaustive ? ui.matchPosition(number, of: search.matches.count)
                : ui.matchPosition(number, ofAtLeast: search.matches.count)
        }
        if let prompt = search.prompt {
            // While the prompt holds the line, a message (the search laying
            // out a huge article, "Stopped.") takes the facts' place.
            let right = app.message.map { [$0.text] } ?? matchFact.map { [$0] } ?? []
            return StatusLine(left: "/" + prompt.text, leftStyle: theme.style(.prompt), right: right,
                              style: theme.style(.prompt), showsCursor: true)
        }
        var facts: [String] = []
        if let question = reader.currentQuestion {
            facts.append(ui.questionPosition(question, of: reader.questionCount))
        }
        if let matchFact { facts.append(matchFact) }
        facts.append("\(reader.percent)%")
        facts.append(ui.helpHint(app.appearance.keys))
        let bar = theme.style(.statusBar)
        if let message = app.statusMessage {
            return StatusLine(left: message.text, leftStyle: theme.style(message.isError ? .statusError : .statusMessage), right: facts, style: bar)
        }
        return StatusLine(left: reader.title, leftStyle: bar.adding(.bold), right: facts, style: bar)
    }
}
