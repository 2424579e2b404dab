/// A multi-line text field: a `TextBuffer` wrapped to the field's width,
/// the rows that show, and the column Up and Down try to keep.
///
/// Wrapping is kept per line and redone only for the lines an edit
/// touched, so typing into a long reaction stays cheap.
public struct TextArea: Equatable, Sendable {
    public private(set) var buffer: TextBuffer
    /// Columns per row.
    public private(set) var width: Int
    /// Rows on screen.
    public private(set) var height: Int
    /// The first row on screen, counted over the whole text.
    public private(set) var scroll = 0
    private var wrapped: [WrappedLine]
    /// The column Up and Down aim for: where the cursor was before it met
    /// shorter rows on the way.
    private var goalColumn: Int?

    public init(_ text: String = "", width: Int, height: Int) {
        buffer = TextBuffer(text)
        self.width = max(1, width)
        self.height = max(1, height)
        wrapped = buffer.lines.map { WrappedLine($0, width: max(1, width)) }
        keepCursorVisible()
    }

    public var text: String { buffer.text }
    public var isEmpty: Bool { buffer.isEmpty }

    /// Rows the whole text takes.
    public var rowCount: Int { wrapped.reduce(0) { $0 + $1.rowCount } }

    /// The cursor's row over the whole text, and its column.
    public var cursorRow: Int {
        let cursor = buffer.cursor
        return wrapped[..<cursor.line].reduce(0) { $0 + $1.rowCount } + wrapped[cursor.line].row(of: cursor.index)
    }

    public var cursorColumn: Int {
        wrapped[buffer.cursor.line].column(of: buffer.cursor.index)
    }

    /// The text of the rows on screen, from `scroll`; fewer when the text ends.
    public var visibleRows: [String] {
        var rows: [String] = []
        var row = 0
        for (number, line) in wrapped.enumerated() {
            if row + line.rowCount <= scroll {
                row += line.rowCount
                continue
            }
            let characters = buffer.lines[number]
            for index in 0 ..< line.rowCount {
                if row >= scroll + height { return rows }
                if row >= scroll { rows.append(String(characters[line.range(ofRow: index)])) }
                row += 1
            }
        }
        return rows
    }

    // MARK: - Editing

    /// Applies an edit of the buffer and wraps again what it changed.
    public mutating func edit(_ change: (inout TextBuffer) -> Void) {
        let before = buffer.lines.count
        let line = buffer.cursor.line
        change(&buffer)
        if buffer.lines.count == before && buffer.cursor.line == line {
            wrapped[line] = WrappedLine(buffer.lines[line], width: width)
        } else {
            rewrapAll()
        }
        goalColumn = nil
        keepCursorVisible()
    }

    public mutating func replaceText(with text: String) {
        buffer = TextBuffer(text)
        rewrapAll()
        goalColumn = nil
        keepCursorVisible()
    }

    // MARK: - Moving

    public mutating func moveLeft() { move { $0.moveLeft() } }
    public mutating func moveRight() { move { $0.moveRight() } }

    /// Up (negative) or down by `rows` rows on screen, keeping the column.
    public mutating func moveVertically(by rows: Int) {
        let goal = goalColumn ?? cursorColumn
        let target = max(0, min(cursorRow + rows, rowCount - 1))
        var row = 0
        for (number, line) in wrapped.enumerated() {
            if target < row + line.rowCount {
                buffer.move(to: TextPosition(line: number, index: line.index(onRow: target - row, column: goal)))
                break
            }
            row += line.rowCount
        }
        goalColumn = goal
        keepCursorVisible()
    }

    /// Home: the start of the row on screen.
    public mutating func moveToRowStart() {
        let cursor = buffer.cursor
        let line = wrapped[cursor.line]
        move { $0.move(to: TextPosition(line: cursor.line, index: line.rowStarts[line.row(of: cursor.index)])) }
    }

    /// End: the end of the row on screen.
    public mutating func moveToRowEnd() {
        let cursor = buffer.cursor
        let line = wrapped[cursor.line]
        move { $0.move(to: TextPosition(line: cursor.line, index: line.endIndex(ofRow: line.row(of: cursor.index)))) }
    }

    private mutating func move(_ change: (inout TextBuffer) -> Void) {
        change(&buffer)
        goalColumn = nil
        keepCursorVisible()
    }

    // MARK: - Size

    public mutating func resize(width newWidth: Int, height newHeight: Int) {
        let newWidth = max(1, newWidth)
        height = max(1, newHeight)
        if newWidth != width {
            width = newWidth
            rewrapAll()
        }
        keepCursorVisible()
    }

    private mutating func rewrapAll() {
        wrapped = buffer.lines.map { WrappedLine($0, width: width) }
    }

    /// Scrolls as little as possible to show the cursor, and never past the
    /// end of the text.
    private mutating func keepCursorVisible() {
        let row = cursorRow
        if row < scroll { scroll = row }
        if row >= scroll + height { scroll = row - height + 1 }
        scroll = max(0, min(scroll, rowCount - height))
    }
}
