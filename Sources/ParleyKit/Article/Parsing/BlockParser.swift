/// Turns body lines into blocks: the Markdown subset of docs/article-format.md
/// (ATX headings, paragraphs, block quotes, lists, thematic breaks). What it
/// does not know stays in a paragraph as literal text: never dropped.
struct BlockParser {
    /// A parsed block and the line it starts on. Headings of level 1 and 2 are
    /// returned as headings; the article parser decides what they open.
    struct Item {
        var block: Block
        var line: Int
    }

    func parse(_ lines: ArraySlice<SourceLine>) -> [Item] {
        var items: [Item] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank { index += 1; continue }
            if let heading = Self.heading(line) {
                items.append(Item(block: .heading(level: heading.level, InlineParser.parse(heading.text)), line: line.number))
                index += 1
            } else if Self.isThematicBreak(line) {
                items.append(Item(block: .thematicBreak, line: line.number))
                index += 1
            } else if Self.quoteContent(line) != nil {
                let (quote, next) = parseQuote(lines, from: index)
                items.append(Item(block: quote, line: line.number))
                index = next
            } else if let marker = Self.listMarker(line) {
                let (list, next) = parseList(lines, from: index, first: marker)
                items.append(Item(block: list, line: line.number))
                index = next
            } else {
                let (paragraph, next) = parseParagraph(lines, from: index)
                items.append(Item(block: paragraph, line: line.number))
                index = next
            }
        }
        return items
    }

    // MARK: - Recognising block starts

    static func heading(_ line: SourceLine) -> (level: Int, text: String)? {
        guard line.indent < 4 else { return nil }
        let text = line.text.trimmingSpaces
        let hashes = text.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = text.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var content = rest.trimmingSpaces
        // An optional closing sequence of '#' preceded by a space is not content.
        let closing = content.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0 {
            let before = content.dropLast(closing)
            if before.isEmpty || before.last == " " || before.last == "\t" { content = before.trimmingSpaces }
        }
        return (hashes, String(content))
    }

    static func isThematicBreak(_ line: SourceLine) -> Bool {
        guard line.indent < 4 else { return false }
        let marks = line.text.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, first == "-" || first == "*" || first == "_" else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The line without its `>` marker, when it is a block quote line.
    static func quoteContent(_ line: SourceLine) -> SourceLine? {
        guard line.indent < 4 else { return nil }
        let stripped = line.dropping(columns: line.indent)
        guard stripped.text.first == ">" else { return nil }
        var rest = SourceLine(text: stripped.text.dropFirst(), number: line.number)
        if rest.text.first == " " { rest.text = rest.text.dropFirst() } else if rest.text.first == "\t" { rest = rest.dropping(columns: 1) }
        return rest
    }

    struct ListMarker {
        var ordered: Bool
        /// '-', '+', '*' for bullets; '.' or ')' for ordered lists.
        var delimiter: Character
        var number: Int
        /// Columns from the start of the line to the item's content.
        var contentIndent: Int
        var isEmptyItem: Bool
    }

    static func listMarker(_ line: SourceLine) -> ListMarker? {
        let leading = line.indent
        guard leading < 4 else { return nil }
        let text = line.dropping(columns: leading).text
        var markerWidth: Int
        var ordered = false
        var delimiter: Character
        var number = 0
        if let first = text.first, first == "-" || first == "+" || first == "*" {
            markerWidth = 1
            delimiter = first
        } else {
            let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
            guard (1...9).contains(digits.count), let value = Int(digits) else { return nil }
            let after = text.dropFirst(digits.count)
            guard let d = after.first, d == "." || d == ")" else { return nil }
            markerWidth = digits.count + 1
            ordered = true
            delimiter = d
            number = value
        }
        let rest = text.dropFirst(markerWidth)
        if rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
            return ListMarker(ordered: ordered, delimiter: delimiter, number: number, contentIndent: leading + markerWidth + 1, isEmptyItem: true)
        }
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let spaces = SourceLine(text: rest, number: line.number).indent
        // Five or more spaces after the marker: the content starts after one.
        let gap = spaces >= 5 ? 1 : spaces
        return ListMarker(ordered: ordered, delimiter: delimiter, number: number, contentIndent: leading + markerWidth + gap, isEmptyItem: false)
    }

    /// Whether a line can end a paragraph without a blank line before it.
    static func interruptsParagraph(_ line: SourceLine) -> Bool {
        if heading(line) != nil || isThematicBreak(line) || quoteContent(line) != nil { return true }
        if let marker = listMarker(line), !marker.isEmptyItem {
            // Only a list that starts at 1 may interrupt a paragraph, so a
            // sentence that happens to begin "2012. ..." stays prose.
            return !marker.ordered || marker.number == 1
        }
        return false
    }

    // MARK: - Containers

    private func parseParagraph(_ lines: ArraySlice<SourceLine>, from start: Int) -> (Block, Int) {
        var index = start
        var texts: [Substring] = []
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank { break }
            if index > start && Self.interruptsParagraph(line) { break }
            texts.append(line.text)
            index += 1
        }
        return (.paragraph(InlineParser.parse(paragraphLines: texts)), index)
    }

    private func parseQuote(_ lines: ArraySlice<SourceLine>, from start: Int) -> (Block, Int) {
        var inner: [SourceLine] = []
        var index = start
        var lastWasParagraphText = false
        while index < lines.endIndex {
            let line = lines[index]
            if let content = Self.quoteContent(line) {
                inner.append(content)
                lastWasParagraphText = !content.isBlank
                index += 1
            } else if lastWasParagraphText && !line.isBlank && !Self.interruptsParagraph(line) {
                // A lazy continuation line: the paragraph inside the quote goes on.
                inner.append(line)
                index += 1
            } else {
                break
            }
        }
        return (.quote(parse(inner[...]).map(\.block)), index)
    }

    private func parseList(_ lines: ArraySlice<SourceLine>, from start: Int, first: ListMarker) -> (Block, Int) {
        var items: [[Block]] = []
        var index = start
        var marker = first
        while true {
            let (content, next) = collectItem(lines, from: index, marker: marker)
            items.append(parse(content[...]).map(\.block))
            index = next
            guard index < lines.endIndex, let following = Self.listMarker(lines[index]),
                  following.ordered == first.ordered, following.delimiter == first.delimiter,
                  !Self.isThematicBreak(lines[index]) else { break }
            marker = following
        }
        return (.list(ListBlock(ordered: first.ordered, start: first.ordered ? first.number : 1, items: items)), index)
    }

    /// The lines of one list item, with the item's indentation removed.
    private func collectItem(_ lines: ArraySlice<SourceLine>, from start: Int, marker: ListMarker) -> ([SourceLine], Int) {
        let firstLine = lines[start]
        // `dropping(columns:)` removes white space only: the marker itself is
        // cut off first, or the item's content would start with it again and
        // be parsed as the same list for ever.
        let leading = firstLine.indent
        let atMarker = firstLine.dropping(columns: leading)
        let markerWidth = atMarker.text.prefix(while: { $0.isASCII && $0.isNumber }).count + 1
        let afterMarker = SourceLine(text: atMarker.text.dropFirst(markerWidth), number: firstLine.number)
        var content = [afterMarker.dropping(columns: marker.contentIndent - leading - markerWidth)]
        if marker.isEmptyItem { content = [] }
        var index = start + 1
        var previousBlank = marker.isEmptyItem
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank {
                // A blank line belongs to the item only if the item goes on after it.
                var look = index
                while look < lines.endIndex && lines[look].isBlank { look += 1 }
                guard look < lines.endIndex, lines[look].indent >= marker.contentIndent else { break }
                content.append(contentsOf: lines[index..<look].map { SourceLine(text: "", number: $0.number) })
                index = look
                previousBlank = true
                continue
            }
            if line.indent >= marker.contentIndent {
                content.append(line.dropping(columns: marker.contentIndent))
            } else if !previousBlank && !Self.interruptsParagraph(line) && Self.listMarker(line) == nil {
                // Lazy continuation of the item's paragraph.
                content.append(line.dropping(columns: line.indent))
            } else {
                break
            }
            previousBlank = false
            index += 1
        }
        return (content, index)
    }
}
