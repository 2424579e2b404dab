import ParleyKit
import ParleyUI
import Testing

/// Every reader key on the shipped interview at 80x24, from the top unless
/// keys are pressed first. At this size the text is 76 columns wide, 23
/// rows show, the article has 80 lines (ending in a blank and "Add a
/// reaction: press a"), the last full page starts at line 57, questions
/// start at lines 7, 20, 35, 44 and 57, "1 reactie" is line 67 and its one
/// reaction starts at line 69.
struct ReaderKeyCase: Sendable, CustomTestStringConvertible {
    var before: [Key] = []
    var key: Key
    var top: Int
    var message: String? = nil
    var effects: [Effect] = []
    var testDescription: String { "\(before.map(Self.name).joined()) \(Self.name(key)) -> \(top)" }

    static func name(_ key: Key) -> String {
        if case .character(let character) = key { return String(character) }
        return "\(key)"
    }
}

private func keys(_ text: String) -> [Key] { text.map { .character($0) } }

@Suite("Reader keys")
struct ReaderKeyTests {
    static let cases: [ReaderKeyCase] = [
        // Line down / up.
        ReaderKeyCase(key: .character("j"), top: 1),
        ReaderKeyCase(key: .down, top: 1),
        ReaderKeyCase(key: .enter, top: 1),
        ReaderKeyCase(key: .control("n"), top: 1),
        ReaderKeyCase(key: .control("e"), top: 1),
        ReaderKeyCase(key: .character("k"), top: 0),
        ReaderKeyCase(before: keys("jjj"), key: .character("k"), top: 2),
        ReaderKeyCase(before: keys("jjj"), key: .up, top: 2),
        ReaderKeyCase(before: keys("jjj"), key: .control("p"), top: 2),
        ReaderKeyCase(before: keys("jjj"), key: .control("y"), top: 2),
        ReaderKeyCase(before: keys("G"), key: .character("j"), top: 57),
        // Page down / up.
        ReaderKeyCase(key: .character(" "), top: 23),
        ReaderKeyCase(key: .character("f"), top: 23),
        ReaderKeyCase(key: .pageDown, top: 23),
        ReaderKeyCase(key: .control("f"), top: 23),
        ReaderKeyCase(before: keys("  "), key: .character(" "), top: 57),
        ReaderKeyCase(before: keys("   "), key: .character(" "), top: 57),
        ReaderKeyCase(before: keys("  "), key: .character("b"), top: 23),
        ReaderKeyCase(before: keys("  "), key: .pageUp, top: 23),
        ReaderKeyCase(before: keys("  "), key: .control("b"), top: 23),
        ReaderKeyCase(key: .character("b"), top: 0),
        // Half pages.
        ReaderKeyCase(key: .character("d"), top: 11),
        ReaderKeyCase(key: .control("d"), top: 11),
        ReaderKeyCase(before: keys("dd"), key: .character("u"), top: 11),
        ReaderKeyCase(before: keys("dd"), key: .control("u"), top: 11),
        ReaderKeyCase(key: .character("u"), top: 0),
        // Top and bottom.
        ReaderKeyCase(key: .character("G"), top: 57),
        ReaderKeyCase(key: .end, top: 57),
        ReaderKeyCase(key: .character(">"), top: 57),
        ReaderKeyCase(before: keys("G"), key: .character("g"), top: 0),
        ReaderKeyCase(before: keys("G"), key: .home, top: 0),
        ReaderKeyCase(before: keys("G"), key: .character("<"), top: 0),
        // Next and previous question: jumps put the question at the top.
        ReaderKeyCase(key: .character("]"), top: 7),
        ReaderKeyCase(before: keys("]]]"), key: .character("]"), top: 44),
        ReaderKeyCase(before: keys("]]]]"), key: .character("]"), top: 57),
        ReaderKeyCase(before: keys("]]]]]"), key: .character("]"), top: 57, message: "no later question"),
        // `]` goes to the first question starting below the top line, even
        // when the top line is inside a question's heading.
        ReaderKeyCase(before: keys("jjjjjjjj"), key: .character("]"), top: 20),
        ReaderKeyCase(key: .character("["), top: 0, message: "no earlier question"),
        ReaderKeyCase(before: keys("]"), key: .character("["), top: 7, message: "no earlier question"),
        ReaderKeyCase(before: keys("]]]"), key: .character("["), top: 20),
        // Inside an answer, `[` goes to the start of its own question.
        ReaderKeyCase(before: keys("jjjjjjjjjj"), key: .character("["), top: 7),
        // Question N.
        ReaderKeyCase(key: .character("1"), top: 7),
        ReaderKeyCase(key: .character("3"), top: 35),
        ReaderKeyCase(key: .character("5"), top: 57),
        ReaderKeyCase(before: keys("3"), key: .character("6"), top: 35, message: "there is no question 6 (5 questions)"),
        ReaderKeyCase(key: .character("9"), top: 0, message: "there is no question 9 (5 questions)"),
        // A jump near the end still puts its target at the top; scrolling
        // down from there does not move, up does.
        ReaderKeyCase(before: keys("5"), key: .character("j"), top: 57),
        ReaderKeyCase(before: keys("5"), key: .character("k"), top: 56),
        // The reactions.
        ReaderKeyCase(key: .character("r"), top: 67),
        // Search repeat without a search.
        ReaderKeyCase(key: .character("n"), top: 0, message: "nothing to repeat: search with / first"),
        ReaderKeyCase(key: .character("N"), top: 0, message: "nothing to repeat: search with / first"),
        ReaderKeyCase(key: .escape, top: 0),
        // Leaving: started with `parley read`, so `q` quits.
        ReaderKeyCase(key: .character("q"), top: 0, effects: [.quit]),
        ReaderKeyCase(key: .character("Q"), top: 0, effects: [.quit]),
        ReaderKeyCase(key: .control("c"), top: 0, effects: [.quit]),
        ReaderKeyCase(key: .control("l"), top: 0, effects: [.redraw]),
        ReaderKeyCase(key: .control("z"), top: 0, effects: [.suspend]),
        // Keys that mean nothing here do nothing.
        ReaderKeyCase(key: .character("x"), top: 0),
        ReaderKeyCase(key: .function(5), top: 0),
        ReaderKeyCase(key: .left, top: 0),
    ]

