import Testing
import ParleyKit
@testable import ParleyUI

@Suite("Article layout")
struct ArticleLayoutTests {
    static let markdown = """
    ---
    title: Een gesprek over regie
    interviewee: An de Vries
    role: wethouder
    source: Gemeente.nu
    published: 2024-03-01
    language: nl
    ---
    De lead, met *nadruk*.

    ## Waarom regie?

    > Omdat het moet.

    - een
    - twee

    ## Tweede vraag zonder vraagteken

    Antwoord met [een link](https://example.org).

    ---

    # Over de auteur

    Tekst.
    """

    static func article(_ text: String = markdown) throws -> Article {
        try ArticleParser(file: "t.md").parse(text: text, slug: "t").article
    }

    static func reactions(_ json: String) throws -> ReactionsState {
        .loaded(try ReactionsDocument.decode(bytes: Array(json.utf8), file: "t.reactions.json"))
    }

    static let twoReactions = """
    {"version": 1, "article": "t", "reactions": [
      {"id": "r1", "author": null, "posted": null, "text": "Eerste reactie.", "replyTo": null},
      {"id": "r2", "author": "Bob", "posted": "2026-11-29T13:05:00Z", "text": "Een antwoord\\n\\n\\nmet twee alinea's.", "replyTo": "r1"}
    ]}
    """

    private func text(_ layout: ArticleLayout) -> [String] {
        layout.lines.map { $0.spans.map(\.text).joined() }
    }

