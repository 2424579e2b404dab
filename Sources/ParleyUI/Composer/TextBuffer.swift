/// A place in a `TextBuffer`: the line, and how many characters (grapheme
/// clusters) into it.
public struct TextPosition: Comparable, Hashable, Sendable {
    public var line: Int
    public var index: Int

    public init(line: Int, index: Int) {
        self.line = line
        self.index = index
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.index) < (rhs.line, rhs.index)
    }
}

/// Text being typed: lines of grapheme clusters (what a reader sees as one
/// letter, emoji or accented letter) and a cursor between them. Every edit
/// works on whole clusters, so Backspace never leaves half an emoji or an
/// accent without its letter.
///
/// An edit costs time in proportion to the line it touches, not the text.
public struct TextBuffer: Equatable, Sendable {
    public private(set) var lines: [[Character]]
    public private(set) var cursor: TextPosition

    /// `text` with the cursor at its end. Line ends are `\n`.
    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        cursor = TextPosition(line: lines.count - 1, index: lines[lines.count - 1].count)
    }

    public var text: String {
        lines.map { String($0) }.joined(separator: "\n")
    }

    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

    /// Characters as a posted reaction counts them: after trimming white
    /// space and blank lines at both ends, a line break counting one.
    public var characterCount: Int {
        let total = lines.reduce(lines.count - 1) { $0 + $1.count }
        var leading = 0
        outer: for (number, line) in lines.enumerated() {
            for character in line {
                if !character.isWhitespace { break outer }
                leading += 1
            }
            if number < lines.count - 1 { leading += 1 }
        }
        if leading >= total { return 0 }
        var trailing = 0
        outer: for (number, line) in lines.enumerated().reversed() {
            for character in line.reversed() {
                if !character.isWhitespace { break outer }
                trailing += 1
            }
            if number > 0 { trailing += 1 }
        }
        return total - leading - trailing
    }

    // MARK: - Typing

    /// Inserts `typed` at the cursor; a `\n` in it starts a new line. The
    /// caller has already made it text (no CR, no tab).
    public mutating func insert(_ typed: String) {
        for (number, piece) in typed.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number > 0 { insertNewline() }
            insertInLine(Array(piece))
        }
    }

    public mutating func insertNewline() {
        let line = lines[cursor.line]
        lines[cursor.line] = Array(line[..<cursor.index])
        lines.insert(Array(line[cursor.index...]), at: cursor.line + 1)
        cursor = TextPosition(line: cursor.line + 1, index: 0)
    }

    private mutating func insertInLine(_ characters: [Character]) {
        guard !characters.isEmpty else { return }
        let start = cursor.index
        lines[cursor.line].insert(contentsOf: characters, at: start)
        cursor.index = start + characters.count
        rejoin(line: cursor.line, at: start + characters.count)
        rejoin(line: cursor.line, at: start)
    }

    // MARK: - Deleting

    /// Backspace: the character before the cursor, or the line break.
    public mutating func deleteBackward() {
        if cursor.index > 0 {
            lines[cursor.line].remove(at: cursor.index - 1)
            cursor.index -= 1
            rejoin(line: cursor.line, at: cursor.index)
        } else {
            joinWithPreviousLine()
        }
    }

    /// Delete: the character after the cursor, or the line break.
    public mutating func deleteForward() {
        if cursor.index < lines[cursor.line].count {
            lines[cursor.line].remove(at: cursor.index)
            rejoin(line: cursor.line, at: cursor.index)
        } else if cursor.line + 1 < lines.count {
            cursor = TextPosition(line: cursor.line + 1, index: 0)
            joinWithPreviousLine()
        }
    }

    /// Ctrl-W: the word before the cursor and the spaces after it, as in a
    /// shell; at the start of a line, the line break.
    public mutating func deleteWordBackward() {
        guard cursor.index > 0 else { return joinWithPreviousLine() }
        let line = lines[cursor.line]
        var start = cursor.index
        while start > 0 && line[start - 1].isWhitespace { start -= 1 }
        while start > 0 && !line[start - 1].isWhitespace { start -= 1 }
        lines[cursor.line].removeSubrange(start ..< cursor.index)
        cursor.index = start
        rejoin(line: cursor.line, at: start)
    }

    /// Ctrl-U: the line up to the cursor; at the start of a line, the line break.
    public mutating func deleteToLineStart() {
        guard cursor.index > 0 else { return joinWithPreviousLine() }
        lines[cursor.line].removeSubrange(0 ..< cursor.index)
        cursor.index = 0
    }

    private mutating func joinWithPreviousLine() {
        guard cursor.line > 0 else { return }
        let rest = lines.remove(at: cursor.line)
        let previous = cursor.line - 1
        let joint = lines[previous].count
        lines[previous] += rest
        cursor = TextPosition(line: previous, index: joint)
        rejoin(line: previous, at: joint)
    }

    /// Two characters that meet after an edit may be one cluster (a letter
    /// and the accent typed after it, two regional indicators, an emoji and
    /// its skin tone): segment them again so editing stays whole-cluster.
    private mutating func rejoin(line: Int, at index: Int) {
        guard index > 0 && index < lines[line].count else { return }
        let pair = lines[line][index - 1 ... index]
        let merged = Array(String(pair))
        guard merged.count != 2 else { return }
        lines[line].replaceSubrange(index - 1 ... index, with: merged)
        if cursor.line == line && cursor.index > index { cursor.index -= 2 - merged.count }
    }

    // MARK: - Moving

    public mutating func moveLeft() {
        if cursor.index > 0 {
            cursor.index -= 1
        } else if cursor.line > 0 {
            cursor = TextPosition(line: cursor.line - 1, index: lines[cursor.line - 1].count)
        }
    }

    public mutating func moveRight() {
        if cursor.index < lines[cursor.line].count {
            cursor.index += 1
        } else if cursor.line + 1 < lines.count {
            cursor = TextPosition(line: cursor.line + 1, index: 0)
        }
    }

    /// Puts the cursor at `position`, kept inside the text.
    public mutating func move(to position: TextPosition) {
        let line = max(0, min(position.line, lines.count - 1))
        cursor = TextPosition(line: line, index: max(0, min(position.index, lines[line].count)))
    }

    public mutating func moveToEnd() {
        cursor = TextPosition(line: lines.count - 1, index: lines[lines.count - 1].count)
    }
}
