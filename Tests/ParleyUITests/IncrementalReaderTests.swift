@testable import ParleyKit
import Testing
@testable import ParleyUI

/// The reader parses and lays out a long article only as far as it is
/// read; a reader sees the same screens as with the article laid out whole.
@Suite("Reading a long article a screen at a time")
struct IncrementalReaderTests {
    static let questions = 400
    static let markdown = Fixture.interview(questions: questions)

    /// The article opened as `parley read` opens it: nothing past the lead parsed.
    static func opened() throws -> OpenedEntry {
        let article = try IncrementalArticle(bytes: Array(markdown.utf8), slug: "long", file: "long.md")
        return OpenedEntry(article: article, file: "long.md", reactions: UndecodedReactions(.none, file: "long.reactions.json"))
    }

    static func driver(_ entry: OpenedEntry, width: Int = 80, height: Int = 24) -> Driver {
        Driver(AppState(entry: entry, size: GridSize(width: width, height: height), ui: Catalogue(.english), appearance: Appearance()))
    }

    @Test("opening lays out the first screen only, and the status line knows every question")
    func firstScreen() throws {
        let driver = Self.driver(try Self.opened())
        let reader = try #require(driver.state.reader)
        #expect(reader.layout.questionsLaidOut == 4)
        #expect(!reader.layout.isComplete)
        #expect(reader.questionCount == Self.questions)
        #expect(driver.topLine.hasPrefix("  Made up"))
        #expect(driver.lines[3] == "  The lead.")
        #expect(driver.lines[5].hasSuffix("1. Question number 1?"))
    }

    @Test("paging and jumping lay out a little more each time", arguments: [
        [Key.character(" ")], [.character("]"), .character("]"), .character("]")], [.character("9")], [.character("j"), .character("d")],
    ])
    func aLittleMore(keys: [Key]) throws {
        var driver = Self.driver(try Self.opened())
        for key in keys { driver.press(key) }
        let reader = try #require(driver.state.reader)
        #expect(reader.layout.questionsLaidOut < 15)
        #expect(!reader.layout.isComplete)
    }

    @Test("the same keys show the same text as the article laid out whole", arguments: [
        "  ", "]]]]]", "9", "G", "Gkkk", "/number 377\r", "/number 37\rnnn", "o\u{1B}", "Gg", "50j",
        "/paragraph\rnnnnnnnn", "/lead\rn", "/lead\rN", "/question\rN", "/second\rnnnNNN", "/xyzzy\rn", "/nUmber\r",
        "]]]/the\rn", "Gk/first\rn", "/number 400\rn", "/Number\u{1B}",
    ])
    func sameScreens(keys: String) throws {
        var incremental = Self.driver(try Self.opened())
        var whole = Driver.reader(try Fixture.article(Self.markdown, slug: "long"))
        for character in keys {
            let key: Key = character == "\r" ? .enter : character == "\u{1B}" ? .escape : .character(character)
            incremental.press(key)
            whole.press(key)
        }
        // Every row but the status line, whose percentage is an estimate until the end is laid out.
        #expect(incremental.lines.dropLast() == whole.lines.dropLast())
        #expect(incremental.top == whole.top)
        #expect(incremental.state.reader?.currentQuestion == whole.state.reader?.currentQuestion)
        #expect(incremental.message == whole.message)
        #expect(incremental.state.reader?.search.current == whole.state.reader?.search.current)
    }

    @Test("a search lays out as far as its first match; the count says how many so far")
    func searchAsFarAsTheFirstMatch() throws {
        var driver = Self.driver(try Self.opened())
        driver.type("]]]")
        driver.press(.character("/"))
        driver.type("second")
        let reader = try #require(driver.state.reader)
        #expect(reader.layout.questionsLaidOut < 15)
        #expect(!reader.search.isExhaustive)
        #expect(driver.topLine.hasSuffix("Answer 3, second paragraph."))
        #expect(driver.statusLine.hasSuffix("match 3/\(reader.search.matches.count)+"))
        driver.press(.enter)
        driver.press(.character("N"))
        #expect(driver.topLine.hasSuffix("Answer 2, second paragraph."))
    }

    @Test("no match, and the last match before the end, are known without laying out the rest", arguments: ["xyzzy", "lead", "Made"])
    func noMatchWithoutTheRest(pattern: String) throws {
        var driver = Self.driver(try Self.opened())
        driver.press(.character("/"))
        driver.type(pattern)
        driver.press(.enter)
        driver.press(.character("n"))
        let reader = try #require(driver.state.reader)
        #expect(!reader.layout.isComplete)
        #expect(reader.search.isExhaustive)
        #expect(reader.layout.questionsLaidOut < 15)
    }

    @Test("the end, a search and the outline reach the last question")
    func farAway() throws {
        var driver = Self.driver(try Self.opened())
        driver.press(.character("G"))
        #expect(driver.state.reader?.layout.isComplete == true)
        #expect(driver.statusLine.hasSuffix("question 397/400  100%  ? help"))

        var searching = Self.driver(try Self.opened())
        searching.type("/number 399?")
        searching.press(.enter)
        #expect(searching.topLine.hasSuffix("399. Question number 399?"))

        var outline = Self.driver(try Self.opened())
        outline.press(.character("o"), .character("G"), .enter)
        #expect(outline.topLine.hasSuffix("400. Question number 400?"))
    }

    @Test("a resize keeps the question at the top, laying out the new width only as far as that")
    func resize() throws {
        var driver = Self.driver(try Self.opened())
        driver.press(.character("9"))
        driver.send(.resize(GridSize(width: 50, height: 20)))
        #expect(driver.topLine.hasSuffix("9. Question number 9?"))
        let reader = try #require(driver.state.reader)
        #expect(reader.layout.width == 46)
        #expect(!reader.layout.isComplete)
        #expect(reader.layout.questionsLaidOut < 15)
    }

