import ParleyKit
import ParleyUI
import Testing

/// Every library key, on a made-up library of five articles (sorted by
/// title: Alpha, Beta, Delta, Epsilon, Gamma) in a terminal with three
/// list rows (80x6: header, notice line, three rows, status line).
@Suite("Library keys")
struct LibraryKeyTests {
    static let titles = ["Alpha talk", "Beta interview", "Gamma chat", "Delta questions", "Epsilon answers"]

    static func library() throws -> Library {
        var articles: [String: String] = [:]
        for title in titles {
            articles[title.lowercased().replacingOccurrences(of: " ", with: "-")] = Fixture.interview(questions: 2, title: title)
        }
        return try Fixture.library(articles)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var keys: [Key]
        var selected: Int
        var scroll: Int
        var effects: [Effect] = []
        var testDescription: String { keys.map { "\($0)" }.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(keys: [.character("j")], selected: 1, scroll: 0),
        Case(keys: [.down, .down, .down], selected: 3, scroll: 1),
        Case(keys: [.control("n")], selected: 1, scroll: 0),
        Case(keys: [.character("k")], selected: 0, scroll: 0),
        Case(keys: [.character("j"), .up], selected: 0, scroll: 0),
        Case(keys: [.character("j"), .control("p")], selected: 0, scroll: 0),
        Case(keys: [.character("G")], selected: 4, scroll: 2),
        Case(keys: [.end, .character("j")], selected: 4, scroll: 2),
        Case(keys: [.character("G"), .character("g")], selected: 0, scroll: 0),
        Case(keys: [.character("G"), .home], selected: 0, scroll: 0),
        Case(keys: [.character(" ")], selected: 3, scroll: 1),
        Case(keys: [.character("f"), .character("f")], selected: 4, scroll: 2),
        Case(keys: [.pageDown], selected: 3, scroll: 1),
        Case(keys: [.control("f")], selected: 3, scroll: 1),
        Case(keys: [.character("G"), .character("b")], selected: 1, scroll: 1),
        Case(keys: [.character("G"), .pageUp, .control("b")], selected: 0, scroll: 0),
        Case(keys: [.character("q")], selected: 0, scroll: 0, effects: [.quit]),
        Case(keys: [.character("Q")], selected: 0, scroll: 0, effects: [.quit]),
        Case(keys: [.control("c")], selected: 0, scroll: 0, effects: [.quit]),
        Case(keys: [.control("l")], selected: 0, scroll: 0, effects: [.redraw]),
        Case(keys: [.control("z")], selected: 0, scroll: 0, effects: [.suspend]),
        Case(keys: [.character("x"), .character("]"), .character("n")], selected: 0, scroll: 0),
    ]

    @Test(arguments: cases)
    func key(_ testCase: Case) throws {
        var driver = Driver.library(try Self.library(), height: 6)
        for key in testCase.keys { driver.press(key) }
        #expect(driver.state.library?.selected == testCase.selected)
        #expect(driver.state.library?.scroll == testCase.scroll)
        #expect(driver.effects == testCase.effects)
    }

    @Test(arguments: [Key.enter, .right])
    func enterOpensTheSelectedArticle(_ key: Key) throws {
        var driver = Driver.library(try Self.library())
        driver.type("jj")
        driver.press(key)
        let folder = try #require(driver.state.library?.library.folder)
        #expect(driver.effects == [.openArticle(folder: folder, slug: "delta-questions")])
    }

    @Test func openingShowsTheReaderAndBackKeepsTheSelection() throws {
        var driver = Driver.library(try Fixture.shippedLibrary())
        driver.press(.enter)
        try driver.openRequestedArticle()
        #expect(driver.topLine == "  Thissen: Richt je op regie")
        driver.press(.character("q"))
        #expect(driver.state.screen == .library)
        #expect(driver.state.library?.selected == 0)
    }

    @Test func anArticleThatCannotBeOpenedSaysWhy() throws {
        var driver = Driver.library(try Fixture.shippedLibrary())
        driver.send(.articleFailed(slug: "gone", error: ArticleError(file: "/lib/gone.md", line: nil, problem: .noSuchArticle)))
        #expect(driver.message == "cannot open: /lib/gone.md: no such article")
        #expect(driver.state.screen == .library)
        driver.press(.character("j"))
        #expect(driver.message == nil)
    }

    @Test func slashFiltersAsYouType() throws {
        var driver = Driver.library(try Self.library())
        driver.press(.character("/"))
        driver.type("ta")
        // Alpha talk, Beta interview, Delta questions.
        #expect(driver.lines[2] == " ▸ Alpha talk                              Someone   2 questions   No reactions")
        #expect(driver.lines[3] == "   Beta interview                          Someone   2 questions   No reactions")
        #expect(driver.lines[4] == "   Delta questions                         Someone   2 questions   No reactions")
        #expect(driver.lines[5] == "")
        #expect(driver.statusLine == " /ta                                                                 3 articles")
        // q is text while filtering.
        driver.type("q")
        #expect(driver.effects == [])
        #expect(driver.state.library?.rows.count == 0)
        #expect(driver.lines[2] == " no article matches “taq”")
        driver.press(.enter)
        #expect(driver.effects == [])
        #expect(driver.state.library?.prompt == nil)
        driver.press(.character("/"))
        driver.press(.backspace)
        driver.press(.enter)
        #expect(driver.state.library?.filter == "ta")
        #expect(driver.state.library?.rows.count == 3)
        #expect(driver.lines[0] == " Library · 5 articles · /ta")
        driver.press(.escape)
        #expect(driver.state.library?.filter == "")
        #expect(driver.state.library?.rows.count == 5)
    }

    @Test func backspaceOnAnEmptyFilterClosesIt() throws {
        var driver = Driver.library(try Self.library())
        driver.press(.character("/"))
        driver.press(.backspace)
        #expect(driver.state.library?.prompt == nil)
        driver.press(.character("j"))
        #expect(driver.state.library?.selected == 1)
    }

    @Test func escapeWhileTypingClearsTheFilter() throws {
        var driver = Driver.library(try Self.library())
        driver.press(.character("/"))
        driver.type("gamma")
        #expect(driver.state.library?.selectedEntry?.slug == "gamma-chat")
        driver.press(.escape)
        #expect(driver.state.library?.rows.count == 5)
        // The selection stays on the article it was on.
        #expect(driver.state.library?.selectedEntry?.slug == "gamma-chat")
    }

    @Test func aPasteFiltersButNeverRunsKeys() throws {
        var driver = Driver.library(try Self.library())
        driver.send(.paste("q"))
        #expect(driver.effects == [])
        driver.press(.character("/"))
        driver.send(.paste("epsilon\n"))
        #expect(driver.state.library?.prompt?.text == "epsilon ")
        #expect(driver.state.library?.selectedEntry?.slug == "epsilon-answers")
        #expect(driver.state.library?.rows.count == 1)
    }

    @Test func theWheelMovesTheSelection() throws {
        var driver = Driver.library(try Self.library())
        driver.send(.wheel(.down), .wheel(.down), .wheel(.up))
        #expect(driver.state.library?.selected == 1)
    }

    @Test func anEmptyLibrarySaysSoAndEnterDoesNothing() throws {
        var driver = Driver.library(try Fixture.library([:]))
        #expect(driver.lines[2] == " The library has no articles.")
        driver.press(.enter)
        #expect(driver.effects == [])
        driver.press(.character("j"))
        #expect(driver.state.library?.selected == 0)
    }

    @Test func unreadableArticlesAreCountedOnScreen() throws {
        var driver = Driver.library(try Fixture.library(["good": Fixture.interview(questions: 1), "bad": "no front matter\n"]))
        #expect(driver.lines[1] == " 1 article could not be read: see parley check")
        #expect(driver.message == "1 article could not be read: see parley check")
        driver.press(.character("j"))
        #expect(driver.message == nil)
        #expect(driver.lines[1] == " 1 article could not be read: see parley check")
    }
}