    @Test(arguments: cases)
    func key(_ testCase: ReaderKeyCase) throws {
        var driver = Driver.reader(try Fixture.thissen())
        for key in testCase.before { driver.press(key) }
        driver.press(testCase.key)
        #expect(driver.top == testCase.top)
        #expect(driver.message == testCase.message)
        #expect(driver.effects == testCase.effects)
        #expect(driver.state.overlay == nil)
    }

    @Test func fourthQuestionIsAtTheTopWithItsNumberInTheStatusLine() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("]]]]")
        #expect(driver.topLine == "▌ 4. Iets wat gemeenten niet alleen kunnen, of ?")
        #expect(driver.statusLine == " Thissen: Richt je op regie                           question 4/5  83%  ? help")
    }

    @Test func wheelScrollsThreeLines() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.send(.wheel(.down), .wheel(.down))
        #expect(driver.top == 6)
        driver.send(.wheel(.up))
        #expect(driver.top == 3)
        driver.send(.wheel(.up), .wheel(.up))
        #expect(driver.top == 0)
    }

    @Test func helpAndOutlineOpenOverlays() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("?"))
        #expect(driver.state.overlay == .help)
        driver.press(.character("x"))
        driver.press(.function(1))
        #expect(driver.state.overlay == .help)
        driver.press(.escape)
        // From the lead the outline selects the first question; from question 3, the third.
        driver.press(.character("o"))
        #expect(driver.state.overlay == .outline(selected: 0))
        driver.press(.escape)
        driver.type("3o")
        #expect(driver.state.overlay == .outline(selected: 2))
    }

    @Test func qGoesBackToTheLibraryWhenOpenedFromIt() throws {
        var driver = Driver.library(try Fixture.shippedLibrary())
        driver.press(.enter)
        try driver.openRequestedArticle()
        #expect(driver.state.screen == .reader)
        driver.press(.character("q"))
        #expect(driver.state.screen == .library)
        #expect(driver.effects == [])
        driver.press(.character("q"))
        #expect(driver.effects == [.quit])
    }

    @Test(arguments: [Key.character("]"), .character("["), .character("1"), .character("o")])
    func anArticleWithoutQuestionsSaysSo(_ key: Key) throws {
        var driver = Driver.reader(try Fixture.article(Fixture.interview(questions: 0)))
        driver.press(key)
        #expect(driver.message == "this article has no questions")
        #expect(driver.top == 0)
        #expect(driver.state.overlay == nil)
    }

    @Test func aShortArticleDoesNotScroll() throws {
        var driver = Driver.reader(try Fixture.article(Fixture.interview(questions: 1)))
        for key in [Key.character("j"), .character(" "), .character("d"), .character("G"), .down] {
            driver.press(key)
            #expect(driver.top == 0)
        }
        #expect(driver.statusLine.hasSuffix("100%  ? help"))
    }

    @Test func aOneByOneTerminalTakesEveryKey() throws {
        var driver = Driver.reader(try Fixture.thissen(), width: 1, height: 1)
        for key in keys("jkG g]][[15r/re") + [.enter, .character("n"), .character("o"), .enter, .character("?"), .character("x")] {
            driver.press(key)
            #expect(driver.grid.size == GridSize(width: 1, height: 1))
        }
        driver.send(.wheel(.down), .resize(GridSize(width: 1, height: 1)))
        #expect(driver.lines.count == 1)
    }
}
