/// Copies a `CellGrid` to a `PaintBackend`. Only rows that changed since the
/// last grid are written (ncurses then sends only the cells that changed):
/// the screen is never cleared to redraw it. After `invalidate` (Ctrl-L, a
/// resize, a resume) the next grid is written whole.
public struct ScreenPainter {
    private let unicode: Bool
    private var previous: CellGrid?

    /// `unicode`: the terminal takes UTF-8. Without it, anything not ASCII
    /// is written as `?`, one per column, so the layout holds.
    public init(unicode: Bool) {
        self.unicode = unicode
    }

    /// Forget what was painted: the next grid is written whole.
    public mutating func invalidate() {
        previous = nil
    }

    public mutating func paint(_ grid: CellGrid, to backend: inout some PaintBackend) {
        let compare = previous?.size == grid.size ? previous : nil
        backend.prepare(size: grid.size)
        for row in 0 ..< grid.height where compare.map({ $0.row(row) != grid.row(row) }) ?? true {
            paint(row: row, of: grid, to: &backend)
        }
        if let cursor = grid.cursor {
            backend.setCursorVisible(true)
            backend.moveCursor(to: cursor)
        } else {
            backend.setCursorVisible(false)
        }
        previous = grid
    }

    private func paint(row: Int, of grid: CellGrid, to backend: inout some PaintBackend) {
        let styles = PaintStyles.of(grid.row(row))
        for column in 0 ..< grid.width {
            let cell = grid[row, column]
            if cell.isContinuation { continue }
            let style = styles[column]
            // Printable ASCII is one column on every terminal and in every
            // locale: nothing to ask the library, and most cells are this.
            if cell.width == 1, let byte = cell.singleByte, byte >= 0x20, byte < 0x7F {
                backend.put(String(cell.character), row: row, column: column, style: style)
                continue
            }
            switch CellText.of(cell, unicode: unicode, libraryWidth: backend.libraryWidth(of:)) {
            case .exact(let text):
                backend.put(text, row: row, column: column, style: style)
            case .narrow(let text):
                // The library thinks it narrower than the layout did: pad, keep the columns.
                backend.put(text, row: row, column: column, style: style)
                backend.put(" ", row: row, column: column + 1, style: style)
            case .unprintable:
                for offset in 0 ..< Int(cell.width) {
                    backend.put("?", row: row, column: column + offset, style: style)
                }
            }
        }
    }
}
