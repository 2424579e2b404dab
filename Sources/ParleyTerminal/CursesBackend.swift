import CNCursesW
import ParleyUI

/// The painter's backend on ncurses: one `setcchar` + `mvwadd_wch` per cell
/// into stdscr, colour pairs made as styles need them. ncurses compares
/// stdscr with what the terminal shows and sends only the difference at
/// `doupdate` (`TerminalSession.present`).
struct CursesBackend: PaintBackend {
    private let colour: Bool
    private var pairs: [ColourPair: Int16] = [:]
    private var buffer: [wchar_t] = []

    private struct ColourPair: Hashable {
        var foreground: TerminalColor
        var background: TerminalColor
    }

    init(appearance: Appearance) {
        colour = appearance.colour
        buffer.reserveCapacity(6)
    }

    func libraryWidth(of scalar: Unicode.Scalar) -> Int {
        Int(parley_wcwidth(wchar_t(bitPattern: scalar.value)))
    }

    mutating func put(_ character: String, row: Int, column: Int, style: CellStyle) {
        let attributes = Self.attributes(style.attributes)
        let pair = pair(for: style)
        buffer.removeAll(keepingCapacity: true)
        for scalar in character.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
        buffer.append(0)
        _ = parley_put_cell(Int32(row), Int32(column), buffer, attributes, pair)
    }

    mutating func setCursorVisible(_ visible: Bool) {
        _ = curs_set(visible ? 1 : 0)
    }

    mutating func moveCursor(to point: GridPoint) {
        wmove(parley_stdscr(), Int32(point.row), Int32(point.column))
    }

    private static func attributes(_ attributes: CellAttributes) -> attr_t {
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
