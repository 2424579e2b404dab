/// The parts of a screen that are not article text.
public enum ScreenElement: Sendable {
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
}

/// Decides how each kind of text looks. With colour, questions are cyan and
/// bold; without (`NO_COLOR`, a monochrome terminal) only attributes remain,
/// and the question marker and numbers still set questions apart.
public struct Theme: Sendable {
    public let usesColour: Bool

    public static let colour = Theme(usesColour: true)
    public static let monochrome = Theme(usesColour: false)

    public func style(_ text: TextStyle) -> CellStyle {
        var style = base(text.role)
        if text.marks.contains(.emphasis) { style.attributes.insert(.italic) }
        if text.marks.contains(.strong) { style.attributes.insert(.bold) }
        if text.marks.contains(.link) {
            style.attributes.insert(.underline)
            if usesColour { style.foreground = .blue }
        }
        if text.marks.contains(.code) && usesColour { style.foreground = .green }
        return style
    }

    private func base(_ role: TextRole) -> CellStyle {
        switch role {
        case .body, .quote, .listMarker, .reactionText:
            return .plain
        case .title, .heading, .sectionHeading, .reactionAuthor:
            return CellStyle(attributes: .bold)
        case .metadata, .rule, .linkTarget, .reactionMeta:
            return CellStyle(attributes: .dim)
        case .question, .questionNumber, .reactionsHeading:
            return CellStyle(foreground: usesColour ? .cyan : .default, attributes: .bold)
        case .notice:
            return CellStyle(foreground: usesColour ? .red : .default, attributes: .bold)
        case .addReaction:
            return CellStyle(foreground: usesColour ? .green : .default, attributes: .bold)
        }
    }

    public func style(_ element: ScreenElement) -> CellStyle {
        switch element {
        case .statusBar: CellStyle(attributes: .reverse)
        case .statusMessage: CellStyle(attributes: [.reverse, .bold])
        case .statusError:
            usesColour ? CellStyle(foreground: .white, background: .red, attributes: .bold) : CellStyle(attributes: [.reverse, .bold])
        case .prompt: .plain
        case .selection: CellStyle(attributes: .reverse)
        case .match: CellStyle(attributes: .reverse)
        case .currentMatch:
            usesColour ? CellStyle(foreground: .black, background: .yellow, attributes: .bold) : CellStyle(attributes: [.reverse, .bold, .underline])
        case .border: CellStyle(foreground: usesColour ? .cyan : .default)
        case .overlayTitle, .heading, .currentMarker: CellStyle(attributes: .bold)
        case .questionMarker: CellStyle(foreground: usesColour ? .cyan : .default, attributes: .bold)
        case .quiet: CellStyle(attributes: .dim)
        }
    }
}
