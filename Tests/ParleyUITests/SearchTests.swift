import ParleyUI
import Testing

/// `/` searches as you type; `n` and `N` move between matches and wrap.
/// In the interview at 80x24, "regie" is on lines 0 (the title), 20, 26,
/// 31, 71 and 74 (the reaction's "regievorm" and "regie").
@Suite("Search")
struct SearchTests {
    private func searched(_ pattern: String) throws -> Driver {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("/"))
        driver.type(pattern)
        driver.press(.enter)
        return driver
    }

    @Test func nAndNMoveBetweenMatches() throws {
        var driver = try searched("regie")
        #expect(driver.state.reader?.search.matches.map(\.line) == [0, 20, 26, 31, 71, 74])
        #expect(driver.top == 0)
        var tops: [Int?] = []
        for _ in 0 ..< 5 {
            driver.press(.character("n"))
            tops.append(driver.top)
        }
        #expect(tops == [20, 26, 31, 71, 74])
        driver.press(.character("N"))
        #expect(driver.top == 71)
        #expect(driver.statusLine == " Thissen: Richt je op regie                             match 5/6  100%  ? help")
    }

    @Test func nWrapsAroundAtTheEndAndSaysSo() throws {
        var driver = try searched("regie")
        for _ in 0 ..< 5 { driver.press(.character("n")) }
        driver.press(.character("n"))
        #expect(driver.top == 0)
        #expect(driver.message == "search continued from the top")
        driver.press(.character("N"))
        #expect(driver.top == 74)
        #expect(driver.message == "search continued from the end")
    }

    @Test func typingMovesToTheFirstMatchFromWhereTheSearchStarted() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("]]")  // question 2, line 20
        driver.press(.character("/"))
        driver.type("uitvoer")
        // "uitvoerder" on line 25 is the first match at or below line 20.
        #expect(driver.top == 25)
        #expect(driver.statusLine == " /uitvoer                                                             match 1/4")
        #expect(driver.grid.cursor == GridPoint(row: 23, column: 9))
    }

    @Test func aSearchWithNoMatchSaysSoAndStaysPut() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("]")
        driver.press(.character("/"))
        driver.type("xyzzy")
        #expect(driver.statusLine == " /xyzzy                                                                no match")
        #expect(driver.top == 7)
        driver.press(.enter)
        #expect(driver.message == "no match: xyzzy")
        #expect(driver.top == 7)
        #expect(driver.state.reader?.search.matches == [])
        driver.press(.character("n"))
        #expect(driver.message == "no match: xyzzy")
    }

    @Test func anEmptySearchRepeatsTheLastOneOrDoesNothing() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("/"))
        driver.press(.enter)
        #expect(driver.state.reader?.search.prompt == nil)
        #expect(driver.message == nil)
        #expect(driver.top == 0)
        driver.press(.character("/"))
        driver.type("regie")
        driver.press(.enter)
        driver.press(.character("/"))
        driver.press(.enter)
        #expect(driver.top == 20)
    }

    @Test func escapeCancelsAndGoesBack() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("/"))
        driver.type("voorhoede")
        #expect(driver.top == 54)
        driver.press(.escape)
        #expect(driver.top == 0)
        #expect(driver.state.reader?.search.prompt == nil)
        #expect(driver.state.reader?.search.matches == [])
    }

    @Test func backspaceEditsAndClosesAnEmptyPrompt() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("/"))
        driver.type("regiex")
        #expect(driver.state.reader?.search.matches == [])
        driver.press(.backspace)
        #expect(driver.state.reader?.search.matches.count == 6)
        driver.press(.control("u"))
        #expect(driver.state.reader?.search.prompt?.text == "")
        driver.press(.backspace)
        #expect(driver.state.reader?.search.prompt == nil)
    }

    @Test func keysInThePromptAreText() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("/"))
        driver.type("q]G")
        #expect(driver.effects == [])
        #expect(driver.state.reader?.search.prompt?.text == "q]G")
    }

    @Test func aPasteIsTextNeverKeys() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.send(.paste("q"))
        #expect(driver.effects == [])
        #expect(driver.top == 0)
        driver.press(.character("/"))
        driver.send(.paste("gemeente\nmoet\u{1B}"))
        #expect(driver.state.reader?.search.prompt?.text == "gemeente moet")
        #expect(driver.state.reader?.search.matches.map(\.line) == [29, 46])
    }

    @Test func aCapitalMakesTheSearchCaseSensitive() throws {
        let driver = try searched("Regie")
        #expect(driver.state.reader?.search.matches.map(\.line) == [20])
        #expect(driver.top == 20)
    }

    @Test func escapeClearsTheHighlight() throws {
        var driver = try searched("regie")
        driver.press(.escape)
        #expect(driver.state.reader?.search.matches == [])
        // n still repeats the last search.
        driver.press(.character("n"))
        #expect(driver.top == 20)
    }
}
