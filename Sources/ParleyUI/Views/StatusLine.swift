/// The bottom line of a screen: something on the left (a title, a message,
/// a prompt being typed) and short facts on the right that give way, last
/// first, when the terminal is narrow.
struct StatusLine {
    var left: String
    var leftStyle: CellStyle
    var right: [String]
    var style: CellStyle
    /// Put the cursor after the left text (a prompt being typed).
    var showsCursor = false

    static let gap = 2

    func draw(into grid: inout CellGrid, row: Int, symbols: ScreenSymbols) {
        grid.fill(row: row, style: style)
        let width = grid.width
        var facts = right
        // Give the left text at least a few columns before any fact.
        while !facts.isEmpty && 1 + min(DisplayWidth.of(left), 12) + Self.gap + Self.width(of: facts) + 1 > width {
            facts.removeLast()
        }
        let factsText = facts.joined(separator: String(repeating: " ", count: Self.gap))
        let factsWidth = DisplayWidth.of(factsText)
        let leftRoom = max(0, width - 1 - (factsWidth > 0 ? factsWidth + Self.gap + 1 : 1))
        let shown = TextFit.truncate(left, to: leftRoom, ellipsis: symbols.ellipsis)
        let leftColumn = width > 1 ? 1 : 0
        let end = grid.write(shown, row: row, column: leftColumn, style: leftStyle)
        if factsWidth > 0 {
            grid.write(factsText, row: row, column: width - 1 - factsWidth, style: style)
        }
        if showsCursor {
            grid.cursor = GridPoint(row: row, column: min(end, width - 1))
        }
    }

    private static func width(of facts: [String]) -> Int {
        facts.reduce(0) { $0 + DisplayWidth.of($1) } + max(0, facts.count - 1) * gap
    }
}
