/// Where the reader is in the text, independent of the width: the origin of
/// the top line. Kept across resizes, so shrinking a window and growing it
/// back returns to the very same line.
///
/// Every line has an origin of its own (a blank line sorts after the block
/// before it), so the origin alone finds the line again at any width.
struct ReadingPosition: Equatable, Sendable {
    var origin: TextOrigin

    init(origin: TextOrigin) {
        self.origin = origin
    }

    init(line: Int, in layout: ArticleLayout) {
        origin = layout.lines[min(max(0, line), layout.lines.count - 1)].origin
    }
}

extension ArticleLayout {
    /// The line to put at the top for `position`: the line showing its text.
    func line(for position: ReadingPosition) -> Int {
        line(for: position.origin)
    }
}
