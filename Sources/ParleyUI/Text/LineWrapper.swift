/// Word wrapping of styled text to a width in display columns.
///
/// Breaks at spaces; a word longer than a line is broken between grapheme
/// clusters (never inside one); a "\n" in the text is a hard break. The spaces
/// at a break are dropped, and nothing else is: the words come out in order.
/// Indentation (a quote bar, a list marker, a question number) is given as a
/// prefix for the first line and one for the rest.
///
/// It works on UTF-8 bytes and measures a word at a time: ASCII words (most
/// of any article) cost one pass over their bytes, so laying out a 10 MB
/// article is quick.
public enum LineWrapper {
    public struct Line: Equatable, Sendable {
        public var spans: [Span]
        public var width: Int
        /// UTF-8 bytes of the input before this line's first character.
        public var offset: Int
    }

    public static func wrap(_ spans: [Span], width: Int, firstPrefix: [Span] = [], restPrefix: [Span] = []) -> [Line] {
        let texts = spans.map { Array($0.text.utf8) }
        var builder = Builder(width: max(1, width), firstPrefix: firstPrefix, restPrefix: restPrefix, texts: texts, styles: spans.map(\.style))
        var word: [Piece] = []
        var spaces: [TextStyle] = []
        var offset = 0
        var wordStart = 0

        func flushWord() {
            guard !word.isEmpty else { return }
            builder.place(word: word, spaces: spaces, offset: wordStart)
            word.removeAll(keepingCapacity: true)
            spaces.removeAll(keepingCapacity: true)
        }

        for (spanIndex, bytes) in texts.enumerated() {
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == space {
                    flushWord()
                    spaces.append(spans[spanIndex].style)
                    i += 1
                } else if byte == newline {
                    flushWord()
                    spaces.removeAll(keepingCapacity: true)
                    builder.hardBreak(at: offset + i)
                    i += 1
                } else {
                    var end = i
                    var ascii = true
                    while end < bytes.count, bytes[end] != space, bytes[end] != newline {
                        if bytes[end] >= 0x80 { ascii = false }
                        end += 1
                    }
                    if word.isEmpty { wordStart = offset + i }
                    let pieceWidth = ascii ? end - i : Self.width(of: String(decoding: bytes[i..<end], as: UTF8.self))
                    word.append(Piece(span: spanIndex, bytes: i..<end, width: pieceWidth, isASCII: ascii))
                    i = end
                }
            }
            offset += bytes.count
        }
        flushWord()
        return builder.finish()
    }

    /// Columns of a non-ASCII piece of a word. A piece that starts with a
    /// mark joins the character before it (a space too) into one cluster,
    /// which can be wider than the two apart (a spacing mark adds a column
    /// to its base): counted as it measures after a space, so a line is never
    /// wider on screen than the wrapper counted (found by Fuzz/FuzzText).
    private static func width(of piece: String) -> Int {
        let alone = DisplayWidth.of(piece)
        guard let first = piece.unicodeScalars.first else { return alone }
        switch first.properties.generalCategory {
        case .spacingMark, .nonspacingMark, .enclosingMark: break
        default: if !first.properties.isGraphemeExtend { return alone }
        }
        return max(alone, DisplayWidth.of(" " + piece) - 1)
    }

    private static let space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n")

    /// Part of a word that lies in one span.
    private struct Piece {
        var span: Int
        var bytes: Range<Int>
        var width: Int
        var isASCII: Bool
    }

    /// Fills lines greedily.
    private struct Builder {
        let width: Int
        let firstPrefix: [Span]
        let restPrefix: [Span]
        let texts: [[UInt8]]
        let styles: [TextStyle]
        var lines: [Line] = []
        /// The line being filled, as UTF-8, and where each style's run of it
        /// ends: the strings are made once per line, not once per word.
        var lineBytes: [UInt8] = []
        var runs: [(style: TextStyle, end: Int)] = []
        var columns = 0
        var hasContent = false
        var lineOffset: Int?

        init(width: Int, firstPrefix: [Span], restPrefix: [Span], texts: [[UInt8]], styles: [TextStyle]) {
            self.width = width
            self.texts = texts
            self.styles = styles
            // A prefix that leaves less than two columns is dropped: text must fit somewhere.
            self.firstPrefix = Self.prefixWidth(firstPrefix) + 2 <= width ? firstPrefix : []
            self.restPrefix = Self.prefixWidth(restPrefix) + 2 <= width ? restPrefix : []
            start(prefix: self.firstPrefix)
        }

        static func prefixWidth(_ prefix: [Span]) -> Int {
            prefix.reduce(0) { $0 + DisplayWidth.of($1.text) }
        }

        mutating func start(prefix: [Span]) {
            lineBytes.removeAll(keepingCapacity: true)
            runs.removeAll(keepingCapacity: true)
            columns = 0
            for span in prefix { append(span.text.utf8, span.style, DisplayWidth.of(span.text)) }
            hasContent = false
            lineOffset = nil
        }

        mutating func append(_ bytes: some Collection<UInt8>, _ style: TextStyle, _ textWidth: Int) {
            lineBytes.append(contentsOf: bytes)
            if let last = runs.last, last.style == style {
                runs[runs.count - 1].end = lineBytes.count
            } else {
                runs.append((style, lineBytes.count))
            }
            columns += textWidth
        }

        /// The line's spans. Every run ends between whole UTF-8 sequences, so no byte is repaired.
        var spans: [Span] {
            var start = 0
            return runs.map { run in
                defer { start = run.end }
                return Span(String(decoding: lineBytes[start ..< run.end], as: UTF8.self), run.style)
            }
        }

        mutating func endLine() {
            lines.append(Line(spans: spans, width: columns, offset: lineOffset ?? 0))
            start(prefix: restPrefix)
        }

        mutating func place(word: [Piece], spaces: [TextStyle], offset: Int) {
            let wordWidth = word.reduce(0) { $0 + $1.width }
            if hasContent {
                if columns + spaces.count + wordWidth <= width {
                    for style in spaces { append(CollectionOfOne(LineWrapper.space), style, 1) }
                    appendWhole(word, offset: offset)
                    return
                }
                endLine()
            }
            if columns + wordWidth <= width {
                appendWhole(word, offset: offset)
                return
            }
            breakWord(word, offset: offset)
        }

        mutating func appendWhole(_ word: [Piece], offset: Int) {
            if lineOffset == nil { lineOffset = offset }
            for piece in word {
                append(texts[piece.span][piece.bytes], styles[piece.span], piece.width)
            }
            hasContent = true
        }

        /// A word longer than a whole line, broken between grapheme clusters.
        mutating func breakWord(_ word: [Piece], offset: Int) {
            var byteOffset = offset
            for piece in word {
                let style = styles[piece.span]
                let bytes = texts[piece.span][piece.bytes]
                if piece.isASCII {
                    var i = bytes.startIndex
                    while i < bytes.endIndex {
                        if hasContent && columns >= width { endLine() }
                        let room = max(1, width - columns)
                        let end = min(bytes.endIndex, i + room)
                        if lineOffset == nil { lineOffset = byteOffset + (i - bytes.startIndex) }
                        append(bytes[i..<end], style, end - i)
                        hasContent = true
                        i = end
                    }
                } else {
                    var consumed = 0
                    for character in String(decoding: bytes, as: UTF8.self) {
                        let characterWidth = DisplayWidth.of(character)
                        if hasContent && columns + characterWidth > width { endLine() }
                        if lineOffset == nil { lineOffset = byteOffset + consumed }
                        append(character.utf8, style, characterWidth)
                        hasContent = true
                        consumed += character.utf8.count
                    }
                }
                byteOffset += piece.bytes.count
            }
        }

        mutating func hardBreak(at offset: Int) {
            if lineOffset == nil { lineOffset = offset }
            endLine()
        }

        mutating func finish() -> [Line] {
            if hasContent || lines.isEmpty { endLine() }
            return lines
        }
    }
}
