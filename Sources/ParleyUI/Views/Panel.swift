/// A framed panel centred over the screen, for overlays: a title in the
/// top border, a hint in the bottom one. On a terminal too small for a
/// frame the panel takes the whole screen, unframed.
struct Panel {
    /// Outer rectangle.
    let top: Int
    let left: Int
    let width: Int
    let height: Int
    let framed: Bool

    /// A panel with room for `contentWidth` x `contentHeight` (one column
    /// of padding each side), leaving the status line uncovered.
    init(contentWidth: Int, contentHeight: Int, in size: GridSize) {
        let maxWidth = size.width - 2
        let maxHeight = size.height - 1
        framed = maxWidth >= 8 && maxHeight >= 3
        if framed {
            width = min(contentWidth + 4, maxWidth)
            height = min(contentHeight + 2, maxHeight)
            left = (size.width - width) / 2
            top = max(0, (maxHeight - height) / 2)
        } else {
            width = size.width
            height = max(1, size.height - 1)
            left = 0
            top = 0
        }
    }

    var innerTop: Int { framed ? top + 1 : top }
    var innerLeft: Int { framed ? left + 2 : left }
    var innerWidth: Int { framed ? width - 4 : width }
    var innerHeight: Int { framed ? height - 2 : height }

    func draw(into grid: inout CellGrid, title: String, footer: String, theme: Theme, symbols: ScreenSymbols) {
        for row in top ..< top + height {
            grid.fill(row: row, from: left, to: left + width, style: .plain)
        }
        guard framed else { return }
        let border = theme.style(.border)
        let inner = String(repeating: symbols.horizontal, count: max(0, width - 2))
        grid.write(symbols.topLeft + inner + symbols.topRight, row: top, column: left, style: border)
        grid.write(symbols.bottomLeft + inner + symbols.bottomRight, row: top + height - 1, column: left, style: border)
        for row in top + 1 ..< top + height - 1 {
            grid.write(symbols.vertical, row: row, column: left, style: border)
            grid.write(symbols.vertical, row: row, column: left + width - 1, style: border)
        }
        let room = width - 4
        let shownTitle = TextFit.truncate(title, to: room - 2, ellipsis: symbols.ellipsis)
        if !shownTitle.isEmpty {
            grid.write(" " + shownTitle + " ", row: top, column: left + 1, style: theme.style(.overlayTitle))
        }
        let shownFooter = TextFit.truncate(footer, to: room - 2, ellipsis: symbols.ellipsis)
        if !shownFooter.isEmpty {
            let footerWidth = DisplayWidth.of(shownFooter) + 2
            grid.write(" " + shownFooter + " ", row: top + height - 1, column: left + width - 1 - footerWidth - 1, style: theme.style(.quiet))
        }
    }
}
