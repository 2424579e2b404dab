/// Where the reader is in the text, independent of the width: the origin of
/// the top line. Kept across resizes, so shrinking a window and growing it
/// back returns to the very same line.
struct ReadingPosition: Equatable, Sendable {
    var origin: TextOrigin
    /// The top line was the blank line after a paragraph (it shares that
    /// paragraph's origin).
    var onBlank: Bool

    init(line: Int, in layout: ArticleLayout) {
        let styled = layout.lines[min(max(0, line), layout.lines.count - 1)]
        origin = styled.origin
        onBlank = styled.isBlank
    }
}

extension ArticleLayout {
    /// The line to put at the top for `position`: the line showing its text.
    func line(for position: ReadingPosition) -> Int {
        var line = line(for: position.origin)
        if position.onBlank {
            // The blank after a paragraph: past the paragraph's other lines at this width.
            while !lines[line].isBlank && line + 1 < lines.count && lines[line + 1].origin.block == position.origin.block {
                line += 1
            }
        } else {
            // A blank line repeats the origin of the text line before it; a
            // reader who was on text stays on text.
            while line > 0 && lines[line].isBlank && lines[line - 1].origin == lines[line].origin {
                line -= 1
            }
        }
        return line
    }
}
