/// The decorations the layout draws. Plain output and terminals without
/// UTF-8 get ASCII; a UTF-8 terminal gets box-drawing characters.
public struct Glyphs: Equatable, Sendable {
    public var quotePrefix: String
    public var bullet: String
    public var rule: Character
    public var separator: String

    public static let unicode = Glyphs(quotePrefix: "│ ", bullet: "•", rule: "─", separator: " · ")
    public static let ascii = Glyphs(quotePrefix: "> ", bullet: "-", rule: "-", separator: " - ")
}
