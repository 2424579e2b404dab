import Foundation
import ParleyKit
@testable import ParleyUI
import Testing

/// A saved reading position finds its paragraph again in another layout:
/// another width, and the article edited since.
@Suite("Saved position in a layout")
struct SavedPositionLayoutTests {
    static func layout(_ markdown: String, width: Int) throws -> ArticleLayout {
        let entry = try Fixture.article(markdown)
        return ArticleLayout(article: entry.article, reactions: entry.reactions, width: width)
    }

    static func line(_ layout: ArticleLayout, _ saved: SavedPosition) -> String {
        layout.lines[layout.line(for: layout.origin(for: saved))].text
    }

    @Test("another width: the same paragraph, the same words at the top")
    func anotherWidth() throws {
        let markdown = Fixture.interview(questions: 5)
        let wide = try Self.layout(markdown, width: 80)
        let question3 = try #require(wide.line(of: .question(3)))
        let saved = try #require(wide.savedPosition(atLine: question3))
        let narrow = try Self.layout(markdown, width: 20)
        #expect(Self.line(narrow, saved) == "3. Question number")
        #expect(narrow.line(for: narrow.origin(for: saved)) == narrow.line(of: .question(3)))
    }

    @Test("a paragraph and a question added above: still question 3's text, now numbered 4")
    func editedAbove() throws {
        let markdown = Fixture.interview(questions: 5)
        let before = try Self.layout(markdown, width: 80)
        let question3 = try #require(before.line(of: .question(3)))
        let saved = try #require(before.savedPosition(atLine: question3))
        let edited = markdown
            .replacingOccurrences(of: "The lead.\n", with: "The lead.\n\nA new paragraph in the lead.\n")
            .replacingOccurrences(of: "## Question number 1?", with: "## A new first question?\n\nIts answer.\n\n## Question number 1?")
        let after = try Self.layout(edited, width: 60)
        #expect(Self.line(after, saved) == "4. Question number 3?")
        // The middle of a paragraph: the same paragraph, as far in as it was.
        let answer = try #require(before.line(of: .question(2))) + 2
        let inAnswer = try #require(before.savedPosition(atLine: answer))
        #expect(before.lines[answer].text == "Answer 2, first paragraph.")
        #expect(Self.line(after, inAnswer) == "Answer 2, first paragraph.")
    }

    @Test("the paragraph itself is gone: the block that now has its number")
    func paragraphGone() throws {
        let markdown = Fixture.interview(questions: 3)
        let before = try Self.layout(markdown, width: 80)
        let line = try #require(before.line(of: .question(2))) + 2
        let saved = try #require(before.savedPosition(atLine: line))
        let after = try Self.layout(markdown.replacingOccurrences(of: "Answer 2, first paragraph.", with: "Rewritten."), width: 80)
        #expect(Self.line(after, saved) == "Rewritten.")
    }
}
