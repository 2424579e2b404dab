/// What an ECMA-48 terminal (xterm, tmux, screen, the Linux console) shows,
/// and the fewest bytes that turn it into what the painter wants. It does
/// for parley's screens what ncurses' `doupdate` does in general, with
/// three things ncurses will not do, which make the difference on the wire:
///
/// - It moves to the next row with CR LF (ncurses never sends a line feed to
///   move down, only an address: 6 to 8 bytes a row against 2), writing
///   the left margin's blanks again when that is cheaper than a jump.
/// - When the screen above the bottom row is the old one shifted (a line
///   down, a jump within the page), it shifts it on the terminal with
///   delete line and insert line, and writes only the rows that are new.
/// - Style changes are one SGR sequence each, the shorter of "reset, then
///   set" and "turn off, turn on"; a blank keeps whatever style is current
///   when a blank looks the same in it (no background, reverse or underline).
///
/// Only used when the terminal's own description (terminfo) gives exactly
/// these sequences (`AnsiScreen.Features`); otherwise ncurses paints.
public struct AnsiScreen {
    /// What the terminal can show, decided from its terminfo entry.
    public struct Features: Sendable, Equatable {
        /// Attributes the terminal has (terminfo bold, dim, sitm, smul, rev).
        public var attributes: CellAttributes
        /// The eight ANSI colours and the terminal's default ones (SGR 30-37, 40-47, 39, 49).
        public var colour: Bool
        /// terminfo cnorm and civis.
        public var showCursor: [UInt8]
        public var hideCursor: [UInt8]

        public init(attributes: CellAttributes, colour: Bool, showCursor: [UInt8], hideCursor: [UInt8]) {
            self.attributes = attributes
            self.colour = colour
            self.showCursor = showCursor
            self.hideCursor = hideCursor
        }
    }

    /// One column as the terminal holds it.
    struct Cell: Equatable, Hashable {
        /// A spacing character and its zero-width ones; empty for the right
        /// half of a wide character.
        let text: String
        let style: CellStyle
        /// 2 for a wide character, 1, or 0 for the right half of a wide one.
        let width: UInt8
        /// `text`'s byte when it is one ASCII byte, else 0: the painter asks
        /// for it several times per cell, once per screen, so it is read once.
        let byte: UInt8

        init(text: String, style: CellStyle, width: UInt8) {
            self.text = text
            self.style = style
            self.width = width
            let utf8 = text.utf8
            byte = utf8.count == 1 ? utf8.first ?? 0 : 0
        }

        static let blank = Cell(text: " ", style: .plain, width: 1)

        var isBlank: Bool { width == 1 && byte == 0x20 }

        /// The cheap comparisons first: most cells that differ differ in style or width.
        static func == (lhs: Cell, rhs: Cell) -> Bool {
            lhs.width == rhs.width && lhs.style == rhs.style && lhs.text == rhs.text
        }

        /// A blank looks the same in any style without a background, reverse or underline.
        func looksSame(as other: Cell) -> Bool {
            if self == other { return true }
            return isBlank && other.isBlank
                && PaintStyles.looksPlainWhenBlank(style) && PaintStyles.looksPlainWhenBlank(other.style)
        }

        /// How it looks, for comparing rows: blanks that look plain are one blank.
        var look: Cell { isBlank && PaintStyles.looksPlainWhenBlank(style) ? .blank : self }
    }

    private let features: Features
    private var wanted: [[Cell]]
    private var wantedCursor: GridPoint?
    private var terminal: TerminalState
    public private(set) var size: GridSize

    /// A terminal of `size` that was just cleared: blank, the cursor and
    /// the attributes wherever the clearing left them.
    public init(size: GridSize, features: Features) {
        self.features = features
        self.size = size
        wanted = Self.blankRows(size)
        terminal = TerminalState(rows: Self.blankRows(size))
    }

    private static func blankRows(_ size: GridSize) -> [[Cell]] {
        Array(repeating: Array(repeating: Cell.blank, count: size.width), count: size.height)
    }

    /// The painter is about to paint a grid of `size`; a new size starts blank.
    public mutating func prepare(size newSize: GridSize) {
        guard newSize != size else { return }
        size = newSize
        wanted = Self.blankRows(newSize)
        terminal = TerminalState(rows: Self.blankRows(newSize))
    }

