import ParleyKit
import ParleyUI
import Testing

/// The composer as a user sees it, cell by cell: literal expected lines,
/// the cursor, and style rows in `StyleMap`'s one-letter code.
@Suite("Composer screens")
struct ComposerSnapshotTests {
    static let longText = "Zeker bij nieuwe taakstellingen is naar mijn overtuiging het kiezen voor en het hanteren van "
        + "een regievorm bij uitvoeringstaken geen proces dat jaren in beslag zal nemen."

    @Test func empty() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        let grid = driver.grid
        #expect(grid.lines == [
            "  New reaction to “Thissen: Richt je op regie”",
            "  Name: Test Lezer",
            "  ────────────────────────────────────────────────────────────────────────────",
            "  Write your reaction here. Ctrl-D posts it; Esc keeps it as a draft.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "  ────────────────────────────────────────────────────────────────────────────",
            "",
            "",
            "",
            " Ctrl-D post · Esc close · Ctrl-E editor · Tab name · F1 keys        0 / 10,000",
        ])
        // Title bold; the name's label dim while the text has the focus; rules in the border colour;
        // the placeholder dim; the status line reversed.
        #expect([0, 1, 2, 3, 19, 23].map { StyleMap.row(grid, $0) } == [
            "  bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb                                  ",
            "  dddddd                                                                        ",
            "  CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC  ",
            "  ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd           ",
            "  CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC  ",
            "rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr",
        ])
        #expect(grid.cursor == GridPoint(row: 3, column: 2))
    }

    @Test func wrappedText() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type(Self.longText)
        #expect(driver.lines == [
            "  New reaction to “Thissen: Richt je op regie”",
            "  Name: Test Lezer",
            "  ────────────────────────────────────────────────────────────────────────────",
            "  Zeker bij nieuwe taakstellingen is naar mijn overtuiging het kiezen voor en",
            "  het hanteren van een regievorm bij uitvoeringstaken geen proces dat jaren",
            "  in beslag zal nemen.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "  ────────────────────────────────────────────────────────────────────────────",
            "",
            "",
            "",
            " Ctrl-D post · Esc close · Ctrl-E editor · Tab name · F1 keys      170 / 10,000",
        ])
        #expect(driver.grid.cursor == GridPoint(row: 5, column: 22))
    }

    /// Nine lines in a box of four rows: the box follows the cursor, and
    /// the rules say where there is more.
    @Test func scrolling() throws {
        var driver = Driver.reader(try Fixture.thissen(), width: 40, height: 12)
        driver.openComposer()
        for number in 1 ... 9 {
            driver.type("regel \(number)")
            if number < 9 { driver.press(.enter) }
        }
        #expect(driver.lines == [
            " New reaction to “Thissen: Richt je op…",
            " Name: Test Lezer",
            " ─────────────────────── ▲ more above ─",
            " regel 6",
            " regel 7",
            " regel 8",
            " regel 9",
            " ──────────────────────────────────────",
            "",
            "",
            "",
            " Ctrl-D post · Esc close…   71 / 10,000",
        ])
        #expect(driver.grid.cursor == GridPoint(row: 6, column: 8))
        for _ in 0 ..< 6 { driver.press(.up) }
        #expect(driver.lines == [
            " New reaction to “Thissen: Richt je op…",
            " Name: Test Lezer",
            " ─────────────────────── ▲ more above ─",
            " regel 3",
            " regel 4",
            " regel 5",
            " regel 6",
            " ─────────────────────── ▼ more below ─",
            "",
            "",
            "",
            " Ctrl-D post · Esc close…   71 / 10,000",
        ])
        #expect(driver.grid.cursor == GridPoint(row: 3, column: 8))
    }

    /// Wide characters take two cells, never split at the end of a row; a
    /// cluster of several code points (skin tone, family, flag) is one cell pair.
    @Test func cjkAndEmoji() throws {
        var driver = Driver.reader(try Fixture.thissen(), width: 30, height: 10)
        driver.openComposer()
        driver.type("中文字符和汉字 with 👍🏽 and 👨‍👩‍👧 and 🇳🇱 flag, café")
        let grid = driver.grid
        #expect(grid.lines == [
            " New reaction to “Thissen: R…",
            " Name: Test Lezer",
            " 中文字符和汉字 with 👍🏽 and",
            " 👨‍👩‍👧 and 🇳🇱 flag, café",
            "",
            "",
            "",
            "",
            "",
            " Ctrl-D post ·…   37 / 10,000",
        ])
        #expect(grid[2, 1].character == "中")
        #expect(grid[2, 2].isContinuation)
        #expect(grid[3, 1].character == "👨‍👩‍👧")
        #expect(grid[3, 2].isContinuation)
        #expect(grid.cursor == GridPoint(row: 3, column: 21))
    }

    @Test func theErrorLine() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("   ")
        driver.press(.control("d"))
        let grid = driver.grid
        #expect(grid.lines == [
            "  New reaction to “Thissen: Richt je op regie”",
            "  Name: Test Lezer",
            "  ────────────────────────────────────────────────────────────────────────────",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "  ────────────────────────────────────────────────────────────────────────────",
            "  Not posted: the reaction is empty: write some text",
            "",
            "",
            " Ctrl-D post · Esc close · Ctrl-E editor · Tab name · F1 keys        0 / 10,000",
        ])
        #expect([20, 21].map { StyleMap.row(grid, $0) } == [
            "  nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn                            ",
            "                                                                                ",
        ])
    }

    /// A refusal from the store names a folder and a file: it wraps over the
    /// message rows, and the text stays.
    @Test func aLongRefusalWraps() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("   Eens.")
        driver.press(.control("d"))
        let folder = "/srv/parley/articles"
        let lock = FileSystemError(path: folder + "/.thissen-richt-je-op-regie.reactions.lock", operation: .lock, code: 13)
        driver.send(.postRefused(slug: Fixture.slug, error: .notWritable(file: folder + "/thissen-richt-je-op-regie.reactions.json", lock)))
        let grid = driver.grid
        #expect(grid.lines == [
            "  New reaction to “Thissen: Richt je op regie”",
            "  Name: Test Lezer",
            "  ────────────────────────────────────────────────────────────────────────────",
            "     Eens.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "  ────────────────────────────────────────────────────────────────────────────",
            "  Not posted: cannot write in /srv/parley/articles: Permission denied;",
            "  thissen-richt-je-op-regie.reactions.json is unchanged",
            "",
            " Ctrl-D post · Esc close · Ctrl-E editor · Tab name · F1 keys        5 / 10,000",
        ])
        #expect([20, 21, 22].map { StyleMap.row(grid, $0) } == [
            "  nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn          ",
            "  nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn                         ",
            "                                                                                ",
        ])
    }

    /// 30x8: no rules and one message row; the reply's author and first
    /// words fill the title.
    @Test func thirtyByEight() throws {
        var driver = Driver.reader(try Fixture.thissen(), width: 30, height: 8)
        driver.press(.character("r"), .character("]"), .character("R"))
        driver.prepareComposer()
        driver.type("Dat ben ik met je eens, en ook met de rest van het verhaal.")
        #expect(driver.lines == [
            " Reply to anoniem: “Zeker bi…",
            " Name: Test Lezer",
            " Dat ben ik met je eens, en",
            " ook met de rest van het",
            " verhaal.",
            "",
            "",
            " Ctrl-D post ·…   59 / 10,000",
        ])
        #expect(driver.grid.cursor == GridPoint(row: 4, column: 9))
    }

    /// One message row: what does not fit ends in an ellipsis.
    @Test func aRefusalOnASmallScreen() throws {
        var driver = Driver.reader(try Fixture.thissen(), width: 30, height: 8)
        driver.openComposer()
        driver.press(.control("d"))
        #expect(driver.lines[5 ... 7] == [
            "",
            " Not posted: the reaction is…",
            " Ctrl-D post · E…  0 / 10,000",
        ])
    }

    /// The count groups digits as the UI language does and turns to the
    /// error style past the limit; an empty name says it is anonymous.
    @Test func overTheLimitInDutch() throws {
        var driver = Driver.reader(try Fixture.thissen(), width: 40, height: 12, language: .dutch)
        driver.openComposer(defaultName: nil)
        driver.paste(String(repeating: "ab ", count: 3334))
        let grid = driver.grid
        #expect(grid.lines == [
            " Nieuwe reactie op “Thissen: Richt je…",
            " Naam: (leeg: anoniem)",
            " ───────────────────── ▲ meer erboven ─",
            " ab ab ab ab ab ab ab ab ab ab ab ab",
            " ab ab ab ab ab ab ab ab ab ab ab ab",
            " ab ab ab ab ab ab ab ab ab ab ab ab",
            " ab ab ab ab ab ab ab ab ab ab",
            " ──────────────────────────────────────",
            "",
            "",
            "",
            " Ctrl-D plaats · Esc…   10.001 / 10.000",
        ])
        #expect(StyleMap.row(grid, 11) == "rrrrrrrrrrrrrrrrrrrrrrrreeeeeeeeeeeeeeer")
    }
}
