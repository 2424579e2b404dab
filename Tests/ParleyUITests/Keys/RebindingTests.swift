import ParleyKit
import ParleyUI
import Testing

/// A config that rebinds a key: the old key no longer does it, the new one
/// does, and the help and the hint lines say the new key.
@Suite("Rebound keys")
struct RebindingTests {
    static func appearance(_ lines: String...) throws -> Appearance {
        Appearance().with(try UserConfigFixture(lines: lines).settings())
    }

    // MARK: - Library

    @Test func libraryOpenOnO() throws {
        var driver = Driver.library(try LibraryKeyTests.library(), appearance: try Self.appearance("key.library.open: o"))
        driver.press(.enter)
        #expect(driver.effects == [])
        driver.press(.right)
        #expect(driver.effects == [])
        driver.press(.character("o"))
        let folder = try #require(driver.state.library?.library.folder)
        #expect(driver.effects == [.openArticle(folder: folder, slug: "alpha-talk")])
    }

    @Test func libraryHintAndHelpShowTheUsersKeys() throws {
        var driver = Driver.library(try LibraryKeyTests.library(), appearance: try Self.appearance("key.library.open: o", "key.library.quit: x Q"))
        #expect(driver.statusLine.hasPrefix(" o open · / filter · ? help · x quit "))
        driver.press(.character("?"))
        let help = driver.lines.joined(separator: "\n")
        #expect(help.contains("o  ") && help.contains("read the article"))
        #expect(help.contains("x Q"))
        #expect(!help.contains("Enter Right"))
        driver.press(.character("q"))
        driver.press(.character("q"))
        #expect(driver.effects == [])
        driver.press(.character("x"))
        #expect(driver.effects == [.quit])
    }

    /// A key taken by another action leaves the action it had.
    @Test func aTakenKeyLeavesItsOldAction() throws {
        var driver = Driver.library(try LibraryKeyTests.library(), height: 6, appearance: try Self.appearance("key.library.bottom: j"))
        driver.press(.character("j"))
        #expect(driver.state.library?.selected == 4)
        driver.press(.character("k"), .down)
        #expect(driver.state.library?.selected == 4)
        driver.press(.up)
        #expect(driver.state.library?.selected == 3)
    }

    // MARK: - Reader

    struct ReaderCase: Sendable, CustomTestStringConvertible {
        var config: String
        var old: Key
        var new: Key
        var testDescription: String { config }
    }

    /// Each case moves the reader by the new key and not by the old.
    static let readerCases: [ReaderCase] = [
        ReaderCase(config: "key.reader.line-down: e", old: .character("j"), new: .character("e")),
        ReaderCase(config: "key.reader.page-down: Ctrl-V PgDn", old: .character(" "), new: .control("v")),
        ReaderCase(config: "key.reader.next-question: Tab", old: .character("]"), new: .tab),
        ReaderCase(config: "key.reader.question-2: F2", old: .character("2"), new: .function(2)),
        ReaderCase(config: "key.reader.bottom: e", old: .character("G"), new: .character("e")),
    ]

    @Test(arguments: readerCases)
    func readerMovesByTheNewKeyOnly(_ testCase: ReaderCase) throws {
        var driver = Driver.reader(try Fixture.thissen(), appearance: try Self.appearance(testCase.config))
        driver.press(testCase.old)
        #expect(driver.top == 0, "the old key still works")
        driver.press(testCase.new)
        #expect((driver.top ?? 0) > 0, "the new key does nothing")
    }

    @Test func readerHelpAndStatusLineShowTheUsersHelpKey() throws {
        var driver = Driver.reader(try Fixture.thissen(), appearance: try Self.appearance("key.reader.help: h", "key.reader.question-1: ="))
        #expect(driver.statusLine.hasSuffix("  h help"))
        driver.press(.character("?"))
        #expect(driver.state.overlay == nil)
        driver.press(.character("h"))
        #expect(driver.state.overlay == .help)
        let help = driver.lines.joined(separator: "\n")
        #expect(help.contains("h  ") && help.contains("this help"))
        #expect(help.contains("= / 2 / 3"))
    }

    @Test func readerQuitCanBeUnboundWhileBackStays() throws {
        var driver = Driver.reader(try Fixture.thissen(), appearance: try Self.appearance("key.reader.quit: none"))
        driver.press(.character("Q"))
        driver.press(.control("c"))
        #expect(driver.effects == [])
        driver.press(.character("q"))
        #expect(driver.effects == [.quit])
    }

