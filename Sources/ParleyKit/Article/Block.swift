/// Block content: what a lead, an answer or a section is made of.
public indirect enum Block: Equatable, Sendable {
    case paragraph([Inline])
    case quote([Block])
    case list(ListBlock)
    case thematicBreak
    /// A heading that does not start a question or a section (level 3 and
    /// deeper, or any level inside a section).
    case heading(level: Int, [Inline])
}

public struct ListBlock: Equatable, Sendable {
    public var ordered: Bool
    /// The first item's number (ordered lists).
    public var start: Int
    public var items: [[Block]]

    public init(ordered: Bool, start: Int, items: [[Block]]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

extension Array where Element == Block {
    /// Every paragraph of these blocks as plain text, in reading order: the
    /// shape `parley show --json` gives for a lead or an answer.
    public var plainParagraphs: [String] {
        var out: [String] = []
        appendParagraphs(to: &out)
        return out
    }

    private func appendParagraphs(to out: inout [String]) {
        for block in self {
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines): out.append(inlines.plainText)
            case .quote(let inner): inner.appendParagraphs(to: &out)
            case .list(let list): for item in list.items { item.appendParagraphs(to: &out) }
            case .thematicBreak: break
            }
        }
    }
}