    /// The terminal was just cleared (and the cursor and attributes are
    /// wherever the clearing left them).
    public mutating func cleared() {
        terminal = TerminalState(rows: Self.blankRows(size))
    }

    /// `text` (one terminal cell's worth) at `row`, `column`, taking `width`
    /// columns on this terminal.
    public mutating func put(_ text: String, width: Int, row: Int, column: Int, style: CellStyle) {
        guard row >= 0, row < size.height, column >= 0, column < size.width else { return }
        let columns = width >= 2 && column + 1 < size.width ? 2 : 1
        let cell = Cell(text: text, style: Self.shown(style, features), width: UInt8(columns))
        let rowWidth = size.width
        // One access to the row for all of it: this runs for every cell of every screen.
        wanted[row].withUnsafeMutableBufferPointer { cells in
            // Overwriting half of a wide character leaves no half behind.
            if cells[column].width == 0, column > 0 { cells[column - 1] = .blank }
            if cells[column].width == 2, column + 1 < rowWidth { cells[column + 1] = .blank }
            cells[column] = cell
            if columns == 2 {
                if cells[column + 1].width == 2, column + 2 < rowWidth { cells[column + 2] = .blank }
                cells[column + 1] = Cell(text: "", style: cell.style, width: 0)
            }
        }
    }

    /// Where the cursor is to be left, shown; nil hides it.
    public mutating func setCursor(_ point: GridPoint?) {
        wantedCursor = point
    }

    /// The bytes that make the terminal show what was put: the cheapest of
    /// painting the rows that differ, or shifting the rows above the
    /// bottom one first.
    public mutating func render() -> [UInt8] {
        var best = terminal
        best.paint(wanted, cursor: wantedCursor, features: features)
        if let shift = likelyShift() {
            var shifted = terminal
            shifted.shift(by: shift, height: size.height)
            shifted.paint(wanted, cursor: wantedCursor, features: features)
            if shifted.output.count < best.output.count { best = shifted }
        }
        let bytes = best.output
        best.output.removeAll(keepingCapacity: true)
        terminal = best
        return bytes
    }

    /// The shift of the rows above the bottom one that makes most rows
    /// already on the terminal right, when any: +n when the contents moved
    /// up by n rows (a line down), -n when down.
    private func likelyShift() -> Int? {
        let region = size.height - 1
        // A blank terminal (the first screen, a repaint) has no rows to move.
        guard region >= 2, !terminal.isBlank else { return nil }
        let wantedLooks = wanted.prefix(region).map { $0.map(\.look) }
        let shownLooks = terminal.rows.prefix(region).map { $0.map(\.look) }
        var indexOfShown: [[Cell]: [Int]] = [:]
        let blankRow = Array(repeating: Cell.blank, count: size.width)
        for (index, row) in shownLooks.enumerated() where row != blankRow {
            indexOfShown[row, default: []].append(index)
        }
        var votes: [Int: Int] = [:]
        for (index, row) in wantedLooks.enumerated() where row != shownLooks[index] {
            for source in indexOfShown[row] ?? [] { votes[source - index, default: 0] += 1 }
        }
        return votes.max { $0.value != $1.value ? $0.value < $1.value : abs($0.key) > abs($1.key) }?.key
    }

    /// What a style becomes on this terminal: the attributes and colours it lacks go.
    static func shown(_ style: CellStyle, _ features: Features) -> CellStyle {
        var result = style
        result.attributes.formIntersection(features.attributes)
        if !features.colour {
            result.foreground = .default
            result.background = .default
        }
        return result
    }
}

/// The terminal as the writer last left it, and the bytes written to get there.
private struct TerminalState {
    var rows: [[AnsiScreen.Cell]]
    /// The cursor's row and column; a nil column after writing in the last
    /// column (the terminal may be about to wrap), nil when not known.
    var cursorRow: Int?
    var cursorColumn: Int?
    /// The SGR attributes in force; nil when not known.
    var style: CellStyle?
    /// Whether the cursor is shown; nil when not known.
    var cursorShown: Bool?
    /// Nothing has been written since it was cleared: every row is blank.
    private(set) var isBlank = true
    var output: [UInt8] = []

