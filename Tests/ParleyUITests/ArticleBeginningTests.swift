import Foundation
import ParleyKit
import ParleyTestSupport
import Testing
@testable import ParleyUI

/// `parley read` on a long article paints its first screen from the
/// article's beginning (`Library.openArticle`) and reads the rest just
/// after: that screen must be the one the whole article gives, status line
/// included, or the whole is read first.
@Suite("The first screen of a long article from its beginning")
struct ArticleBeginningTests {
    static let questions = 5_000
    static let markdown = Fixture.interview(questions: questions)

    /// The article opened as `parley read` opens it, from a library folder
    /// that also holds two reactions.
    static func opening() throws -> ArticleOpening {
        let folder = try TestSupport.makeTemporaryFolder("parley-beginning")
        defer { TestSupport.removeTemporaryFolder(folder) }
        try Data(markdown.utf8).write(to: folder.appendingPathComponent("long.md"))
        let reactions = [Fixture.reaction("r1", "Ann", "2024-05-01T10:00:00Z", "First."),
                         Fixture.reaction("r2", "Bob", "2024-05-02T10:00:00Z", "A reply.", replyTo: "r1")]
        try Data(ReactionsDocument(article: "long", reactions: reactions).encoded().utf8)
            .write(to: folder.appendingPathComponent("long.reactions.json"))
        return try Library.openArticle(folder: folder.path, slug: "long")
    }

    static func state(_ entry: OpenedEntry, width: Int, height: Int) -> AppState {
        AppState(entry: entry, size: GridSize(width: width, height: height), ui: Catalogue(.english), appearance: Appearance())
    }

    @Test("at every size the beginning fills, its first screen is the whole's, byte for byte", arguments: [
        (80, 24), (40, 12), (132, 50), (20, 5), (80, 1), (300, 200),
    ])
    func sameFirstScreen(width: Int, height: Int) throws {
        let opening = try Self.opening()
        guard case .beginning(let entry, _) = opening else {
            Issue.record("a 450 KB article opens whole")
            return
        }
        #expect(entry.article.exchangeCount < Self.questions)
        let first = Self.state(entry, width: width, height: height)
        #expect(first.showsOnlyQuestionsLaidOut)
        let whole = try opening.whole()
        #expect(whole.article.exchangeCount == Self.questions)
        let complete = Self.state(whole, width: width, height: height)
        #expect(AppView.render(first) == AppView.render(complete))
        #expect(AppView.render(first).lines.last?.hasSuffix("0%  ? help") == (width >= 40))
    }

    @Test("a screen taller than the beginning's questions is not taken from it")
    func tallerThanTheBeginning() throws {
        guard case .beginning(let entry, _) = try Self.opening() else {
            Issue.record("a 450 KB article opens whole")
            return
        }
        // 64 KB of questions of seven lines: about 5,000 lines.
        let state = Self.state(entry, width: 80, height: 8_000)
        #expect(!state.showsOnlyQuestionsLaidOut)
        #expect(state.reader?.layout.hasLaidOutTail == true)
    }

    @Test("a screen whose percentage is not 0 is not taken from the beginning: the whole's text may be longer than its file")
    func percentageNotZero() throws {
        guard case .beginning(let entry, _) = try Self.opening() else {
            Issue.record("a 450 KB article opens whole")
            return
        }
        let state = Self.state(entry, width: 80, height: 2_000)
        #expect(state.reader?.layout.hasLaidOutTail == false)
        #expect((state.reader?.percent ?? 0) > 0)
        #expect(!state.showsOnlyQuestionsLaidOut)
    }

    @Test("a screen with a question at the top is not taken from the beginning: its number is of the whole's count")
    func questionAtTheTop() throws {
        guard case .beginning(let entry, _) = try Self.opening() else {
            Issue.record("a 450 KB article opens whole")
            return
        }
        var driver = Driver(Self.state(entry, width: 80, height: 24))
        #expect(driver.state.showsOnlyQuestionsLaidOut)
        driver.press(.character("]"))
        #expect(driver.statusLine.contains("question 1/"))
        #expect(!driver.state.showsOnlyQuestionsLaidOut)
        // An overlay (help) is not the reader alone.
        var help = Driver(Self.state(entry, width: 80, height: 24))
        help.press(.character("?"))
        #expect(!help.state.showsOnlyQuestionsLaidOut)
    }

    @Test("an article read whole at once stands for itself; a short one is always read whole")
    func shortArticle() throws {
        guard case .whole(let entry) = try Library.openArticle(folder: TestSupport.articlesFolder.path, slug: Fixture.slug) else {
            Issue.record("the interview opens from its beginning")
            return
        }
        #expect(entry.article.exchangeCount == 5)
    }
}
