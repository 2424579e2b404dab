import ParleyUI
import Testing

/// Keys while the outline or the help is open.
@Suite("Overlay keys")
struct OverlayKeyTests {
    struct OutlineCase: Sendable, CustomTestStringConvertible {
        var keys: [Key]
        var selected: Int?
        var top: Int
        var effects: [Effect] = []
        var testDescription: String { keys.map { "\($0)" }.joined(separator: " ") }
    }

    /// After `o` at the top: question 1 selected (index 0).
    static let outlineCases: [OutlineCase] = [
        OutlineCase(keys: [.character("j")], selected: 1, top: 0),
        OutlineCase(keys: [.down, .down], selected: 2, top: 0),
        OutlineCase(keys: [.control("n")], selected: 1, top: 0),
        OutlineCase(keys: [.tab], selected: 1, top: 0),
        OutlineCase(keys: [.character("k")], selected: 0, top: 0),
        OutlineCase(keys: [.character("G"), .character("k")], selected: 3, top: 0),
        OutlineCase(keys: [.end], selected: 4, top: 0),
        OutlineCase(keys: [.character("G"), .character("j")], selected: 4, top: 0),
        OutlineCase(keys: [.character("G"), .character("g")], selected: 0, top: 0),
        OutlineCase(keys: [.character("G"), .home], selected: 0, top: 0),
        OutlineCase(keys: [.character("2")], selected: 1, top: 0),
        OutlineCase(keys: [.character("5")], selected: 4, top: 0),
        OutlineCase(keys: [.character("7")], selected: 0, top: 0),
        OutlineCase(keys: [.character("2"), .enter], selected: nil, top: 20),
        OutlineCase(keys: [.character("4"), .right], selected: nil, top: 44),
        OutlineCase(keys: [.enter], selected: nil, top: 7),
        OutlineCase(keys: [.character("j"), .escape], selected: nil, top: 0),
        OutlineCase(keys: [.character("q")], selected: nil, top: 0),
        OutlineCase(keys: [.character("o")], selected: nil, top: 0),
        OutlineCase(keys: [.character("Q")], selected: 0, top: 0, effects: [.quit]),
        OutlineCase(keys: [.control("c")], selected: 0, top: 0, effects: [.quit]),
        OutlineCase(keys: [.character("x"), .character("/"), .character("?")], selected: 0, top: 0),
    ]

    @Test(arguments: outlineCases)
    func outline(_ testCase: OutlineCase) throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("o"))
        for key in testCase.keys { driver.press(key) }
        #expect(driver.state.overlay == testCase.selected.map { .outline(selected: $0) })
        #expect(driver.top == testCase.top)
        #expect(driver.effects == testCase.effects)
    }

    @Test func outlinePastTheLastQuestionSaysSo() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.type("o7")
        #expect(driver.message == "there is no question 7 (5 questions)")
    }

    @Test func outlineScrollsWithTheWheel() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("o"))
        driver.send(.wheel(.down), .wheel(.down))
        #expect(driver.state.overlay == .outline(selected: 2))
        #expect(driver.top == 0)
    }

    /// Any key closes the help and does nothing else.
    @Test(arguments: [Key.character("q"), .character("Q"), .character("j"), .character("]"), .enter, .escape, .control("c"), .character("?")])
    func anyKeyClosesHelp(_ key: Key) throws {
        var reader = Driver.reader(try Fixture.thissen())
        reader.press(.character("?"))
        reader.press(key)
        #expect(reader.state.overlay == nil)
        #expect(reader.top == 0)
        #expect(reader.effects == [])

        var library = Driver.library(try Fixture.shippedLibrary())
        library.press(.character("?"))
        #expect(library.state.overlay == .help)
        library.press(key)
        #expect(library.state.overlay == nil)
        #expect(library.effects == [])
        #expect(library.state.screen == .library)
    }

    @Test func theWheelDoesNotCloseHelp() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("?"))
        driver.send(.wheel(.down))
        #expect(driver.state.overlay == .help)
        #expect(driver.top == 0)
    }
}