    /// `rows`: blank ones, as the terminal is after clearing.
    init(rows: [[AnsiScreen.Cell]]) {
        self.rows = rows
    }

    var width: Int { rows.first?.count ?? 0 }

    // MARK: - Shifting

    /// Shifts the rows above the bottom one by `amount` (positive: up),
    /// with delete line and insert line; the bottom row stays where it is.
    mutating func shift(by amount: Int, height: Int) {
        let count = abs(amount)
        let region = height - 1
        guard count > 0, count < region else { return }
        setErasable()
        if amount > 0 {
            // Delete at the top (the bottom row moves up), insert above the bottom row (it moves back).
            moveAbsolute(row: 0, column: 0)
            emit(count == 1 ? "\u{1B}[M" : "\u{1B}[\(count)M")
            moveAbsolute(row: region - count, column: 0)
            emit(count == 1 ? "\u{1B}[L" : "\u{1B}[\(count)L")
            let kept = Array(rows[count ..< region])
            rows.replaceSubrange(0 ..< region, with: kept + Array(repeating: blankRow, count: count))
        } else {
            moveAbsolute(row: region - count, column: 0)
            emit(count == 1 ? "\u{1B}[M" : "\u{1B}[\(count)M")
            moveAbsolute(row: 0, column: 0)
            emit(count == 1 ? "\u{1B}[L" : "\u{1B}[\(count)L")
            let kept = Array(rows[0 ..< region - count])
            rows.replaceSubrange(0 ..< region, with: Array(repeating: blankRow, count: count) + kept)
        }
    }

    private var blankRow: [AnsiScreen.Cell] { Array(repeating: .blank, count: width) }

    // MARK: - Painting

    mutating func paint(_ wanted: [[AnsiScreen.Cell]], cursor: GridPoint?, features: AnsiScreen.Features) {
        for row in wanted.indices {
            paint(row: row, wanted[row])
        }
        if let cursor {
            move(row: cursor.row, column: cursor.column)
            if cursorShown != true { output += features.showCursor }
            cursorShown = true
        } else if cursorShown != false {
            output += features.hideCursor
            cursorShown = false
        }
    }

    private mutating func paint(row: Int, _ wanted: [AnsiScreen.Cell]) {
        let shown = rows[row]
        let width = wanted.count
        var dirty = (0 ..< width).map { !wanted[$0].looksSame(as: shown[$0]) }
        guard dirty.contains(true) else { return }
        // A wide character is written whole, and one being overwritten goes whole.
        for _ in 0 ..< 2 {
            for column in 0 ..< width where dirty[column] {
                if column > 0 && (wanted[column].width == 0 || shown[column].width == 0) { dirty[column - 1] = true }
                if column + 1 < width && (wanted[column].width == 2 || shown[column].width == 2) { dirty[column + 1] = true }
            }
        }
        // Past the last cell that shows something, erasing to the end of the line is cheapest.
        let end = (wanted.lastIndex { !$0.looksSame(as: .blank) } ?? -1) + 1
        var erase: Int?
        if let first = (end ..< width).first(where: { dirty[$0] }) {
            erase = first
            for column in first ..< width { dirty[column] = false }
        }
        var column = 0
        while column < width {
            guard dirty[column] else {
                column += 1
                continue
            }
            move(row: row, column: column)
            while column < width && dirty[column] {
                write(wanted[column], row: row, column: column)
                column += 1
                // A terminal may measure it otherwise: go on from an address.
                if cursorColumn == nil { break }
            }
        }
        if let erase {
            move(row: row, column: erase)
            setErasable()
            emit("\u{1B}[K")
            for column in erase ..< width { rows[row][column] = .blank }
        }
    }

    private mutating func write(_ cell: AnsiScreen.Cell, row: Int, column: Int) {
        rows[row][column] = cell
        isBlank = false
        guard cell.width > 0 else { return }
        let keepsStyle = cell.isBlank && PaintStyles.looksPlainWhenBlank(cell.style)
            && style.map(PaintStyles.looksPlainWhenBlank) == true
        if !keepsStyle { setStyle(cell.style) }
        Self.append(cell, to: &output)
        let next = column + Int(cell.width)
        cursorRow = row
        // In the last column the terminal may be about to wrap: only an address or CR is sure.
        cursorColumn = next < width && !Self.widthMayDiffer(cell) ? next : nil
    }

