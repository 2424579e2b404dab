/// Step 2 of an import: lines into paragraphs.
///
/// Paragraphs are separated by blank lines. The first non-blank line (the
/// title) is a paragraph on its own. Inside a block of lines with no blank line
/// between them, a line starts a new paragraph when it starts with a
/// quotation mark, a label (`Q:`, a speaker's name), a number (`1.`, `2)`), or
/// is a reactions heading, an author box heading or "Name wrote:"; when
/// the line before it ends with "?" or was such a heading; and when it is
/// short, the line after it starts with a quotation mark and the line before
/// it ends a sentence (a question without "?" between an answer and the next
/// quoted answer). Otherwise lines are joined with a space (soft-wrapped text).
struct ParagraphSplitter {
    var speakerNames: Set<String>

    func split(_ lines: [String]) -> [ImportParagraph] {
        var paragraphs: [ImportParagraph] = []
        var current: [Substring] = []
        var currentLine = 0
        var previousEndsParagraph = false
        var previous: Substring = ""

        func finish() {
            guard !current.isEmpty else { return }
            let text = current.count == 1 ? current[0] : Substring(current.joined(separator: " "))
            paragraphs.append(ImportParagraph(text: text, line: currentLine))
            current = []
        }

        for (offset, raw) in lines.enumerated() {
            let line = raw.trimmingWhitespace
            if line.isEmpty {
                finish()
                previousEndsParagraph = false
                continue
            }
            let isTitle = paragraphs.isEmpty && current.isEmpty
            let isHeading = isHeadingLine(line)
            if !current.isEmpty && (previousEndsParagraph || isHeading || startsParagraph(line)
                                    || isQuestionBeforeQuote(line, offset: offset, lines: lines, previous: previous)) {
                finish()
            }
            if current.isEmpty { currentLine = offset + 1 }
            current.append(line)
            previous = line
            previousEndsParagraph = isTitle || isHeading || line.last == "?"
        }
        finish()
        return paragraphs
    }

    private func startsParagraph(_ line: Substring) -> Bool {
        if QuoteMarks.opens(line) || ReactionMarker.numbered(line) != nil { return true }
        if let label = ParagraphLabel(line), label.isGeneric || speakerNames.contains(label.name) { return true }
        return false
    }

    private func isQuestionBeforeQuote(_ line: Substring, offset: Int, lines: [String], previous: Substring) -> Bool {
        guard let last = previous.last, ".!?…".contains(last) || QuoteMarks.isMark(last),
              offset + 1 < lines.count, line.hasAtMost(ParagraphClassifier.questionLength) else { return false }
        return QuoteMarks.opens(lines[offset + 1].trimmingWhitespace)
    }

    private func isHeadingLine(_ line: Substring) -> Bool {
        PageChrome.reactionsHeading(line) != nil || PageChrome.isAuthorBoxHeading(line) || isBareSaidLine(line)
    }

    /// "Jan schreef:" alone on its line: the reaction's text follows.
    private func isBareSaidLine(_ line: Substring) -> Bool {
        guard let said = ReactionMarker.said(line) else { return false }
        return said.rest.isEmpty
    }
}
