import ParleyKit

/// The composer: what the reaction answers, the name, the text with its
/// cursor, a message (a notice, or why a post was refused), and a status
/// line with the keys and the live character count.
enum ComposerView {
    static func draw(_ composer: ComposerState, app: AppState, into grid: inout CellGrid) {
        let ui = app.ui
        let theme = app.appearance.theme
        let symbols = app.appearance.symbols
        let geometry = composer.geometry
        let right = geometry.left + geometry.width

        if let row = geometry.titleRow {
            let title = composer.reply.map { ui.composerReplyTitle(author: $0.author, excerpt: $0.excerpt) }
                ?? ui.composerTitle(composer.articleTitle)
            grid.write(TextFit.truncate(title, to: geometry.width, ellipsis: symbols.ellipsis), row: row, column: geometry.left,
                       style: theme.style(.heading))
        }
        if let row = geometry.nameRow {
            drawName(composer, row: row, app: app, into: &grid)
        }
        for row in geometry.ruleRows {
            grid.write(String(repeating: symbols.horizontal, count: geometry.width), row: row, column: geometry.left, style: theme.style(.border))
        }

        let text = composer.text
        if text.isEmpty && geometry.textRows > 0 {
            let placeholder = LineWrapper.wrap([Span(ui.textPlaceholder(app.appearance.keys), .body)], width: geometry.width)
            for (offset, line) in placeholder.prefix(geometry.textRows).enumerated() {
                grid.write(line.spans.map(\.text).joined(), row: geometry.textTop + offset, column: geometry.left, style: theme.style(.quiet), limit: right)
            }
        }
        for (offset, line) in text.visibleRows.prefix(geometry.textRows).enumerated() {
            grid.write(line, row: geometry.textTop + offset, column: geometry.left, style: .plain, limit: right)
        }
        drawScrollMarks(text, app: app, into: &grid, geometry: geometry)
        if composer.focus == .text && geometry.textRows > 0 {
            let row = geometry.textTop + text.cursorRow - text.scroll
            grid.cursor = GridPoint(row: row, column: min(geometry.left + text.cursorColumn, grid.width - 1))
        }

        var statusText = ui.composerHint(nameHasFocus: composer.focus == .name, keys: app.appearance.keys)
        if let message = composer.message ?? app.statusMessage {
            if geometry.messageRows.isEmpty {
                statusText = message.text
            } else {
                drawMessage(message, rows: geometry.messageRows, geometry: geometry, app: app, into: &grid)
            }
        }
        drawStatus(composer, hint: statusText, app: app, into: &grid)
    }

    /// Says that the text goes on above or below the box: on the rules when
    /// there are rules, else in the margin beside the first or last row.
    private static func drawScrollMarks(_ text: TextArea, app: AppState, into grid: inout CellGrid, geometry: ComposerGeometry) {
        let symbols = app.appearance.symbols
        let style = app.appearance.theme.style(.border)
        let above = text.scroll > 0
        let below = text.scroll + geometry.textRows < text.rowCount
        let right = geometry.left + geometry.width
        if geometry.ruleRows.count == 2 {
            for (row, shown, label) in [(geometry.ruleRows[0], above, symbols.moreAbove + " " + app.ui.moreAbove),
                                        (geometry.ruleRows[1], below, symbols.moreBelow + " " + app.ui.moreBelow)] where shown {
                let mark = " " + label + " "
                grid.write(mark, row: row, column: max(geometry.left, right - 1 - DisplayWidth.of(mark)), style: style, limit: right)
            }
        } else if right < grid.width && geometry.textRows > 0 {
            if above { grid.write(symbols.moreAbove, row: geometry.textTop, column: right, style: style) }
            if below { grid.write(symbols.moreBelow, row: geometry.textTop + geometry.textRows - 1, column: right, style: style) }
        }
    }

    private static func drawName(_ composer: ComposerState, row: Int, app: AppState, into grid: inout CellGrid) {
        let theme = app.appearance.theme
        let geometry = composer.geometry
        let right = geometry.left + geometry.width
        let focused = composer.focus == .name
        let column = grid.write(app.ui.nameLabel, row: row, column: geometry.left,
                                style: focused ? theme.style(.heading) : theme.style(.quiet), limit: right)
        let room = max(0, right - column)
        if composer.name.isEmpty && !focused {
            grid.write(TextFit.truncate(app.ui.anonymousHint, to: room, ellipsis: app.appearance.symbols.ellipsis),
                       row: row, column: column, style: theme.style(.quiet), limit: right)
        }
        let (shown, cursor) = visibleName(composer.name, width: room)
        grid.write(shown, row: row, column: column, style: .plain, limit: right)
        if focused {
            grid.cursor = GridPoint(row: row, column: min(column + cursor, grid.width - 1))
        }
    }

    /// The part of the name that fits in `width` columns with the cursor in
    /// view (a long name scrolls sideways), and the cursor's column in it.
    static func visibleName(_ name: TextBuffer, width: Int) -> (text: String, cursor: Int) {
        let characters = name.lines[0]
        let cursor = min(name.cursor.index, characters.count)
        let widths = characters.map(WrappedLine.width(of:))
        var start = 0
        var used = widths[..<cursor].reduce(0, +)
        while start < cursor && used >= width {
            used -= widths[start]
            start += 1
        }
        var shown = ""
        var column = 0
        for index in start ..< characters.count {
            if column + widths[index] > width { break }
            shown.append(characters[index])
            column += widths[index]
        }
        return (shown, used)
    }

    /// A message over its rows, wrapped; what does not fit ends in an ellipsis.
    private static func drawMessage(_ message: StatusMessage, rows: Range<Int>, geometry: ComposerGeometry, app: AppState,
                                    into grid: inout CellGrid) {
        let theme = app.appearance.theme
        let style = message.isError ? theme.style(TextStyle(.notice)) : theme.style(.heading)
        var lines = LineWrapper.wrap([Span(Sanitizer.sanitizeLine(message.text), .body)], width: geometry.width)
            .map { $0.spans.map(\.text).joined() }
        if lines.count > rows.count {
            let rest = lines[(rows.count - 1)...].joined(separator: " ")
            lines = Array(lines.prefix(rows.count - 1)) + [TextFit.truncate(rest, to: geometry.width, ellipsis: app.appearance.symbols.ellipsis)]
        }
        for (offset, line) in lines.enumerated() {
            grid.write(line, row: rows.lowerBound + offset, column: geometry.left, style: style, limit: geometry.left + geometry.width)
        }
    }

    private static func drawStatus(_ composer: ComposerState, hint: String, app: AppState, into grid: inout CellGrid) {
        let theme = app.appearance.theme
        let row = composer.geometry.statusRow
        let count = app.ui.characterCount(composer.characterCount)
        let bar = theme.style(.statusBar)
        StatusLine(left: hint, leftStyle: bar, right: [count], style: bar).draw(into: &grid, row: row, symbols: app.appearance.symbols)
        // Over the limit, the count says so in the error style (reverse and bold without colour).
        if composer.characterCount > ReactionInput.maximumTextLength && grid.text(row: row).hasSuffix(count) {
            let end = grid.width - 1
            grid.restyle(row: row, from: end - DisplayWidth.of(count), to: end) { $0 = theme.style(.statusError) }
        }
    }
}
