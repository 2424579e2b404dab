import Testing
import ParleyKit
@testable import ParleyUI

@Suite("Laying out an article as far as it is read")
struct IncrementalLayoutTests {
    static func source(_ text: String = ArticleLayoutTests.markdown) throws -> IncrementalArticle {
        try IncrementalArticle(bytes: Array(text.utf8), slug: "t", file: "t.md")
    }

    /// An interview of `count` questions, each with a two-paragraph answer.
    static func long(questions count: Int) -> String {
        var text = "---\ntitle: Lang\n---\nDe lead.\n"
        for number in 1...count {
            text += "\n## Vraag \(number)?\n\nHet antwoord op vraag \(number), lang genoeg om te wrappen op smalle breedtes.\n\nEn nog een alinea.\n"
        }
        return text + "\n# Over de auteur\n\nTekst.\n"
    }

    private func expectSameLayout(_ a: ArticleLayout, _ b: ArticleLayout, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.lines == b.lines, sourceLocation: sourceLocation)
        #expect(a.questionLines == b.questionLines, sourceLocation: sourceLocation)
        #expect(a.reactionLines == b.reactionLines, sourceLocation: sourceLocation)
        #expect(a.reactionIDs == b.reactionIDs, sourceLocation: sourceLocation)
        #expect(a.line(of: .reactions) == b.line(of: .reactions), sourceLocation: sourceLocation)
        #expect(a.line(of: .section(0)) == b.line(of: .section(0)), sourceLocation: sourceLocation)
    }

    @Test("extended to the end, it is the whole layout, line for line", arguments: [12, 40, 76])
    func sameAsWhole(width: Int) throws {
        let reactions = try ArticleLayoutTests.reactions(ArticleLayoutTests.twoReactions)
        for text in [ArticleLayoutTests.markdown, Self.long(questions: 30)] {
            let whole = ArticleLayout(article: try ArticleLayoutTests.article(text), reactions: reactions, width: width)
            var source = try Self.source(text)
            var layout = ArticleLayout(beginningOf: source, width: width)
            #expect(!layout.isComplete)
            layout.extendToEnd(of: &source, reactions: ReactionsOutline(reactions))
            #expect(layout.isComplete)
            expectSameLayout(layout, whole)
        }
    }

    @Test("the first screen lays out and parses only the questions it shows")
    func firstScreen() throws {
        var source = try Self.source(Self.long(questions: 500))
        var layout = ArticleLayout(beginningOf: source, width: 76)
        #expect(layout.lines.map(\.text) == ["Lang", "", "De lead."])
        layout.extend(throughLine: 23, of: &source, reactions: .none)
        #expect(layout.lines.count > 23)
        #expect(layout.questionsLaidOut == 4)
        #expect(source.parsedExchanges.count == 4)
        #expect(!layout.isComplete)
        let whole = ArticleLayout(article: try ArticleLayoutTests.article(Self.long(questions: 500)), reactions: .none, width: 76)
        #expect(Array(layout.lines) == Array(whole.lines.prefix(layout.lines.count)))
    }

    @Test("jumping to a question lays out up to it; its line is the whole layout's")
    func throughQuestion() throws {
        let text = Self.long(questions: 50)
        let whole = ArticleLayout(article: try ArticleLayoutTests.article(text), reactions: .none, width: 30)
        var source = try Self.source(text)
        var layout = ArticleLayout(beginningOf: source, width: 30)
        layout.extend(throughQuestion: 17, of: &source, reactions: .none)
        #expect(layout.questionLines == Array(whole.questionLines.prefix(17)))
        #expect(layout.line(of: .question(17)) == whole.line(of: .question(17)))
        #expect(layout.question(atLine: whole.questionLines[16]) == 17)
        layout.extend(throughQuestion: 51, of: &source, reactions: .none)
        #expect(layout.isComplete)
        #expect(layout.questionLines == whole.questionLines)
    }

    @Test("a position from another width is found after laying out up to it")
    func throughOrigin() throws {
        let text = Self.long(questions: 40)
        let wide = ArticleLayout(article: try ArticleLayoutTests.article(text), reactions: .none, width: 76)
        let narrow = ArticleLayout(article: try ArticleLayoutTests.article(text), reactions: .none, width: 25)
        let origin = wide.lines[wide.questionLines[30] + 2].origin
        var source = try Self.source(text)
        var layout = ArticleLayout(beginningOf: source, width: 25)
        layout.extend(through: origin, of: &source, reactions: .none)
        #expect(!layout.isComplete)
        #expect(layout.line(for: origin) == narrow.line(for: origin))
    }
}
