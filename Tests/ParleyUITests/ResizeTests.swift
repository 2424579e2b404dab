import ParleyUI
import Testing

/// A resize keeps the reader on the same paragraph, and a resize back
/// returns to the very same line.
@Suite("Resize")
struct ResizeTests {
    @Test func aQuestionAtTheTopStaysAtTheTop() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("]]")
        driver.send(.resize(GridSize(width: 40, height: 12)))
        #expect(Array(driver.lines.prefix(3)) == [
            "▌ 2. Regie is een veel gehoord woord",
            "▌    vanuit KING, waarom?",
            "",
        ])
        #expect(driver.statusLine == " Thissen: Richt je…   question 2/5  31%")
        driver.send(.resize(GridSize(width: 80, height: 24)))
        #expect(driver.top == 20)
        #expect(driver.topLine == "▌ 2. Regie is een veel gehoord woord vanuit KING, waarom?")
    }

    @Test func theMiddleOfAParagraphStaysOnScreenAndComesBackExactly() throws {
        var driver = Driver.reader(try Fixture.thissen())
        for _ in 0 ..< 23 { driver.press(.character("j")) }
        #expect(driver.topLine == "  moeten doen met minder geld. Dat betekent ook dat ze zich slimmer moet")
        driver.send(.resize(GridSize(width: 40, height: 12)))
        // The line holding the same words, wrapped at 36 columns.
        #expect(driver.topLine == "  alles moeten doen met minder geld.")
        driver.send(.resize(GridSize(width: 30, height: 8)))
        #expect(driver.topLine == "  alles moeten doen met")
        driver.send(.resize(GridSize(width: 80, height: 24)))
        #expect(driver.top == 23)
        #expect(driver.topLine == "  moeten doen met minder geld. Dat betekent ook dat ze zich slimmer moet")
    }

    @Test func aBlankLineBetweenParagraphsStaysABlankLine() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("]")
        driver.press(.character("k"))
        #expect(driver.top == 6)
        driver.send(.resize(GridSize(width: 40, height: 12)))
        #expect(driver.topLine == "")
        #expect(driver.lines[1] == "▌ 1. Er is halverwege 2012 voor")
        driver.send(.resize(GridSize(width: 80, height: 24)))
        #expect(driver.top == 6)
    }

    @Test func onlyTheHeightChangingKeepsTheLine() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("3")
        driver.send(.resize(GridSize(width: 80, height: 10)))
        #expect(driver.top == 35)
        #expect(driver.lines.count == 10)
        #expect(driver.statusLine == " Thissen: Richt je op regie                           question 3/5  55%  ? help")
    }

    @Test func searchMatchesFollowTheNewLayout() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("/"))
        driver.type("Regie")
        driver.press(.enter)
        driver.send(.resize(GridSize(width: 40, height: 12)))
        let reader = try #require(driver.state.reader)
        #expect(reader.search.matches.count == 1)
        #expect(reader.search.matches.first?.line == reader.top)
        #expect(reader.search.current == 0)
    }

    @Test(arguments: [GridSize(width: 1, height: 1), GridSize(width: 2, height: 1), GridSize(width: 1, height: 3), GridSize(width: 5, height: 2)])
    func tinyTerminalsDrawWithoutTrouble(_ size: GridSize) throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("3")
        driver.send(.resize(size))
        #expect(driver.grid.size == size)
        driver.send(.resize(GridSize(width: 80, height: 24)))
        #expect(driver.top == 35)
    }

    @Test func theLibraryKeepsItsSelectionVisible() throws {
        var driver = Driver.library(try LibraryKeyTests.library(), height: 24)
        driver.press(.character("G"))
        driver.send(.resize(GridSize(width: 80, height: 6)))
        #expect(driver.state.library?.scroll == 2)
        #expect(driver.lines[4] == " ▸ Gamma chat                              Someone   2 questions   No reactions")
    }
}
