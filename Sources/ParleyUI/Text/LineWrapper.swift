/// Word wrapping of styled text to a width in display columns.
///
/// Breaks at spaces; a word longer than a line is broken between grapheme
/// clusters (never inside one); a "\n" in the text is a hard break. The spaces
/// at a break are dropped, and nothing else is: the words come out in order.
/// Indentation (a quote bar, a list marker, a question number) is given as a
/// prefix for the first line and one for the rest.
public enum LineWrapper {
    public struct Line: Equatable, Sendable {
        public var spans: [Span]
        public var width: Int
        /// Characters of the input before this line's first character.
        public var offset: Int
    }

    public static func wrap(_ spans: [Span], width: Int, firstPrefix: [Span] = [], restPrefix: [Span] = []) -> [Line] {
        var builder = Builder(width: max(1, width), firstPrefix: firstPrefix, restPrefix: restPrefix)
        var word: [(Character, TextStyle, Int)] = []
        var spaces: [TextStyle] = []
        var offset = 0
        var wordStart = 0

        func flushWord() {
            guard !word.isEmpty else { return }
            builder.place(word: word, spaces: spaces, offset: wordStart)
            word.removeAll(keepingCapacity: true)
            spaces.removeAll(keepingCapacity: true)
        }

        for span in spans {
            for character in span.text {
                if character == " " {
                    flushWord()
                    spaces.append(span.style)
                } else if character == "\n" {
                    flushWord()
                    spaces.removeAll(keepingCapacity: true)
                    builder.hardBreak(nextOffset: offset + 1)
                } else {
                    if word.isEmpty { wordStart = offset }
                    word.append((character, span.style, DisplayWidth.of(character)))
                }
                offset += 1
            }
        }
        flushWord()
        return builder.finish()
    }

    /// Fills lines greedily.
    private struct Builder {
        let width: Int
        let firstPrefix: [Span]
        let restPrefix: [Span]
        var lines: [Line] = []
        var spans: [Span] = []
        var columns = 0
        var hasContent = false
        var lineOffset = 0
        var lineOffsetKnown = false

        init(width: Int, firstPrefix: [Span], restPrefix: [Span]) {
            self.width = width
            // A prefix that leaves less than two columns is dropped: text must fit somewhere.
            self.firstPrefix = Self.prefixWidth(firstPrefix) + 2 <= width ? firstPrefix : []
            self.restPrefix = Self.prefixWidth(restPrefix) + 2 <= width ? restPrefix : []
            start(prefix: self.firstPrefix)
        }

        static func prefixWidth(_ prefix: [Span]) -> Int {
            prefix.reduce(0) { $0 + DisplayWidth.of($1.text) }
        }

        mutating func start(prefix: [Span]) {
            spans = []
            columns = 0
            for span in prefix { append(span.text, span.style, DisplayWidth.of(span.text)) }
            hasContent = false
            lineOffsetKnown = false
        }

        mutating func append(_ text: String, _ style: TextStyle, _ textWidth: Int) {
            if let last = spans.last, last.style == style {
                spans[spans.count - 1].text += text
            } else {
                spans.append(Span(text, style))
            }
            columns += textWidth
        }

        mutating func endLine() {
            lines.append(Line(spans: spans, width: columns, offset: lineOffsetKnown ? lineOffset : 0))
            start(prefix: restPrefix)
        }

        mutating func markStart(_ offset: Int) {
            if !lineOffsetKnown {
                lineOffset = offset
                lineOffsetKnown = true
            }
        }

        mutating func place(word: [(Character, TextStyle, Int)], spaces: [TextStyle], offset: Int) {
            let wordWidth = word.reduce(0) { $0 + $1.2 }
            if hasContent {
                if columns + spaces.count + wordWidth <= width {
                    for style in spaces { append(" ", style, 1) }
                    appendWhole(word, offset: offset)
                    return
                }
                endLine()
            }
            if columns + wordWidth <= width {
                appendWhole(word, offset: offset)
                return
            }
            // Longer than a whole line: break it between grapheme clusters.
            var characterOffset = offset
            for (character, style, characterWidth) in word {
                if hasContent && columns + characterWidth > width { endLine() }
                markStart(characterOffset)
                append(String(character), style, characterWidth)
                hasContent = true
                characterOffset += 1
            }
        }

        mutating func appendWhole(_ word: [(Character, TextStyle, Int)], offset: Int) {
            markStart(offset)
            var run = ""
            var runStyle = word[0].1
            var runWidth = 0
            for (character, style, characterWidth) in word {
                if style != runStyle {
                    append(run, runStyle, runWidth)
                    run = ""
                    runWidth = 0
                    runStyle = style
                }
                run.append(character)
                runWidth += characterWidth
            }
            append(run, runStyle, runWidth)
            hasContent = true
        }

        mutating func hardBreak(nextOffset: Int) {
            markStart(nextOffset - 1)
            endLine()
        }

        mutating func finish() -> [Line] {
            if hasContent || lines.isEmpty { endLine() }
            return lines
        }
    }
}
