/// What the terminal can show, decided once at start-up: UTF-8 or only
/// ASCII, colour or not (`NO_COLOR`, a monochrome terminal).
public struct Appearance: Sendable {
    public var unicode: Bool
    public var colour: Bool

    public init(unicode: Bool = true, colour: Bool = true) {
        self.unicode = unicode
        self.colour = colour
    }

    /// The article layout's decorations.
    public var glyphs: Glyphs { unicode ? .unicode : .ascii }
    /// The screens' own decorations.
    public var symbols: ScreenSymbols { unicode ? .unicode : .ascii }
    public var theme: Theme { colour ? .colour : .monochrome }
}