    /// A cell's text as bytes; most are one ASCII byte, which skips the
    /// generic append of a `UTF8View`.
    static func append(_ cell: AnsiScreen.Cell, to bytes: inout [UInt8]) {
        if cell.byte != 0 {
            bytes.append(cell.byte)
        } else {
            bytes.append(contentsOf: cell.text.utf8)
        }
    }

    /// A narrow cell some terminals draw wide (emoji, a variation selector):
    /// where the cursor ends up after it is not sure.
    static func widthMayDiffer(_ cell: AnsiScreen.Cell) -> Bool {
        guard cell.width == 1, cell.byte == 0, let lead = cell.text.utf8.first, lead >= 0x80, let first = cell.text.unicodeScalars.first else { return false }
        if cell.text.unicodeScalars.count > 1 { return true }
        // Emoji and symbols some terminals draw as emoji, and the wide scripts.
        let doubtful: [ClosedRange<UInt32>] = [0x1100 ... 0x115F, 0x2300 ... 0x23FF, 0x2600 ... 0x27BF, 0x2B00 ... 0x2BFF,
                                              0x2E80 ... 0xA4CF, 0xAC00 ... 0xD7A3, 0xF900 ... 0xFAFF, 0xFE30 ... 0xFE4F,
                                              0xFF00 ... 0xFF60, 0xFFE0 ... 0xFFE6, 0x1F000 ... 0x10FFFF]
        return doubtful.contains { $0.contains(first.value) }
    }

    // MARK: - Moving

    /// The cheapest way to `row`, `column`: an address, or CR and line
    /// feeds, or moving right along the row (by writing again what the
    /// terminal already shows there when that is shorter than a jump).
    /// Each way is measured first and only the one taken is written: the
    /// first screen makes about 200 moves, and building every candidate's
    /// bytes was a twentieth of its instructions.
    private mutating func move(row: Int, column: Int) {
        if cursorRow == row && cursorColumn == column { return }
        enum Way { case address, along(from: Int), down(Int) }
        var way = Way.address
        var length = Self.addressLength(row: row, column: column)
        if let from = cursorRow, row >= from, row - from <= 3 {
            let down = row - from
            if down == 0, let at = cursorColumn, at < column {
                let along = rightwardsLength(row: row, from: at, to: column)
                if along < length {
                    way = .along(from: at)
                    length = along
                }
            }
            if down > 0 || (cursorColumn ?? Int.max) > column {
                let candidate = 1 + down + rightwardsLength(row: row, from: 0, to: column)
                if candidate < length {
                    way = .down(down)
                    length = candidate
                }
            }
        }
        switch way {
        case .address:
            Self.appendAddress(row: row, column: column, to: &output)
        case .along(let from):
            appendRightwards(row: row, from: from, to: column)
        case .down(let count):
            output.append(13)
            output.append(contentsOf: repeatElement(10, count: count))
            appendRightwards(row: row, from: 0, to: column)
        }
        cursorRow = row
        cursorColumn = column
    }

    /// Moving right on the cursor's row from `from` to `to`: the cells
    /// between written again (whole characters that look the same in the
    /// style in force), or a cursor forward, whichever is shorter.
    private mutating func appendRightwards(row: Int, from: Int, to: Int) {
        if from >= to { return }
        if rewrittenLength(row: row, from: from, to: to) != nil {
            for index in from ..< to { Self.append(rows[row][index], to: &output) }
        } else {
            Self.appendForward(to - from, to: &output)
        }
    }

    /// The bytes `appendRightwards` writes.
    private func rightwardsLength(row: Int, from: Int, to: Int) -> Int {
        if from >= to { return 0 }
        return rewrittenLength(row: row, from: from, to: to) ?? Self.forwardLength(to - from)
    }

    /// The bytes of the cells `from..<to` written again, when they can be
    /// (whole characters that look the same in the style in force) and are
    /// no longer than a cursor forward; nil otherwise.
    private func rewrittenLength(row: Int, from: Int, to: Int) -> Int? {
        let jump = Self.forwardLength(to - from)
        guard let current = style, rows[row][from].width > 0, to == width || rows[row][to].width > 0 else { return nil }
        var count = 0
        for index in from ..< to {
            let cell = rows[row][index]
            let same = cell.style == current
                || (cell.isBlank && PaintStyles.looksPlainWhenBlank(cell.style) && PaintStyles.looksPlainWhenBlank(current))
            guard same else { return nil }
            count += cell.text.utf8.count
            if count > jump { return nil }
        }
        return count
    }

