import ParleyKit
import Testing
@testable import ParleyUI

/// `G` (and the other far jumps) in a huge article lay it out a slice at a
/// time; Esc or Ctrl-C between slices stops, leaving the reader where it was;
/// keys typed meanwhile run afterwards.
@Suite("Long commands in the reader")
struct LongWorkTests {
    /// About 1.5 MB in 1,500 questions: several slices.
    static let markdown: String = {
        var text = "---\ntitle: \"Huge\"\ninterviewee: Someone\nlanguage: en\n---\n\nThe lead.\n"
        let answer = String(repeating: "Words of an answer that goes on. ", count: 30)
        for number in 1 ... 1_500 {
            text += "\n## Question number \(number)?\n\n\(answer)\n"
        }
        return text
    }()

    /// The same, with "zebra" in question 2 and question 1,500 only: a
    /// search for it has a match near the top and one at the very end.
    static let zebraMarkdown: String = markdown
        .replacingOccurrences(of: "## Question number 2?\n\n", with: "## Question number 2?\n\nA zebra. ")
        .replacingOccurrences(of: "## Question number 1500?\n\n", with: "## Question number 1500?\n\nA zebra. ")

    static func driver(language: Language = .english, slices: Bool = true, markdown: String = markdown) throws -> Driver {
        let article = try IncrementalArticle(bytes: Array(markdown.utf8), slug: "huge", file: "huge.md")
        let entry = OpenedEntry(article: article, file: "huge.md", reactions: UndecodedReactions(.none, file: "huge.reactions.json"))
        var driver = Driver(AppState(entry: entry, size: GridSize(width: 80, height: 24), ui: Catalogue(language), appearance: Appearance()))
        driver.finishesLongWork = !slices
        return driver
    }

    @Test("G lays out a slice per step and says so; Esc stops it where the reader was; G again goes on and reaches the end",
          arguments: [(Language.english, Key.escape, "Laying out the article… ", "Stopped."),
                      (.english, .control("c"), "Laying out the article… ", "Stopped."),
                      (.dutch, .escape, "Bezig met opmaken van het artikel… ", "Gestopt.")])
    func stoppedAndContinued(_ language: Language, _ stop: Key, _ running: String, _ stopped: String) throws {
        var reference = try Self.driver(language: language, slices: false)
        reference.press(.character("G"))
        #expect(reference.state.reader?.layout.isComplete == true)

        var driver = try Self.driver(language: language)
        driver.press(.character("j"), .character("j"))
        let before = driver.lines
        driver.press(.character("G"))
        #expect(driver.state.isWorking)
        #expect(driver.top == 2)
        #expect(driver.message?.hasPrefix(running) == true)
        driver.send(.continueWork)
        #expect(driver.state.isWorking)
        let laidOut = try #require(driver.state.reader?.layout.lines.count)
        #expect(driver.state.reader?.layout.isComplete == false)

        driver.press(stop)
        #expect(!driver.state.isWorking)
        #expect(driver.message == stopped)
        // Where it was: the same top line and the same text on screen.
        #expect(driver.top == 2)
        #expect(Array(driver.lines.dropLast()) == Array(before.dropLast()))
        // Nothing more is laid out by itself past the read-ahead; a key moves as ever.
        driver.press(.character("j"))
        #expect(driver.top == 3)
        #expect(driver.message == nil)

        // G again goes on from what was laid out, and ends at the very screen of a G never stopped.
        driver.press(.character("G"))
        #expect((driver.state.reader?.layout.lines.count ?? 0) >= laidOut)
        var steps = 0
        while driver.state.isWorking && steps < 1_000 {
            driver.send(.continueWork)
            steps += 1
        }
        #expect(!driver.state.isWorking)
        #expect(driver.top == reference.top)
        #expect(driver.lines == reference.lines)
    }

    @Test("keys typed while G runs are not lost: they run once it is done, in order")
    func keysWaitTheirTurn() throws {
        var reference = try Self.driver(slices: false)
        reference.press(.character("G"), .character("k"), .character("k"))
        var driver = try Self.driver()
        driver.press(.character("G"), .character("k"), .character("k"))
        #expect(driver.state.isWorking)
        while driver.state.isWorking { driver.send(.continueWork) }
        #expect(driver.top == reference.top)
        #expect(driver.lines == reference.lines)
        #expect(reference.top == (reference.state.reader?.lastPageTop ?? 0) - 2)
    }

    @Test("a jump to a far question from the outline stops the same way, the outline still open")
    func outlineJumpStops() throws {
        var driver = try Self.driver()
        driver.press(.character("o"))
        #expect(driver.state.overlay != nil)
        driver.press(.end, .enter)
        #expect(driver.state.isWorking)
        driver.press(.escape)
        #expect(!driver.state.isWorking)
        #expect(driver.top == 0)
        #expect(driver.message == "Stopped.")
        #expect(driver.state.overlay != nil)
    }

