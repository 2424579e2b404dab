/// The parts of a screen that are not article text. The raw value is the
/// case's place in `allCases`: a theme looks an element's style up by it.
public enum ScreenElement: UInt8, Sendable, CaseIterable {
    case statusBar
    case statusMessage
    case statusError
    case prompt
    case selection
    case match
    case currentMatch
    case border
    case overlayTitle
    case questionMarker
    case currentMarker
    case heading
    case quiet
    /// The mark of a reaction not seen before.
    case newReactionMarker
}

/// Decides how each kind of text looks: a `Palette` (a built-in light or
/// dark one, with the user's own styles per role) on a terminal with or
/// without colour. Without colour (`NO_COLOR`, a monochrome terminal) only
/// attributes remain, the user's too, and the question marker and numbers
/// still set questions apart. Worked out once, so drawing a cell is an array look-up.
public struct Theme: Sendable {
    public let usesColour: Bool
    private let text: [CellStyle]
    private let elements: [CellStyle]
    private let link: CellStyle
    private let code: CellStyle

    public static let colour = Theme(usesColour: true)
    public static let monochrome = Theme(usesColour: false)

    public init(usesColour: Bool, palette: Palette = .standard) {
        self.usesColour = usesColour
        func resolve(_ role: ThemeRole) -> CellStyle { palette.style(role, colour: usesColour) }
        text = TextRole.allCases.map { resolve(ThemeRole(text: $0)) }
        elements = ScreenElement.allCases.map { resolve(ThemeRole(element: $0)) }
        link = resolve(.link)
        code = resolve(.code)
    }

    public func style(_ style: TextStyle) -> CellStyle {
        var cell = text[Int(style.role.rawValue)]
        if style.marks.contains(.emphasis) { cell.attributes.insert(.italic) }
        if style.marks.contains(.strong) { cell.attributes.insert(.bold) }
        if style.marks.contains(.link) { cell = Self.mark(cell, with: link) }
        if style.marks.contains(.code) { cell = Self.mark(cell, with: code) }
        return cell
    }

    public func style(_ element: ScreenElement) -> CellStyle {
        // An array, not a dictionary by element: building that dictionary's
        // type at start-up cost more than the whole theme (docs/performance.md).
        elements[Int(element.rawValue)]
    }

    /// A mark (a link, code) over the role's style: its colour when it has
    /// one, and its attributes added.
    private static func mark(_ cell: CellStyle, with mark: CellStyle) -> CellStyle {
        var out = cell
        if mark.foreground != .default { out.foreground = mark.foreground }
        if mark.background != .default { out.background = mark.background }
        out.attributes.formUnion(mark.attributes)
        return out
    }
}
