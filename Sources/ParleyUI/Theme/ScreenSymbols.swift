/// The screens' own decorations: markers and box lines. A terminal without
/// UTF-8 gets ASCII, so nothing is drawn as '?'.
public struct ScreenSymbols: Equatable, Sendable {
    /// In the gutter beside a question: shows which lines are questions even
    /// without colour or bold.
    public var questionMarker: String
    /// Before the selected row of a list.
    public var selection: String
    /// Marks the question the reader is on, in the outline.
    public var current: String
    public var ellipsis: String
    public var separator: String
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// The composer's text goes on above / below the box.
    public var moreAbove: String
    public var moreBelow: String

    public static let unicode = ScreenSymbols(
        questionMarker: "▌", selection: "▸", current: "●", ellipsis: "…", separator: " · ",
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        moreAbove: "▲", moreBelow: "▼"
    )
    public static let ascii = ScreenSymbols(
        questionMarker: "|", selection: ">", current: "*", ellipsis: "...", separator: " - ",
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        moreAbove: "^", moreBelow: "v"
    )
}
