/// How the screen looks and answers, decided once at start-up: UTF-8 or
/// only ASCII, colour or not (`NO_COLOR`, a monochrome terminal), and the
/// user's theme and keys (the config file, `Settings`).
public struct Appearance: Sendable {
    public var unicode: Bool
    public var colour: Bool { didSet { theme = Theme(usesColour: colour, palette: palette) } }
    /// The user's colours; `colour` decides whether they are shown.
    public var palette: Palette { didSet { theme = Theme(usesColour: colour, palette: palette) } }
    /// Every mode's keys, after the user's config.
    public var keys: KeyTable
    public private(set) var theme: Theme

    public init(unicode: Bool = true, colour: Bool = true, palette: Palette = .standard, keys: KeyTable = .defaults) {
        self.unicode = unicode
        self.colour = colour
        self.palette = palette
        self.keys = keys
        theme = Theme(usesColour: colour, palette: palette)
    }

    /// This terminal's appearance with the user's settings.
    public func with(_ settings: Settings) -> Appearance {
        var copy = self
        copy.palette = settings.palette
        copy.keys = settings.keys
        return copy
    }

    /// The article layout's decorations.
    public var glyphs: Glyphs { unicode ? .unicode : .ascii }
    /// The screens' own decorations.
    public var symbols: ScreenSymbols { unicode ? .unicode : .ascii }
}
