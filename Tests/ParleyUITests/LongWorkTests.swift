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

    static func driver(language: Language = .english, slices: Bool = true) throws -> Driver {
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
}
