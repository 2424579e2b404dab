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

    /// The body's bytes; lines are ranges of it.
    let bytes: [UInt8]

    /// How many quotes and lists enclose these lines. Past the limit, markers
    /// are read as text: a file of ten thousand '>' must not exhaust the stack.
    var depth = 0
    static let maximumDepth = 32

    private var nested: BlockParser { BlockParser(bytes: bytes, depth: depth + 1) }
    private var canNest: Bool { depth < Self.maximumDepth }

    func parse(_ lines: ArraySlice<SourceLine>) -> [Item] {
        var items: [Item] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank(bytes) { index += 1; continue }
            if let heading = heading(line) {
                items.append(Item(block: .heading(level: heading.level, InlineParser.parse(bytes[heading.text])), line: line.number))
                index += 1
            } else if isThematicBreak(line) {
                items.append(Item(block: .thematicBreak, line: line.number))
                index += 1
            } else if canNest, quoteContent(line) != nil {
                let (quote, next) = parseQuote(lines, from: index)
                items.append(Item(block: quote, line: line.number))
                index = next
            } else if canNest, let marker = listMarker(line) {
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

    private static let hash = UInt8(ascii: "#")

    /// The heading's level and the byte range of its text.
    func heading(_ line: SourceLine) -> (level: Int, text: Range<Int>)? {
        guard line.indent(bytes) < 4, let first = line.firstNonSpace(bytes), bytes[first] == Self.hash else { return nil }
        var i = first
        while i < line.end, bytes[i] == Self.hash { i += 1 }
        let level = i - first
        guard level <= 6, i == line.end || bytes[i] == SourceLine.space || bytes[i] == SourceLine.tab else { return nil }
        var content = SourceLine(start: i, end: line.end, number: line.number).trimmed(bytes)
        // An optional closing sequence of '#' preceded by a space is not content.
        var closing = content.upperBound
        while closing > content.lowerBound, bytes[closing - 1] == Self.hash { closing -= 1 }
        if closing < content.upperBound,
           closing == content.lowerBound || bytes[closing - 1] == SourceLine.space || bytes[closing - 1] == SourceLine.tab {
            content = SourceLine(start: content.lowerBound, end: closing, number: line.number).trimmed(bytes)
        }
        return (level, content)
    }

    func isThematicBreak(_ line: SourceLine) -> Bool {
        guard line.indent(bytes) < 4, let first = line.firstNonSpace(bytes) else { return false }
        let mark = bytes[first]
        guard mark == UInt8(ascii: "-") || mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_") else { return false }
        var count = 0
        for i in first..<line.end {
            let byte = bytes[i]
            if byte == mark { count += 1 } else if byte != SourceLine.space && byte != SourceLine.tab { return false }
        }
        return count >= 3
    }

    /// The line without its `>` marker, when it is a block quote line.
    func quoteContent(_ line: SourceLine) -> SourceLine? {
        guard line.indent(bytes) < 4 else { return nil }
        var rest = line.dropping(columns: line.indent(bytes), bytes)
        guard rest.virtualSpaces == 0, rest.start < rest.end, bytes[rest.start] == UInt8(ascii: ">") else { return nil }
        rest.start += 1
        if rest.start < rest.end && bytes[rest.start] == SourceLine.space {
            rest.start += 1
        } else if rest.start < rest.end && bytes[rest.start] == SourceLine.tab {
            rest = rest.dropping(columns: 1, bytes)
        }
        return rest
    }

    struct ListMarker {
        var ordered: Bool
        /// '-', '+', '*' for bullets; '.' or ')' for ordered lists.
        var delimiter: UInt8
        var number: Int
        /// Columns from the start of the line to the item's content.
        var contentIndent: Int
        var isEmptyItem: Bool
        /// The first line after the marker.
        var firstLineContent: SourceLine
    }

    func listMarker(_ line: SourceLine) -> ListMarker? {
        let leading = line.indent(bytes)
        guard leading < 4, let first = line.firstNonSpace(bytes) else { return nil }
        var markerEnd = first
        var ordered = false
        var delimiter = bytes[first]
        var number = 0
        if delimiter == UInt8(ascii: "-") || delimiter == UInt8(ascii: "+") || delimiter == UInt8(ascii: "*") {
            markerEnd = first + 1
        } else {
            while markerEnd < line.end, markerEnd - first < 10, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[markerEnd]) {
                number = number * 10 + Int(bytes[markerEnd] - UInt8(ascii: "0"))
                markerEnd += 1
            }
            let digits = markerEnd - first
            guard (1...9).contains(digits), markerEnd < line.end,
                  bytes[markerEnd] == UInt8(ascii: ".") || bytes[markerEnd] == UInt8(ascii: ")") else { return nil }
            delimiter = bytes[markerEnd]
            markerEnd += 1
            ordered = true
        }
        let markerWidth = markerEnd - first
        let rest = SourceLine(start: markerEnd, end: line.end, number: line.number)
        if rest.isBlank(bytes) {
            return ListMarker(ordered: ordered, delimiter: delimiter, number: number, contentIndent: leading + markerWidth + 1,
                              isEmptyItem: true, firstLineContent: SourceLine(start: line.end, end: line.end, number: line.number))
        }
        guard bytes[markerEnd] == SourceLine.space || bytes[markerEnd] == SourceLine.tab else { return nil }
        let spaces = rest.indent(bytes)
        // Five or more spaces after the marker: the content starts after one.
        let gap = spaces >= 5 ? 1 : spaces
        return ListMarker(ordered: ordered, delimiter: delimiter, number: number, contentIndent: leading + markerWidth + gap,
                          isEmptyItem: false, firstLineContent: rest.dropping(columns: gap, bytes))
    }

    /// Whether a line can end a paragraph without a blank line before it.
    func interruptsParagraph(_ line: SourceLine) -> Bool {
        if heading(line) != nil || isThematicBreak(line) { return true }
        // Past the nesting limit quotes and lists are text, so they interrupt nothing.
        guard canNest else { return false }
        if quoteContent(line) != nil { return true }
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
        var ranges: [(Range<Int>, hardBreak: Bool)] = []
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank(bytes) { break }
            if index > start && interruptsParagraph(line) { break }
            var trailing = 0
            while trailing < line.end - line.start, bytes[line.end - 1 - trailing] == SourceLine.space { trailing += 1 }
            ranges.append((line.trimmed(bytes), trailing >= 2))
            index += 1
        }
        return (.paragraph(InlineParser.parse(lines: ranges, of: bytes)), index)
    }

    private func parseQuote(_ lines: ArraySlice<SourceLine>, from start: Int) -> (Block, Int) {
        var inner: [SourceLine] = []
        var index = start
        var lastWasParagraphText = false
        while index < lines.endIndex {
            let line = lines[index]
            if let content = quoteContent(line) {
                inner.append(content)
                lastWasParagraphText = !content.isBlank(bytes)
                index += 1
            } else if lastWasParagraphText && !line.isBlank(bytes) && !interruptsParagraph(line) {
                // A lazy continuation line: the paragraph inside the quote goes on.
                inner.append(line)
                index += 1
            } else {
                break
            }
        }
        return (.quote(nested.parse(inner[...]).map(\.block)), index)
    }

    private func parseList(_ lines: ArraySlice<SourceLine>, from start: Int, first: ListMarker) -> (Block, Int) {
        var items: [[Block]] = []
        var index = start
        var marker = first
        while true {
            let (content, next) = collectItem(lines, from: index, marker: marker)
            items.append(nested.parse(content[...]).map(\.block))
            index = next
            guard index < lines.endIndex, let following = listMarker(lines[index]),
                  following.ordered == first.ordered, following.delimiter == first.delimiter,
                  !isThematicBreak(lines[index]) else { break }
            marker = following
        }
        return (.list(ListBlock(ordered: first.ordered, start: first.ordered ? first.number : 1, items: items)), index)
    }

    /// The lines of one list item, with the item's indentation removed.
    private func collectItem(_ lines: ArraySlice<SourceLine>, from start: Int, marker: ListMarker) -> ([SourceLine], Int) {
        var content = marker.isEmptyItem ? [] : [marker.firstLineContent]
        var index = start + 1
        var previousBlank = marker.isEmptyItem
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank(bytes) {
                // A blank line belongs to the item only if the item goes on after it.
                var look = index
                while look < lines.endIndex && lines[look].isBlank(bytes) { look += 1 }
                guard look < lines.endIndex, lines[look].indent(bytes) >= marker.contentIndent else { break }
                content.append(contentsOf: lines[index..<look])
                index = look
                previousBlank = true
                continue
            }
            if line.indent(bytes) >= marker.contentIndent {
                content.append(line.dropping(columns: marker.contentIndent, bytes))
            } else if !previousBlank && !interruptsParagraph(line) && listMarker(line) == nil {
                // Lazy continuation of the item's paragraph.
                content.append(line.dropping(columns: line.indent(bytes), bytes))
            } else {
                break
            }
            previousBlank = false
            index += 1
        }
        return (content, index)
    }
}
