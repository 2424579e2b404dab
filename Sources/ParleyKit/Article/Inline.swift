/// Inline content of a paragraph, question or heading.
public indirect enum Inline: Equatable, Sendable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case code(String)
    case link(text: [Inline], url: String)
    /// A hard line break (a line ending in a backslash or two spaces).
    case lineBreak
}

extension Array where Element == Inline {
    /// The text with its markup removed: what a screen reader or a script wants.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    func appendPlainText(to out: inout String) {
        for inline in self {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .emphasis(let inner), .strong(let inner), .link(let inner, _): inner.appendPlainText(to: &out)
            case .lineBreak: out += "\n"
            }
        }
    }
}

extension Inline {
    /// One paragraph's inline Markdown, parsed as the article parser parses
    /// it (a "\n" is a soft line break): for tools that look at the inline
    /// parser alone, such as Fuzz/.
    public static func parse(markdown text: String) -> [Inline] {
        InlineParser.parse(text)
    }
}