    // MARK: - Searching

    /// Types `text` into the search prompt a key at a time.
    private static func type(_ text: String, into driver: inout Driver) {
        for character in text { driver.press(.character(character)) }
    }

    @Test("a search typed for a word only near the end lays out in slices; Esc stops it, the prompt kept; typing on finds it")
    func typedSearchStops() throws {
        var reference = try Self.driver(slices: false, markdown: Self.markdown + "\nzzz\n")
        reference.press(.character("/"))
        Self.type("zzz", into: &reference)
        let found = try #require(reference.top)
        #expect(found > 1_000)

        var driver = try Self.driver(markdown: Self.markdown + "\nzzz\n")
        driver.press(.character("/"), .character("z"))
        #expect(driver.state.isWorking)
        #expect(driver.top == 0)
        driver.send(.continueWork)
        #expect(driver.state.isWorking)
        driver.press(.escape)
        #expect(!driver.state.isWorking)
        #expect(driver.message == "Stopped.")
        #expect(driver.top == 0)
        #expect(driver.state.reader?.search.prompt?.text == "z")

        // Typing on goes on from what was laid out; the screen is the one of a search never stopped.
        Self.type("zz", into: &driver)
        while driver.state.isWorking { driver.send(.continueWork) }
        #expect(driver.top == found)
        #expect(driver.lines == reference.lines)
        driver.press(.enter)
        reference.press(.enter)
        #expect(driver.lines == reference.lines)
        #expect(driver.message == nil)
    }

    @Test("one Esc stops a search typed faster than it is looked for: the keys typed meanwhile edit the prompt, and look no further")
    func oneEscStopsAQuicklyTypedSearch() throws {
        var driver = try Self.driver(markdown: Self.markdown + "\nzzz\n")
        driver.press(.character("/"))
        Self.type("zzz", into: &driver)
        #expect(driver.state.isWorking)
        driver.press(.escape)
        #expect(!driver.state.isWorking)
        #expect(driver.message == "Stopped.")
        #expect(driver.state.reader?.search.prompt?.text == "zzz")
        #expect(driver.top == 0)
        // The status line says it stopped, not that there is no match.
        #expect(driver.lines.last?.hasSuffix("Stopped.") == true)
        #expect(driver.lines.last?.contains("no match") == false)
    }

    @Test("Enter after a stopped search waits for its first match rather than saying there is none")
    func enterAfterAStoppedSearch() throws {
        var reference = try Self.driver(slices: false, markdown: Self.markdown + "\nzzz\n")
        reference.press(.character("/"))
        Self.type("zzz", into: &reference)
        reference.press(.enter)

        var driver = try Self.driver(markdown: Self.markdown + "\nzzz\n")
        driver.press(.character("/"))
        Self.type("zzz", into: &driver)
        #expect(driver.state.isWorking)
        driver.press(.escape)
        #expect(driver.top == 0)
        driver.press(.enter)
        #expect(driver.state.isWorking)
        while driver.state.isWorking { driver.send(.continueWork) }
        #expect(driver.message == nil)
        #expect(driver.top == reference.top)
        #expect(driver.lines == reference.lines)
    }

    @Test("n to a match at the very end and N wrapping to it from the top are sliced and stop with Esc",
          arguments: [Character("n"), Character("N")])
    func repeatedSearchStops(_ key: Character) throws {
        // From the match in question 2: n goes to question 1,500; from the top, N wraps to it.
        func start(_ driver: inout Driver) {
            driver.press(.character("/"))
            Self.type("zebra", into: &driver)
            driver.press(.enter)
            if key == "N" { driver.press(.character("g")) }
        }
        var reference = try Self.driver(slices: false, markdown: Self.zebraMarkdown)
        start(&reference)
        let from = reference.top
        reference.press(.character(key))
        let last = try #require(reference.top)
        #expect(last > 1_000)

        var driver = try Self.driver(markdown: Self.zebraMarkdown)
        start(&driver)
        #expect(!driver.state.isWorking)
        #expect(driver.top == from)
        driver.press(.character(key))
        #expect(driver.state.isWorking)
        driver.press(.control("c"))
        #expect(!driver.state.isWorking)
        #expect(driver.message == "Stopped.")
        #expect(driver.top == from)

        driver.press(.character(key))
        while driver.state.isWorking { driver.send(.continueWork) }
        #expect(driver.top == last)
        #expect(driver.lines == reference.lines)
    }
}
