/// Writes an `Article` as an article file: front matter, then the Markdown
/// body that `ArticleParser` reads back to the same article.
///
/// Text is escaped wherever Markdown would read it as markup: `\`, `*`, `_`,
/// `` ` ``, `[` and `]` everywhere; `#`, `>`, `-`, `+` and `1.`/`1)` at the
/// start of a line; `#` at the end of a heading. So a paragraph of plain text
/// (no line breaks, no white space at its ends, which Markdown cannot keep)
/// reads back exactly. Line breaks inside text become spaces: text can never
/// start a new block, such as a question. docs/import.md states the round trip.
public enum ArticleMarkdown {
    public static func render(_ article: Article) -> String {
        var out = FrontMatterWriter.render(article.metadata)
        var blocks: [String] = []
        blocks.append(contentsOf: article.lead.map { render($0) })
        for exchange in article.exchanges {
            blocks.append("## " + heading(exchange.question))
            blocks.append(contentsOf: exchange.answer.map { render($0) })
        }
        for section in article.sections {
            blocks.append("# " + heading(section.title))
            blocks.append(contentsOf: section.blocks.map { render($0) })
        }
        for block in blocks {
            out += "\n" + block + "\n"
        }
        return out
    }

    // MARK: - Blocks

    /// One block as lines without a final newline.
    static func render(_ block: Block) -> String {
        switch block {
        case .paragraph(let inlines):
            return inline(inlines)
        case .heading(let level, let inlines):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + heading(inlines)
        case .thematicBreak:
            return "***"
        case .quote(let blocks):
            return blocks.map { render($0) }.joined(separator: "\n\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }
                .joined(separator: "\n")
        case .list(let list):
            var items: [String] = []
            for (offset, item) in list.items.enumerated() {
                let marker = list.ordered ? "\(list.start + offset). " : "- "
                let indent = String(repeating: " ", count: marker.count)
                let body = item.map { render($0) }.joined(separator: "\n\n")
                let bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false)
                let indented = bodyLines.map { $0.isEmpty ? "" : indent + $0 }
                if body.isEmpty {
                    items.append(String(marker.dropLast()))
                } else if isThematicBreak(marker + bodyLines[0]) {
                    // "- - -" (an item holding a list whose item holds an
                    // empty one) would read back as a rule: the marker goes
                    // alone on its line, and the body starts on the next.
                    items.append(([String(marker.dropLast())] + indented).joined(separator: "\n"))
                } else {
                    items.append(([marker + bodyLines[0]] + indented.dropFirst()).joined(separator: "\n"))
                }
            }
            return items.joined(separator: "\n")
        }
    }

    /// Whether a written line is a thematic break: three or more of one of
    /// `-`, `*`, `_`, and spaces (the writer indents with spaces only).
    static func isThematicBreak(_ line: String) -> Bool {
        let marks = line.utf8.filter { $0 != UInt8(ascii: " ") }
        guard marks.count >= 3, let first = marks.first,
              first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// A heading's text: inline markup, with a closing run of `#` escaped
    /// (Markdown would drop it as the heading's optional closing sequence).
    static func heading(_ inlines: [Inline]) -> String {
        // After "## " nothing can open a block, so the line-start escapes are not needed.
        var text = inline(inlines, atLineStart: false)
        let hashes = text.reversed().prefix(while: { $0 == "#" }).count
        if hashes > 0 {
            text.insert("\\", at: text.index(text.endIndex, offsetBy: -hashes))
        }
        return text
    }

    // MARK: - Inlines

    static func inline(_ inlines: [Inline], atLineStart: Bool = true) -> String {
        var writer = InlineWriter(atLineStart: atLineStart)
        writer.write(inlines)
        return writer.out
    }

    private struct InlineWriter {
        var out = ""
        /// Whether nothing has been written on the current line yet.
        var atLineStart: Bool

        mutating func write(_ inlines: [Inline]) {
            for inline in inlines { write(inline) }
        }

        mutating func write(_ inline: Inline) {
            switch inline {
            case .text(let text):
                writeText(text)
            case .emphasis(let inner):
                emit("*"); write(inner); emit("*")
            case .strong(let inner):
                emit("**"); write(inner); emit("**")
            case .code(let code):
                writeCode(code)
            case .link(let text, let url):
                emit("["); write(text); emit("](" + destination(url) + ")")
            case .lineBreak:
                out += "\\\n"
                atLineStart = true
            }
        }

        private mutating func emit(_ markup: String) {
            out += markup
            atLineStart = false
        }

        private mutating func writeText(_ text: String) {
            guard !text.isEmpty else { return }
            // Escaping works on UTF-8 bytes: every character it escapes is
            // ASCII, and appending bytes is many times faster than scalars.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count + 16)
            var utf8 = text.utf8[...]
            if atLineStart { Self.escapeLineStart(&utf8, into: &bytes) }
            while let byte = utf8.popFirst() {
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(byte)
                case UInt8(ascii: "\r"):
                    // "\r\n" becomes one space, like any line break.
                    if utf8.first != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: " ")) }
                case UInt8(ascii: "\n"):
                    bytes.append(UInt8(ascii: " "))
                default:
                    bytes.append(byte)
                }
            }
            atLineStart = false
            out += String(decoding: bytes, as: UTF8.self)
        }

        /// What would open a block at the start of a line: a heading, a quote,
        /// a bullet or an ordered list item.
        private static func escapeLineStart(_ utf8: inout Substring.UTF8View, into bytes: inout [UInt8]) {
            guard let first = utf8.first else { return }
            if first == UInt8(ascii: "#") || first == UInt8(ascii: ">") || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(first)
                utf8.removeFirst()
                return
            }
            let digits = utf8.prefix(while: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
            if !digits.isEmpty, let after = utf8.dropFirst(digits.count).first, after == UInt8(ascii: ".") || after == UInt8(ascii: ")") {
                bytes.append(contentsOf: digits)
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(after)
                utf8.removeFirst(digits.count + 1)
            }
        }

        private mutating func writeCode(_ code: String) {
            // A fence longer than any run of backticks inside; padded with a
            // space when the code starts or ends with a backtick or a space.
            var longest = 0, run = 0
            for character in code {
                run = character == "`" ? run + 1 : 0
                longest = max(longest, run)
            }
            let fence = String(repeating: "`", count: longest + 1)
            let pad = code.first == "`" || code.last == "`" || (code.first == " " && code.last == " " && code.contains { $0 != " " })
            let body = code.replacingLineBreaks
            emit(fence + (pad ? " " + body + " " : body) + fence)
        }

        private func destination(_ url: String) -> String {
            var depth = 0, balanced = true
            for character in url {
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1; if depth < 0 { balanced = false } }
            }
            let plain = balanced && depth == 0 && !url.isEmpty && !url.contains { $0.isWhitespace || $0 == "<" || $0 == "\\" }
            if plain { return url }
            return "<" + url.replacingLineBreaks.filter { $0 != "<" && $0 != ">" } + ">"
        }
    }
}

extension String {
    /// Line breaks as spaces.
    var replacingLineBreaks: String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
