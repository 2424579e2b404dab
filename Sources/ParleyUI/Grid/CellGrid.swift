/// The screen as cells: what views draw into and what the terminal copies
/// out. It is the one way text reaches a terminal, so every string written
/// here is sanitised first: no content can emit a control character.
///
/// Invariants: every continuation cell follows a wide character; nothing is
/// drawn outside the grid; a wide character never straddles the edge of a
/// write (it becomes a blank instead of half a character).
public struct CellGrid: Equatable, Sendable {
    public let size: GridSize
    private var cells: [Cell]
    /// Where the terminal shows its cursor (a prompt being typed); nil hides it.
    public var cursor: GridPoint?

    public init(size: GridSize, style: CellStyle = .plain) {
        self.size = size
        self.cells = Array(repeating: .blank(style), count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.width + column]
    }

    public func row(_ row: Int) -> ArraySlice<Cell> {
        cells[row * size.width ..< (row + 1) * size.width]
    }

    // MARK: - Writing

    /// Writes `text` from `column` on `row` in `style`, up to (not including)
    /// column `limit` (default: the right edge). Characters of no width are
    /// dropped; a wide character that does not fit leaves a blank.
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: CellStyle, limit: Int? = nil) -> Int {
        let end = min(limit ?? size.width, size.width)
        guard (0..<size.height).contains(row), column < end else { return max(column, 0) }
        if let written = writePrintableASCII(text, row: row, column: column, end: end, style: style) { return written }
        var x = column
        for character in Sanitizer.sanitizeLine(text, startColumn: max(0, column)) {
            let columns = min(2, DisplayWidth.of(character))
            if columns <= 0 { continue }
            if x + columns > end {
                if x >= 0 && x < end { place(" ", width: 1, style: style, row: row, column: x) }
                return end
            }
            if x < 0 {
                // Clipped on the left: a wide character cut in half shows as a blank.
                if x + columns > 0 { place(" ", width: 1, style: style, row: row, column: 0) }
            } else {
                place(character, width: UInt8(columns), style: style, row: row, column: x)
            }
            x += columns
        }
        return max(x, 0)
    }

    /// `write` for text of printable ASCII only (most of an article), nil
    /// for any other text. Such text needs no sanitising, and each byte is a
    /// character of one column: no grapheme breaking, no width look-up.
    private mutating func writePrintableASCII(_ text: String, row: Int, column: Int, end: Int, style: CellStyle) -> Int? {
        let printable = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        guard printable == true else { return nil }
        var x = column
        for byte in text.utf8 {
            if x >= end { return end }
            if x >= 0 { place(Character(Unicode.Scalar(byte)), width: 1, style: style, row: row, column: x) }
            x += 1
        }
        return max(x, 0)
    }

    /// Blanks columns `from..<to` of `row` in `style`.
    public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: CellStyle) {
        guard (0..<size.height).contains(row) else { return }
        for column in max(0, from) ..< min(to ?? size.width, size.width) {
            place(" ", width: 1, style: style, row: row, column: column)
        }
    }

    /// Blanks the whole grid.
    public mutating func clear(style: CellStyle = .plain) {
        for index in cells.indices { cells[index] = .blank(style) }
        cursor = nil
    }

    /// Changes the style of columns `from..<to` of `row`, keeping their
    /// characters: how a search match or a selection is highlighted.
    public mutating func restyle(row: Int, from: Int, to: Int, _ change: (inout CellStyle) -> Void) {
        guard (0..<size.height).contains(row) else { return }
        var start = max(0, from)
        // Start on the character, not in the middle of it.
        while start > 0 && start < size.width && cells[row * size.width + start].isContinuation { start -= 1 }
        for column in start ..< min(to, size.width) {
            change(&cells[row * size.width + column].style)
        }
    }

    private mutating func place(_ character: Character, width: UInt8, style: CellStyle, row: Int, column: Int) {
        let base = row * size.width
        let index = base + column
        // Overwriting half of a wide character blanks its other half.
        if cells[index].isContinuation && column > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if cells[index].width == 2 && column + 1 < size.width {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        cells[index] = Cell(character, width: width, style: style)
        if width == 2 {
            if column + 2 < size.width && cells[index + 1].width == 2 {
                cells[index + 2] = .blank(cells[index + 2].style)
            }
            cells[index + 1] = .continuation(style)
        }
    }

    // MARK: - Reading back

    /// The characters of a row as text (continuation cells add nothing),
    /// trailing blanks removed: what a snapshot test compares.
    public func text(row: Int) -> String {
        var out = ""
        for cell in self.row(row) where !cell.isContinuation {
            out.append(cell.character)
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Every row as text.
    public var lines: [String] { (0..<size.height).map(text(row:)) }
}