    @Test("plain glyphs, 40 columns: every part in order, numbered questions, reactions threaded")
    func ascii40() throws {
        let layout = ArticleLayout(article: try Self.article(), reactions: try Self.reactions(Self.twoReactions), width: 40,
                                   options: LayoutOptions(glyphs: .ascii))
        #expect(text(layout) == [
            "Een gesprek over regie",
            "An de Vries, wethouder - Gemeente.nu -",
            "2024-03-01",
            "",
            "De lead, met nadruk.",
            "",
            "1. Waarom regie?",
            "",
            "> Omdat het moet.",
            "",
            "- een",
            "- twee",
            "",
            "2. Tweede vraag zonder vraagteken",
            "",
            "Antwoord met een link",
            "(https://example.org).",
            "",
            "--------------------",
            "",
            "Over de auteur",
            "",
            "Tekst.",
            "",
            "----------------------------------------",
            "2 reacties",
            "",
            "anoniem",
            "Eerste reactie.",
            "",
            "  Bob - 2026-11-29 13:05 UTC",
            "  Een antwoord",
            "",
            "  met twee alinea's.",
        ])
        #expect(layout.lines.allSatisfy { $0.width <= 40 })
    }

    @Test("anchors: lead, questions, sections, reactions, each reaction")
    func anchors() throws {
        let layout = ArticleLayout(article: try Self.article(), reactions: try Self.reactions(Self.twoReactions), width: 40,
                                   options: LayoutOptions(glyphs: .ascii))
        #expect(layout.line(of: .lead) == 0)
        #expect(layout.questionLines == [6, 13])
        #expect(layout.line(of: .section(0)) == 20)
        #expect(layout.line(of: .reactions) == 25)
        #expect(layout.reactionIDs == ["r1", "r2"])
        #expect(layout.reactionLines == [27, 30])
        #expect(layout.question(atLine: 5) == nil)
        #expect(layout.question(atLine: 6) == 1)
        #expect(layout.question(atLine: 12) == 1)
        #expect(layout.question(atLine: 19) == 2)
        #expect(layout.question(atLine: 20) == nil)
    }

    @Test("styles: the number and the question are styled apart from the answer")
    func styles() throws {
        let layout = ArticleLayout(article: try Self.article(), reactions: .none, width: 40)
        let question = layout.lines[6]
        #expect(question.spans == [Span("1. ", TextStyle(.questionNumber)), Span("Waarom regie?", TextStyle(.question))])
        #expect(layout.lines[4].spans == [Span("De lead, met ", .body), Span("nadruk", TextStyle(.body, marks: .emphasis)), Span(".", .body)])
        #expect(layout.lines[8].spans == [Span("│ ", TextStyle(.quote)), Span("Omdat het moet.", .body)])
        #expect(layout.lines[10].spans == [Span("• ", TextStyle(.listMarker)), Span("een", .body)])
    }

    @Test("the reader's add line ends the reactions, in the UI's language; plain output has none")
    func addReactionLine() throws {
        let options = LayoutOptions(glyphs: .ascii, ui: Catalogue(.dutch), addReactionLine: Catalogue(.dutch).addReactionLine)
        let reader = ArticleLayout(article: try Self.article(), reactions: try Self.reactions(Self.twoReactions), width: 40, options: options)
        let plain = ArticleLayout(article: try Self.article(), reactions: try Self.reactions(Self.twoReactions), width: 40, options: LayoutOptions(glyphs: .ascii))
        #expect(reader.lines.count == plain.lines.count + 2)
        #expect(reader.line(of: .addReaction) == plain.lines.count + 1)
        #expect(reader.lines.last?.spans == [Span("Reageren: druk op a", TextStyle(.addReaction))])
        #expect(plain.line(of: .addReaction) == nil)
        #expect(!PlainTextRenderer.render(plain).contains("press a"))
    }

    @Test("no reactions, and an unreadable reactions file, in the article's and the UI's language")
    func reactionStates() throws {
        let none = ArticleLayout(article: try Self.article(), reactions: .none, width: 60, options: LayoutOptions(glyphs: .ascii))
        #expect(text(none).last == "Geen reacties")
        let failed = ArticleLayout(article: try Self.article(), reactions: .failed(ReactionsError(file: "t.reactions.json", line: 3, column: 1, problem: .syntax(.textAfterDocument(.character("}"))))),
                                   width: 60, options: LayoutOptions(glyphs: .ascii, ui: Catalogue(.english)))
        #expect(Array(text(failed).suffix(4)) == [
            "Reacties",
            "",
            "The reactions could not be read: t.reactions.json:3:1:",
            "unexpected '}' after the end of the document",
        ])
        let english = try Self.article(Self.markdown.replacingOccurrences(of: "language: nl", with: "language: en"))
        let one = ArticleLayout(article: english, reactions: try Self.reactions(Self.twoReactions), width: 60)
        #expect(text(one).contains("2 reactions"))
        #expect(text(one).contains("anonymous"))
    }

    @Test("control characters in content are shown as placeholders, never passed on")
    func sanitised() throws {
        let hostile = """
        {"version": 1, "article": "t", "reactions": [
          {"id": "r1", "author": "\\u001b]52;c;aGk=\\u0007Eve", "posted": null, "text": "wis\\u001b[2J scherm \\u202e", "replyTo": null}
        ]}
        """
        let article = try Self.article("---\ntitle: \"T\\u001b[31m\"\n---\nLead\u{9B}.\n")
        let layout = ArticleLayout(article: article, reactions: try Self.reactions(hostile), width: 80)
        for line in layout.lines {
            for scalar in line.spans.flatMap({ $0.text.unicodeScalars }) {
                #expect(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)),
                        "control U+\(String(scalar.value, radix: 16)) in \(line.spans)")
            }
        }
    }

    @Test("a resize finds the same paragraph through the line's origin")
    func origins() throws {
        let article = try Self.article()
        let wide = ArticleLayout(article: article, reactions: .none, width: 80)
        let narrow = ArticleLayout(article: article, reactions: .none, width: 12)
        let answerLine = try #require(wide.lines.firstIndex { $0.spans.map(\.text).joined().hasPrefix("Antwoord") })
        let found = narrow.line(for: wide.lines[answerLine].origin)
        #expect(narrow.lines[found].spans.map(\.text).joined().hasPrefix("Antwoord"))
        // A line in the middle of a paragraph maps to the line holding the same text.
        let lastPart = try #require(narrow.lines.firstIndex { $0.spans.map(\.text).joined().contains("link") })
        #expect(wide.line(for: narrow.lines[lastPart].origin) == answerLine)
    }

    @Test("every width from 1 to 100: no line wider than the width (from 2 up), every question anchored")
    func allWidths() throws {
        let article = try Self.article()
        for width in 1...100 {
            let layout = ArticleLayout(article: article, reactions: try Self.reactions(Self.twoReactions), width: width)
            if width >= 2 { #expect(layout.lines.allSatisfy { $0.width <= width }, "width \(width)") }
            #expect(layout.questionLines.count == 2)
        }
    }
}
