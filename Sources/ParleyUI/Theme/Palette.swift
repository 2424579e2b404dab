/// A theme's styles per role, before the terminal's colour support is
/// applied: one of the built-in palettes with the user's `colour.ROLE`
/// lines over it.
public struct Palette: Sendable, Equatable {
    /// The built-in palettes, by the name the config's `theme` uses.
    public enum Name: String, CaseIterable, Sendable {
        /// parley's look since the start: the terminal's own colours with a few accents.
        case standard = "default"
        /// For a light background: blue instead of cyan, which fades on white.
        case light
        /// For a dark background: no blue text, which is hard to read on black.
        case dark
    }

    public let name: Name
    private var overrides: [ThemeRole: CellStyle] = [:]

    public static let standard = Palette(.standard)

    public init(_ name: Name) {
        self.name = name
    }

    /// The user's style for `role`, over the built-in one.
    public mutating func set(_ role: ThemeRole, _ style: CellStyle) {
        overrides[role] = style
    }

    /// How `role` looks on a terminal with or without colour. Without, the
    /// user's styles keep their attributes only: `NO_COLOR` always wins.
    public func style(_ role: ThemeRole, colour: Bool) -> CellStyle {
        if let style = overrides[role] { return colour ? style : CellStyle(attributes: style.attributes) }
        if !colour {
            switch role {
            // Without colour, reverse video carries what the colour did.
            case .statusError: return CellStyle(attributes: [.reverse, .bold])
            case .currentMatch: return CellStyle(attributes: [.reverse, .bold, .underline])
            default: return CellStyle(attributes: Self.builtIn(role, name).attributes)
            }
        }
        return Self.builtIn(role, name)
    }

    private static func builtIn(_ role: ThemeRole, _ name: Name) -> CellStyle {
        // The accent: cyan, except on a light background.
        let accent: TerminalColor = name == .light ? .blue : .cyan
        switch role {
        case .body, .quote, .listMarker, .reactionText, .prompt:
            return .plain
        case .title, .heading, .sectionHeading, .reactionAuthor, .overlayTitle, .helpKeys, .currentMarker:
            return CellStyle(attributes: .bold)
        case .metadata, .rule, .linkTarget, .reactionMeta, .quiet:
            return CellStyle(attributes: .dim)
        case .question, .questionNumber, .reactionsHeading, .questionMarker:
            return CellStyle(foreground: accent, attributes: .bold)
        case .notice:
            return CellStyle(foreground: .red, attributes: .bold)
        case .addReaction, .newReactionMarker:
            return CellStyle(foreground: .green, attributes: .bold)
        case .link:
            return CellStyle(foreground: name == .dark ? .cyan : .blue, attributes: .underline)
        case .code:
            return CellStyle(foreground: name == .light ? .magenta : .green)
        case .statusLine, .selection, .searchMatch:
            return CellStyle(attributes: .reverse)
        case .statusMessage:
            return CellStyle(attributes: [.reverse, .bold])
        case .statusError:
            return CellStyle(foreground: .white, background: .red, attributes: .bold)
        case .currentMatch:
            return CellStyle(foreground: .black, background: .yellow, attributes: .bold)
        case .border:
            return CellStyle(foreground: accent)
        }
    }
}
