/// Step 4 of an import: the classified paragraphs as an `Article` and its
/// reactions, with the source line of every part for the dry run.
struct ArticleAssembler {
    var makeID: () -> String

    struct Result {
        var lead: [Block] = []
        var exchanges: [Exchange] = []
        var sections: [Section] = []
        var reactions: [Reaction] = []
        var outline = ImportOutline()
        var dropped: [ImportNote] = []
        var uncertain: [ImportNote] = []
    }

    func assemble(_ paragraphs: [ImportParagraph], roles: [ParagraphRole]) -> Result {
        var result = Result()
        var reactionTexts: [[Substring]] = []
        var reactionAuthors: [String?] = []
        for (paragraph, role) in zip(paragraphs, roles) {
            let line = paragraph.line
            switch role {
            case .title:
                result.outline.title = line
            case .lead(let text):
                result.lead.append(Self.paragraph(text))
                result.outline.lead.append(line)
            case .question(let text):
                result.exchanges.append(Exchange(number: result.exchanges.count + 1, question: [.text(String(text))], answer: [], line: line))
                result.outline.questions.append(line)
            case .answer(let text):
                // The classifier gives answers only after a question; the lead is the safe place otherwise.
                if result.exchanges.isEmpty {
                    result.lead.append(Self.paragraph(text))
                } else {
                    result.exchanges[result.exchanges.count - 1].answer.append(Self.paragraph(text))
                }
            case .labelOnly, .reactionsHeading:
                break
            case .sectionHeading:
                result.sections.append(Section(title: [.text(String(paragraph.text))], blocks: [], line: line))
                result.outline.sections.append(line)
            case .sectionText:
                if result.sections.isEmpty {
                    result.lead.append(Self.paragraph(paragraph.text))
                } else {
                    result.sections[result.sections.count - 1].blocks.append(Self.paragraph(paragraph.text))
                }
            case .reaction(let author, let text):
                reactionTexts.append(text.isEmpty ? [] : [text])
                reactionAuthors.append(author)
                result.outline.reactions.append(line)
            case .reactionText:
                if reactionTexts.isEmpty {
                    reactionTexts.append([paragraph.text])
                    reactionAuthors.append(nil)
                    result.outline.reactions.append(line)
                } else {
                    reactionTexts[reactionTexts.count - 1].append(paragraph.text)
                }
            case .dropped(let reason):
                result.dropped.append(ImportNote(line: line, text: String(paragraph.text), reason: reason))
            }
        }
        for exchange in result.exchanges where exchange.answer.isEmpty {
            let text = exchange.question.plainText
            result.uncertain.append(ImportNote(line: exchange.line, text: text, reason: .questionWithoutAnswer))
        }
        if result.exchanges.isEmpty {
            // The Markdown format only has sections after questions: without
            // questions, an author box stays in the lead, under its heading.
            for section in result.sections {
                result.lead.append(.heading(level: 1, section.title))
                result.lead.append(contentsOf: section.blocks)
            }
            result.sections = []
        }
        for (texts, author) in zip(reactionTexts, reactionAuthors) {
            // Paragraphs of a reaction are separated by a blank line, as a reader types them.
            let text = texts.joined(separator: "\n\n")
            result.reactions.append(Reaction(id: makeID(), author: author, posted: nil, text: text, replyTo: nil))
        }
        return result
    }

    static func paragraph(_ text: Substring) -> Block {
        .paragraph([.text(String(text))])
    }
}

/// Where each part of an imported article came from: 1-based lines of the
/// imported text, for the dry run.
public struct ImportOutline: Equatable, Sendable {
    public var title = 0
    public var lead: [Int] = []
    public var questions: [Int] = []
    public var sections: [Int] = []
    public var reactions: [Int] = []

    public init() {}
}
