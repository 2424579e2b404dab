/// The outline overlay: one row per question, the selected one
/// highlighted, the one the reader is on marked.
enum OutlineView {
    static func draw(_ reader: ReaderState, selected: Int, app: AppState, into grid: inout CellGrid) {
        let ui = app.ui
        let theme = app.appearance.theme
        let symbols = app.appearance.symbols
        let questions = reader.questions
        let current = reader.currentQuestion
        let numberWidth = String(questions.count).count
        let rows: [String] = questions.enumerated().map { index, heading in
            let questionNumber = index + 1
            let here = questionNumber == current ? symbols.current : " "
            let number = String(repeating: " ", count: numberWidth - String(questionNumber).count) + "\(questionNumber). "
            let question = heading.plainText.split(whereSeparator: \.isNewline).joined(separator: " ")
            return here + " " + number + Sanitizer.sanitizeLine(question)
        }
        let markerWidth = DisplayWidth.of(symbols.selection) + 1
        let widest = rows.map { DisplayWidth.of($0) }.max() ?? 0
        let panel = Panel(contentWidth: min(markerWidth + widest, 70), contentHeight: rows.count, in: grid.size)
        panel.draw(into: &grid, title: ui.outlineTitle, footer: ui.outlineHint(app.appearance.keys), theme: theme, symbols: symbols)
        guard panel.innerHeight > 0, panel.innerWidth > 0 else { return }
        let first = max(0, min(selected - panel.innerHeight + 1, rows.count - panel.innerHeight))
        for offset in 0 ..< min(panel.innerHeight, rows.count) {
            let index = first + offset
            guard index < rows.count else { break }
            let row = panel.innerTop + offset
            let isSelected = index == selected
            let style = isSelected ? theme.style(.selection) : CellStyle.plain
            if isSelected {
                grid.fill(row: row, from: panel.innerLeft - (panel.framed ? 1 : 0), to: panel.innerLeft + panel.innerWidth + (panel.framed ? 1 : 0), style: style)
                grid.write(symbols.selection, row: row, column: panel.innerLeft, style: style.adding(.bold))
            }
            let text = TextFit.truncate(rows[index], to: panel.innerWidth - markerWidth, ellipsis: symbols.ellipsis)
            grid.write(text, row: row, column: panel.innerLeft + markerWidth, style: index + 1 == current ? style.adding(.bold) : style,
                       limit: panel.innerLeft + panel.innerWidth)
        }
    }
}
