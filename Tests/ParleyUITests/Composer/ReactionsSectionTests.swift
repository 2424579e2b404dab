import ParleyKit
import ParleyUI
import Testing

/// The reactions section of the reader: what it shows (literal screens),
/// and how `]`, `[` and `R` move through it.
@Suite("Reactions in the reader")
struct ReactionsSectionTests {
    static func one() throws -> LibraryEntry {
        try Fixture.article(Fixture.shortDutch, reactions: [Fixture.reaction("r1", "Jan", "2026-11-29T13:20:58Z", "Eens, helemaal.")])
    }

    /// Two top-level reactions, the first answered, and that answer answered.
    static func thread() throws -> LibraryEntry {
        try Fixture.article(Fixture.shortDutch, reactions: [
            Fixture.reaction("r1", nil, nil, "Eerste reactie, zonder naam en zonder tijd."),
            Fixture.reaction("r2", "Marie", "2026-11-29T14:00:00Z", "Een antwoord op de eerste, lang genoeg om over twee regels te lopen.", replyTo: "r1"),
            Fixture.reaction("r3", "Piet", "2026-11-29T13:00:00Z", "Nog een reactie."),
            Fixture.reaction("r4", "Jan", "2026-11-30T09:00:00Z", "En een antwoord op het antwoord.", replyTo: "r2"),
        ])
    }

    static func fifty() throws -> LibraryEntry {
        try Fixture.article(Fixture.shortDutch, reactions: (1 ... 50).map {
            Fixture.reaction("r\($0)", "Lezer \($0)", "2026-11-29T12:\($0 < 10 ? "0" : "")\($0):00Z", "Reactie nummer \($0).")
        })
    }

    // MARK: - Screens

