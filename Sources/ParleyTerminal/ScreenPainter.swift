import CNCursesW
import ParleyUI

/// Copies a `CellGrid` into ncurses. Only rows that changed since the last
/// grid are touched, and ncurses then sends only the cells that changed:
/// the screen is never cleared to redraw it.
struct ScreenPainter {
    private let unicode: Bool
    private let colour: Bool
    private var previous: CellGrid?
    private var pairs: [ColourPair: Int16] = [:]

    private struct ColourPair: Hashable {
        var foreground: TerminalColor
        var background: TerminalColor
    }

    init(appearance: Appearance) {
        unicode = appearance.unicode
        colour = appearance.colour
    }

    /// Forget what was painted: the next grid is copied whole.
    mutating func invalidate() {
        previous = nil
    }

    mutating func paint(_ grid: CellGrid) {
        let compare = previous?.size == grid.size ? previous : nil
        for row in 0 ..< grid.height where compare.map({ $0.row(row) != grid.row(row) }) ?? true {
            paint(row: row, of: grid)
        }
        if let cursor = grid.cursor {
            _ = curs_set(1)
            wmove(parley_stdscr(), Int32(cursor.row), Int32(cursor.column))
        } else {
            _ = curs_set(0)
        }
        previous = grid
    }

    private mutating func paint(row: Int, of grid: CellGrid) {
        var buffer: [wchar_t] = []
        buffer.reserveCapacity(6)
        let styles = PaintStyles.of(grid.row(row))
        for column in 0 ..< grid.width {
            let cell = grid[row, column]
            if cell.isContinuation { continue }
            let attributes = attributes(styles[column].attributes)
            let pair = pair(for: styles[column])
            let width = Int(cell.width)
            switch characters(for: cell, into: &buffer) {
            case .exact:
                _ = parley_put_cell(Int32(row), Int32(column), buffer, attributes, pair)
            case .narrow:
                // The C library thinks it narrower than the layout did: pad, keep the columns.
                _ = parley_put_cell(Int32(row), Int32(column), buffer, attributes, pair)
                _ = parley_put_cell(Int32(row), Int32(column + 1), [0x20, 0], attributes, pair)
            case .unprintable:
                for offset in 0 ..< width {
                    _ = parley_put_cell(Int32(row), Int32(column + offset), [0x3F, 0], attributes, pair)
                }
            }
        }
    }

    private enum Fit {
        case exact
        case narrow
        case unprintable
    }

    /// The character as ncurses takes it: one spacing character and up to
    /// four zero-width ones (accents, variation selectors), NUL-terminated.
    /// A terminal without UTF-8 gets '?' for anything not ASCII, as many as
    /// the columns it takes, so the layout holds.
    private func characters(for cell: Cell, into buffer: inout [wchar_t]) -> Fit {
        buffer.removeAll(keepingCapacity: true)
        let scalars = cell.character.unicodeScalars
        guard let base = scalars.first else { return .unprintable }
        if !unicode && !cell.character.isASCII { return .unprintable }
        let baseWidth = Int(parley_wcwidth(wchar_t(bitPattern: base.value)))
        guard baseWidth >= 1 && baseWidth <= Int(cell.width) else { return .unprintable }
        buffer.append(wchar_t(bitPattern: base.value))
        for scalar in scalars.dropFirst() {
            // A joiner or a second spacing character (emoji sequences, flags)
            // cannot go into one ncurses cell: show the first part only.
            guard buffer.count < 5, scalar.value != 0x200D, parley_wcwidth(wchar_t(bitPattern: scalar.value)) == 0 else { break }
            buffer.append(wchar_t(bitPattern: scalar.value))
        }
        buffer.append(0)
        return baseWidth == Int(cell.width) ? .exact : .narrow
    }

    private func attributes(_ attributes: CellAttributes) -> attr_t {
        var result = parley_attr_normal()
        if attributes.contains(.bold) { result |= parley_attr_bold() }
        if attributes.contains(.dim) { result |= parley_attr_dim() }
        if attributes.contains(.italic) { result |= parley_attr_italic() }
        if attributes.contains(.underline) { result |= parley_attr_underline() }
        if attributes.contains(.reverse) { result |= parley_attr_reverse() }
        return result
    }

    /// A colour pair for the style's colours, made the first time it is
    /// needed; pair 0 is the terminal's own colours.
    private mutating func pair(for style: CellStyle) -> Int16 {
        guard colour, style.foreground != .default || style.background != .default else { return 0 }
        let key = ColourPair(foreground: style.foreground, background: style.background)
        if let pair = pairs[key] { return pair }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < parley_colour_pairs() else { return 0 }
        init_pair(number, Self.colourNumber(style.foreground), Self.colourNumber(style.background))
        pairs[key] = number
        return number
    }

    private static func colourNumber(_ colour: TerminalColor) -> Int16 {
        colour == .default ? -1 : Int16(colour.rawValue) - 1
    }
}