    @Test("while nothing is typed, two pages are laid out ahead, and nothing on screen changes")
    func readAhead() throws {
        var driver = Self.driver(try Self.opened())
        let screen = driver.lines
        #expect(driver.state.hasIdleWork)
        var steps = 0
        while driver.state.hasIdleWork && steps < 100 {
            driver.send(.idle)
            steps += 1
        }
        let reader = try #require(driver.state.reader)
        #expect(!driver.state.hasIdleWork)
        #expect(reader.layout.lines.count > 3 * 23)
        #expect(reader.layout.questionsLaidOut < 15)
        #expect(driver.lines.dropLast() == screen.dropLast())
        driver.press(.character(" "))
        #expect(driver.state.hasIdleWork)
    }

    @Test("bytes that are not UTF-8 far down a long article: checked while nothing is typed or before a search, shown as when read whole", arguments: [true, false])
    func damageFarDown(idle: Bool) throws {
        var bytes = Array(Self.markdown.utf8)
        while bytes.count < IncrementalArticle.eagerlyChecked + 4096 { bytes += Array("\n## Filler?\n\nWords.\n".utf8) }
        bytes += Array("\n## Damaged?\n\nBad ".utf8) + [0xFF] + Array(" needle here.\n".utf8)
        let article = try IncrementalArticle(bytes: bytes, slug: "long", file: "long.md")
        #expect(!article.isChecked)
        var incremental = Self.driver(OpenedEntry(article: article, file: "long.md", reactions: UndecodedReactions(.none, file: "long.reactions.json")))
        let parsed = try ArticleParser(file: "long.md").parse(bytes: bytes, slug: "long")
        var whole = Driver.reader(LibraryEntry(article: parsed.article, file: "long.md", reactions: .none, warnings: parsed.warnings))
        let screen = incremental.lines
        if idle {
            var steps = 0
            while incremental.state.hasIdleWork && steps < 100 {
                incremental.send(.idle)
                steps += 1
            }
            #expect(!incremental.state.hasIdleWork)
            #expect(incremental.state.reader?.article.isChecked == true)
            #expect(incremental.lines.dropLast() == screen.dropLast())
        }
        for key in "/needle\r" {
            let key: Key = key == "\r" ? .enter : .character(key)
            incremental.press(key)
            whole.press(key)
        }
        #expect(incremental.state.reader?.article.warnings == parsed.warnings)
        // Nothing but ASCII before it: the file is Windows-1252, where 0xFF is "ÿ".
        #expect(incremental.topLine.contains("Bad ÿ needle here."))
        #expect(incremental.lines.dropLast() == whole.lines.dropLast())
        #expect(incremental.top == whole.top)
    }

    @Test("a short article is laid out whole when opened: no idle work")
    func shortArticle() throws {
        let driver = Driver.reader(try Fixture.thissen())
        #expect(driver.state.reader?.layout.isComplete == true)
        #expect(!driver.state.hasIdleWork)
    }

    /// Fifty reactions, every third a reply to the one before.
    static var fiftyReactions: String {
        let items = (1...50).map { n in
            let reply = n % 3 == 0 ? "\"r\(n - 1)\"" : "null"
            return "{\"id\": \"r\(n)\", \"author\": \"Lezer \(n)\", \"posted\": null, \"text\": \"Reactie nummer \(n).\", \"replyTo\": \(reply)}"
        }
        return "{\"version\": 1, \"article\": \"long\", \"reactions\": [" + items.joined(separator: ",") + "]}"
    }

    @Test("the reactions of a long article: r, ] and [ show what they show when all is laid out", arguments: [
        "r", "r]]]", "r]]][", "r]]]]]]]]]]", "G[[", "r]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    ])
    func reactions(keys: String) throws {
        let state = ReactionsState.loaded(try ReactionsDocument.decode(bytes: Array(Self.fiftyReactions.utf8), file: "long.reactions.json"))
        let article = try IncrementalArticle(bytes: Array(Self.markdown.utf8), slug: "long", file: "long.md")
        var incremental = Self.driver(OpenedEntry(article: article, file: "long.md", reactions: UndecodedReactions(state, file: "long.reactions.json")))
        var loaded = try Fixture.article(Self.markdown, slug: "long")
        loaded.reactions = state
        var whole = Driver.reader(loaded)
        for character in keys {
            incremental.press(.character(character))
            whole.press(.character(character))
        }
        #expect(incremental.lines.dropLast() == whole.lines.dropLast())
        #expect(incremental.state.reader?.selectedReaction == whole.state.reader?.selectedReaction)
        #expect(incremental.message == whole.message)
    }
}

@Suite("R on a long article")
struct LongArticleReplyTests {
    @Test("R before the reactions are laid out knows there are reactions to mark")
    func replyBeforeTheReactionsAreLaidOut() throws {
        let reaction = Fixture.reaction("9f1c8a4e-2b1d-4c55-8f3e-1a2b3c4d5e6f", "Ann", "2026-11-29T13:20:58Z", "Eens.")
        let article = try IncrementalArticle(bytes: Array(IncrementalReaderTests.markdown.utf8), slug: "long", file: "long.md")
        let reactions = ReactionsDocument(article: "long", reactions: [reaction])
        let entry = OpenedEntry(article: article, file: "long.md", reactions: UndecodedReactions(.loaded(reactions), file: "long.reactions.json"))
        var driver = IncrementalReaderTests.driver(entry)
        #expect(driver.state.reader?.layout.isComplete == false)
        driver.press(.character("R"))
        #expect(driver.message == driver.state.ui.markReactionFirst)
    }
}
