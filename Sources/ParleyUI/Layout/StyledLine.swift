/// A run of text in one style. The text is always sanitised: no control
/// characters (the layout is the only way content reaches a screen).
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: TextStyle

    public init(_ text: String, _ style: TextStyle) {
        self.text = text
        self.style = style
    }
}

/// One line of laid-out text, at most the layout's width in columns.
public struct StyledLine: Equatable, Sendable {
    public var spans: [Span]
    /// Display columns of the line.
    public var width: Int
    /// Where the line's text comes from: the same for every width, so a resize
    /// can find the paragraph the reader was on.
    public var origin: TextOrigin

    public init(spans: [Span], width: Int, origin: TextOrigin) {
        self.spans = spans
        self.width = width
        self.origin = origin
    }

    public static func blank(_ origin: TextOrigin) -> StyledLine {
        StyledLine(spans: [], width: 0, origin: origin)
    }

    public var text: String { spans.map(\.text).joined() }
    public var isBlank: Bool { spans.allSatisfy { $0.text.allSatisfy { $0 == " " } } }
}

/// A position in the content independent of width: which block of the
/// layout, and how many characters into it the line starts.
public struct TextOrigin: Comparable, Hashable, Sendable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    public static func < (lhs: TextOrigin, rhs: TextOrigin) -> Bool {
        (lhs.block, lhs.offset) < (rhs.block, rhs.offset)
    }
}