    private mutating func moveAbsolute(row: Int, column: Int) {
        if cursorRow == row && cursorColumn == column { return }
        Self.appendAddress(row: row, column: column, to: &output)
        cursorRow = row
        cursorColumn = column
    }

    /// ESC [ row ; column H, 1-based; the row or both left out when they are 1.
    static func appendAddress(row: Int, column: Int, to bytes: inout [UInt8]) {
        bytes.append(0x1B)
        bytes.append(0x5B)
        if row != 0 || column != 0 { appendDecimal(row + 1, to: &bytes) }
        if column != 0 {
            bytes.append(0x3B)
            appendDecimal(column + 1, to: &bytes)
        }
        bytes.append(0x48)
    }

    static func addressLength(row: Int, column: Int) -> Int {
        if row == 0 && column == 0 { return 3 }
        return 3 + decimalLength(row + 1) + (column == 0 ? 0 : 1 + decimalLength(column + 1))
    }

    /// ESC [ C, or ESC [ n C.
    static func appendForward(_ columns: Int, to bytes: inout [UInt8]) {
        bytes.append(0x1B)
        bytes.append(0x5B)
        if columns != 1 { appendDecimal(columns, to: &bytes) }
        bytes.append(0x43)
    }

    static func forwardLength(_ columns: Int) -> Int {
        columns == 1 ? 3 : 3 + decimalLength(columns)
    }

    /// The digits of a count of rows or columns (not negative), without a String.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(0x30 + UInt8(value % 10))
    }

    static func decimalLength(_ value: Int) -> Int {
        value >= 10 ? 1 + decimalLength(value / 10) : 1
    }

    // MARK: - Styles

    /// Erasing (and inserting lines) fills with the current background on
    /// most terminals: make it the default one first.
    private mutating func setErasable() {
        if let style, PaintStyles.looksPlainWhenBlank(style) { return }
        setStyle(.plain)
    }

    private mutating func setStyle(_ next: CellStyle) {
        if style == next { return }
        let fresh = Self.parameters(next)
        var text = fresh.isEmpty ? "\u{1B}[m" : "\u{1B}[0;" + fresh.joined(separator: ";") + "m"
        if let current = style {
            let changes = "\u{1B}[" + Self.changes(from: current, to: next).joined(separator: ";") + "m"
            if changes.utf8.count < text.utf8.count { text = changes }
        }
        output.append(contentsOf: text.utf8)
        style = next
    }

    /// SGR parameters that set `style` from the terminal's defaults.
    static func parameters(_ style: CellStyle) -> [String] {
        var result: [String] = []
        let codes: [(CellAttributes, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        for (attribute, code) in codes where style.attributes.contains(attribute) { result.append(code) }
        if style.foreground != .default { result.append(String(29 + Int(style.foreground.rawValue))) }
        if style.background != .default { result.append(String(39 + Int(style.background.rawValue))) }
        return result
    }

    /// SGR parameters that turn `current` into `next` without a reset.
    static func changes(from current: CellStyle, to next: CellStyle) -> [String] {
        var result: [String] = []
        let removed = current.attributes.subtracting(next.attributes)
        var added = next.attributes.subtracting(current.attributes)
        if !removed.isDisjoint(with: [.bold, .dim]) {
            result.append("22")
            added.formUnion(next.attributes.intersection([.bold, .dim]))
        }
        if removed.contains(.italic) { result.append("23") }
        if removed.contains(.underline) { result.append("24") }
        if removed.contains(.reverse) { result.append("27") }
        var target = next
        target.attributes = added
        target.foreground = next.foreground == current.foreground ? .default : next.foreground
        target.background = next.background == current.background ? .default : next.background
        result += parameters(target)
        if next.foreground != current.foreground && next.foreground == .default { result.append("39") }
        if next.background != current.background && next.background == .default { result.append("49") }
        return result
    }

    private mutating func emit(_ text: String) {
        output.append(contentsOf: text.utf8)
    }
}