    @Test func oneReaction() throws {
        var driver = Driver.reader(try Self.one(), width: 60, height: 14)
        driver.press(.character("r"))
        #expect(driver.lines == [
            "  1 reactie",
            "",
            "  Jan · 2026-11-29 13:20 UTC",
            "  Eens, helemaal.",
            "",
            "  Add a reaction: press a",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Kort gesprek                                  100%  ? help",
        ])
        driver.press(.character("]"))
        let grid = driver.grid
        #expect(grid.lines == [
            "▸ Jan · 2026-11-29 13:20 UTC",
            "  Eens, helemaal.",
            "",
            "  Add a reaction: press a",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Kort gesprek                                  100%  ? help",
        ])
        // Marked: the gutter and the header reversed; the add line bold green.
        #expect([0, 3].map { StyleMap.row(grid, $0) } == [
            "b RRRDDDDDDDDDDDDDDDDDDDDDDD                                ",
            "  ggggggggggggggggggggggg                                   ",
        ])
    }

    @Test func aReplyIsIndentedUnderWhatItAnswers() throws {
        var driver = Driver.reader(try Self.thread(), width: 50, height: 16)
        driver.press(.character("r"), .character("]"), .character("]"))
        #expect(driver.lines == [
            "▸   Marie · 2026-11-29 14:00 UTC",
            "    Een antwoord op de eerste, lang genoeg om",
            "    over twee regels te lopen.",
            "",
            "      Jan · 2026-11-30 09:00 UTC",
            "      En een antwoord op het antwoord.",
            "",
            "  Piet · 2026-11-29 13:00 UTC",
            "  Nog een reactie.",
            "",
            "  Add a reaction: press a",
            "",
            "",
            "",
            "",
            " Kort gesprek                        100%  ? help",
        ])
        #expect(driver.state.reader?.selectedReaction == "r2")
    }

    /// Without colour or UTF-8 the mark is still there: `>` and reverse.
    @Test func theMarkShowsWithoutColour() throws {
        var driver = Driver.reader(try Self.thread(), width: 50, height: 16, appearance: Appearance(unicode: false, colour: false))
        driver.press(.character("r"), .character("]"))
        let grid = driver.grid
        #expect(grid.lines == [
            "> anoniem",
            "  Eerste reactie, zonder naam en zonder tijd.",
            "",
            "    Marie - 2026-11-29 14:00 UTC",
            "    Een antwoord op de eerste, lang genoeg om",
            "    over twee regels te lopen.",
            "",
            "      Jan - 2026-11-30 09:00 UTC",
            "      En een antwoord op het antwoord.",
            "",
            "  Piet - 2026-11-29 13:00 UTC",
            "  Nog een reactie.",
            "",
            "  Add a reaction: press a",
            "",
            " Kort gesprek                        100%  ? help",
        ])
        #expect([0, 3, 13].map { StyleMap.row(grid, $0) } == [
            "b RRRRRRR                                         ",
            "    bbbbbddddddddddddddddddddddd                  ",
            "  bbbbbbbbbbbbbbbbbbbbbbb                         ",
        ])
    }

    @Test func fiftyReactions() throws {
        var driver = Driver.reader(try Self.fifty(), width: 60, height: 12)
        driver.press(.character("r"))
        #expect(driver.lines == [
            "  50 reacties",
            "",
            "  Lezer 1 · 2026-11-29 12:01 UTC",
            "  Reactie nummer 1.",
            "",
            "  Lezer 2 · 2026-11-29 12:02 UTC",
            "  Reactie nummer 2.",
            "",
            "  Lezer 3 · 2026-11-29 12:03 UTC",
            "  Reactie nummer 3.",
            "",
            " Kort gesprek                                   12%  ? help",
        ])
        for _ in 0 ..< 50 { driver.press(.character("]")) }
        #expect(driver.message == nil)
        #expect(driver.lines == [
            "▸ Lezer 50 · 2026-11-29 12:50 UTC",
            "  Reactie nummer 50.",
            "",
            "  Add a reaction: press a",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Kort gesprek                                  100%  ? help",
        ])
        driver.press(.character("]"))
        #expect(driver.message == "no later reaction")
        #expect(driver.state.reader?.selectedReaction == "r50")
    }

    @Test func aLongUnbrokenWordIsBrokenAtTheEdge() throws {
        let entry = try Fixture.article(Fixture.shortDutch, reactions: [
            Fixture.reaction("r1", "Jan", nil, "Zie https://example.org/" + String(repeating: "heel-lang-", count: 10) + "eind voor meer."),
        ])
        var driver = Driver.reader(entry, width: 40, height: 12)
        driver.press(.character("r"))
        #expect(driver.lines == [
            "  1 reactie",
            "",
            "  Jan",
            "  Zie",
            "  https://example.org/heel-lang-heel-l",
            "  ang-heel-lang-heel-lang-heel-lang-he",
            "  el-lang-heel-lang-heel-lang-heel-lan",
            "  g-heel-lang-eind voor meer.",
            "",
            "  Add a reaction: press a",
            "",
            " Kort gesprek              100%  ? help",
        ])
    }

    @Test func anUnreadableReactionsFileIsANoticeUnderTheArticle() throws {
        var entry = try Fixture.article(Fixture.shortDutch, reactions: [])
        entry.reactions = .failed(ReactionsError(file: "articles/made-up.reactions.json", line: 1, column: 52, problem: .syntax(.unexpected(.character(","), expected: .value))))
        var driver = Driver.reader(entry, width: 60, height: 12)
        driver.press(.character("r"))
        let grid = driver.grid
        #expect(grid.lines == [
            "  Reacties",
            "",
            "  The reactions could not be read:",
            "  articles/made-up.reactions.json:1:52: unexpected ',',",
            "  expected a value",
            "",
            "  Add a reaction: press a",
            "",
            "",
            "",
            "",
            " Kort gesprek                                  100%  ? help",
        ])
        #expect([2, 3, 4].map { StyleMap.row(grid, $0) } == [
            "  nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn                          ",
            "  nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn     ",
            "  nnnnnnnnnnnnnnnn                                          ",
        ])
    }

    /// Escape sequences and bidi controls in a reaction show as placeholders.
    @Test func controlCharactersInAReactionAreVisibleAndInert() throws {
        let entry = try Fixture.article(Fixture.shortDutch, reactions: [
            Fixture.reaction("r1", "Mal\u{1B}[31mlory", nil, "Wis: \u{1B}[2J klembord: \u{1B}]52;c;aGFjaw==\u{7} omgekeerd: \u{202E}tekst"),
        ])
        var driver = Driver.reader(entry, width: 60, height: 12)
        driver.press(.character("r"))
        #expect(driver.lines == [
            "  1 reactie",
            "",
            "  Mal␛[31mlory",
            "  Wis: ␛[2J klembord: ␛]52;c;aGFjaw==␇ omgekeerd:",
            "  <U+202E>tekst",
            "",
            "  Add a reaction: press a",
            "",
            "",
            "",
            "",
            " Kort gesprek                                  100%  ? help",
        ])
    }

    // MARK: - Moving and replying

    struct Move: Sendable, CustomTestStringConvertible {
        var keys: String
        /// The reaction at the top and marked; nil: see `top`.
        var marked: String?
        /// What is at the top when nothing is marked.
        var top: LayoutAnchor?
        var message: String? = nil
        var testDescription: String { keys }
    }

    static let moves: [Move] = [
        Move(keys: "r", marked: nil, top: .reactions),
        Move(keys: "r]", marked: "r1"),
        Move(keys: "r]]", marked: "r2"),
        // Threads in display order: a reply's reply before the next top-level reaction.
        Move(keys: "r]]]", marked: "r4"),
        Move(keys: "r]]]]", marked: "r3"),
        Move(keys: "r]]]]]", marked: "r3", message: "no later reaction"),
        Move(keys: "r]]][", marked: "r2"),
        // From the first reaction back to the count line, and from there to the questions.
        Move(keys: "r][", marked: nil, top: .reactions),
        Move(keys: "r[", marked: nil, top: .question(1)),
        Move(keys: "r][[", marked: nil, top: .question(1)),
        // Before the reactions, ] and [ are about questions.
        Move(keys: "]", marked: nil, top: .question(1)),
    ]

    @Test(arguments: moves)
    func bracketsMoveThroughTheReactions(_ move: Move) throws {
        var driver = Driver.reader(try Self.thread(), width: 50, height: 16)
        driver.type(move.keys)
        let reader = try #require(driver.state.reader)
        #expect(reader.selectedReaction == move.marked)
        let anchor = move.marked.map { LayoutAnchor.reaction($0) } ?? move.top
        #expect(driver.top == anchor.flatMap { reader.layout.line(of: $0) })
        #expect(driver.message == move.message)
    }

    @Test func rReplyToTheMarkedReaction() throws {
        var driver = Driver.reader(try Self.thread(), width: 50, height: 16)
        driver.press(.character("R"))
        #expect(driver.message == "mark a reaction with ] in the reactions first; R answers it")
        #expect(driver.state.screen == .reader)
        driver.type("r]]R")
        driver.prepareComposer()
        #expect(driver.lines.first == " Reply to Marie: “Een antwoord op de eerste, lan…")
        driver.type("Klopt.")
        driver.press(.control("d"))
        guard case .postReaction(_, _, let input, let draft)? = driver.effects.first else {
            Issue.record("no post: \(driver.effects)")
            return
        }
        #expect(input.replyTo == "r2")
        #expect(draft.replyTo == "r2")
    }

    /// A draft that answered a reaction answers it again; one whose reaction is gone says so.
    @Test func aDraftKeepsWhatItAnswers() throws {
        var driver = Driver.reader(try Self.thread(), width: 50, height: 16)
        driver.openComposer(draft: Draft(name: nil, text: "Half af", replyTo: "r3"))
        #expect(driver.composer?.reply?.author == "Piet")
        driver.press(.escape)
        driver.saveDrafts()
        driver.openComposer(draft: Draft(name: nil, text: "Half af", replyTo: "weg"))
        #expect(driver.composer?.reply == nil)
        #expect(driver.composer?.message?.text == "Your draft is back. The reaction it answered is gone; it will be posted as a new reaction.")
    }

    @Test(arguments: ["r]", "R"])
    func withoutReactionsTheKeysSaySo(_ keys: String) throws {
        var driver = Driver.reader(try Fixture.article(Fixture.shortDutch, reactions: []), width: 50, height: 16)
        driver.type(keys)
        #expect(driver.message == "no reactions yet: a adds one")
    }
}