    // MARK: - Outline

    @Test func outlineKeys() throws {
        var driver = Driver.reader(try Fixture.thissen(), appearance: try Self.appearance("key.outline.go: Space", "key.outline.next: n"))
        driver.press(.character("o"))
        #expect(driver.statusLine.isEmpty == false)
        #expect(driver.lines.joined().contains("Space jump · Esc close"))
        driver.press(.character("j"))
        #expect(driver.state.overlay == .outline(selected: 0))
        driver.press(.character("n"))
        #expect(driver.state.overlay == .outline(selected: 1))
        driver.press(.enter)
        #expect(driver.state.overlay == .outline(selected: 1))
        driver.press(.character(" "))
        #expect(driver.state.overlay == nil)
        #expect(driver.state.reader?.currentQuestion == 2)
    }

    // MARK: - Search and filter

    @Test func searchKeysAreTheirOwn() throws {
        var driver = Driver.reader(try Fixture.thissen(), appearance: try Self.appearance("key.search.cancel: Ctrl-X", "key.reader.search: s"))
        driver.press(.character("/"))
        #expect(driver.state.reader?.search.prompt == nil)
        driver.press(.character("s"))
        driver.type("regie")
        #expect(driver.state.reader?.search.prompt?.text == "regie")
        driver.press(.escape)
        #expect(driver.state.reader?.search.prompt?.text == "regie", "Esc no longer cancels")
        driver.press(.control("x"))
        #expect(driver.state.reader?.search.prompt == nil)
        #expect(driver.top == 0)
    }

    @Test func filterKeysAreTheirOwn() throws {
        var driver = Driver.library(try LibraryKeyTests.library(), appearance: try Self.appearance("key.filter.accept: Tab"))
        driver.press(.character("/"))
        driver.type("ta")
        driver.press(.enter)
        #expect(driver.state.library?.prompt?.text == "ta", "Enter no longer keeps the filter")
        driver.press(.tab)
        #expect(driver.state.library?.prompt == nil)
        #expect(driver.state.library?.filter == "ta")
    }

    // MARK: - Composer

    @Test func composerPostsWithTheNewKeyAndSaysSo() throws {
        var driver = Driver.reader(try Fixture.thissen(), appearance: try Self.appearance("key.composer.post: Ctrl-P", "key.composer.close: Ctrl-Q"))
        driver.openComposer()
        #expect(driver.lines.joined(separator: "\n").contains("Ctrl-P posts it; Ctrl-Q keeps it as a draft."))
        #expect(driver.statusLine.contains("Ctrl-P post · Ctrl-Q close · Ctrl-E editor · Tab name · F1 keys"))
        driver.type("Mooi.")
        driver.press(.control("d"))
        #expect(!driver.effects.contains { if case .postReaction = $0 { true } else { false } })
        driver.press(.control("p"))
        #expect(driver.effects.contains { if case .postReaction = $0 { true } else { false } })
    }

    /// Without a config, the hints are what they always were.
    @Test func defaultHints() throws {
        let ui = Catalogue(.english)
        let dutch = Catalogue(.dutch)
        #expect(ui.libraryHint(.defaults) == "Enter open · / filter · ? help · q quit")
        #expect(dutch.libraryHint(.defaults) == "Enter open · / filter · ? hulp · q stop")
        #expect(ui.outlineHint(.defaults) == "Enter jump · Esc close")
        #expect(ui.helpHint(.defaults) == "? help")
        #expect(ui.composerHint(nameHasFocus: true, keys: .defaults) == "Ctrl-D post · Esc close · Ctrl-E editor · Tab text · F1 keys")
        #expect(dutch.composerHint(nameHasFocus: false, keys: .defaults) == "Ctrl-D plaats · Esc sluit · Ctrl-E editor · Tab naam · F1 toetsen")
        #expect(ui.textPlaceholder(.defaults) == "Write your reaction here. Ctrl-D posts it; Esc keeps it as a draft.")
    }

    /// An action left without a key drops out of the hint.
    @Test func anUnboundActionLeavesTheHint() throws {
        let settings = try UserConfigFixture.settings("key.library.filter: none")
        #expect(Catalogue(.english).libraryHint(settings.keys) == "Enter open · ? help · q quit")
    }
}
