/// Where the reader puts things on a screen of a given size: a readable
/// measure centred on wide terminals, a two-column gutter for the question
/// marker, the status line at the bottom.
public struct ReaderGeometry: Equatable, Sendable {
    /// Columns of text per line (the layout's width).
    public let measure: Int
    /// Column where a line's text starts.
    public let textColumn: Int
    /// Column of the question marker; nil when the screen is too narrow for a gutter.
    public let gutterColumn: Int?
    /// Rows of article text (all rows but the status line).
    public let rows: Int

    /// Longer lines are hard to follow; with the gutter and margins this is
    /// about 80 columns in all.
    public static let readableMeasure = 76
    static let gutterWidth = 2
    /// Below this width the gutter costs more than it helps.
    static let gutterMinimumWidth = 16

    public init(size: GridSize) {
        let gutter = size.width >= Self.gutterMinimumWidth ? Self.gutterWidth : 0
        measure = max(1, min(Self.readableMeasure, size.width - 2 * gutter))
        textColumn = max(gutter, (size.width - measure) / 2)
        gutterColumn = gutter > 0 ? textColumn - gutter : nil
        rows = max(0, size.height - 1)
    }
}
