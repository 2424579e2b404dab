import ParleyKit
import ParleyUI
import Testing

/// One row of the composer's `update` table: what is typed (keys and
/// pastes) into a fresh composer on the interview (80x24, name "Test
/// Lezer"), and what the composer then holds.
struct ComposerCase: Sendable, CustomTestStringConvertible {
    var input: [Input]
    var text: String
    var cursor: TextPosition
    var name = "Test Lezer"
    var focus = ComposerState.Field.text
    var effects: [Effect] = []
    var testDescription: String { input.map(\.description).joined() }

    enum Input: Sendable, CustomStringConvertible {
        case typed(String)
        case key(Key)
        case pasted(String)

        var description: String {
            switch self {
            case .typed(let text): text
            case .key(let key): "<\(key)>"
            case .pasted(let text): "[paste \(text.debugDescription)]"
            }
        }
    }
}

private func typed(_ text: String) -> ComposerCase.Input { .typed(text) }
private func key(_ key: Key) -> ComposerCase.Input { .key(key) }
private func at(_ line: Int, _ index: Int) -> TextPosition { TextPosition(line: line, index: index) }

@Suite("Composer keys")
struct ComposerKeyTests {
    static let cases: [ComposerCase] = [
        // Typing, and moving by whole characters.
        ComposerCase(input: [typed("abc")], text: "abc", cursor: at(0, 3)),
        ComposerCase(input: [typed("abc"), key(.left), key(.left), typed("X")], text: "aXbc", cursor: at(0, 2)),
        ComposerCase(input: [typed("abc"), key(.home), key(.right), key(.delete)], text: "ac", cursor: at(0, 1)),
        ComposerCase(input: [typed("Helemaal eens — coöperatie “ja” 👍")], text: "Helemaal eens — coöperatie “ja” 👍", cursor: at(0, 33)),
        // An accent typed after its letter joins it; Backspace takes both.
        ComposerCase(input: [typed("cafe"), typed("\u{301}")], text: "cafe\u{301}", cursor: at(0, 4)),
        ComposerCase(input: [typed("cafe"), typed("\u{301}"), key(.backspace)], text: "caf", cursor: at(0, 3)),
        // A skin tone, a family (joined by ZWJ), a flag: one character each, typed a code point at a time.
        ComposerCase(input: [typed("👍"), typed("🏽"), key(.left)], text: "👍🏽", cursor: at(0, 0)),
        ComposerCase(input: [typed("a👨"), typed("\u{200D}"), typed("👩"), typed("\u{200D}"), typed("👧"), key(.backspace)], text: "a", cursor: at(0, 1)),
        ComposerCase(input: [typed("🇳"), typed("🇱"), typed("!"), key(.left), key(.left)], text: "🇳🇱!", cursor: at(0, 0)),
        ComposerCase(input: [typed("中文字"), key(.left), key(.backspace)], text: "中字", cursor: at(0, 1)),
        ComposerCase(input: [typed("ab👍🏽cd"), key(.home), key(.right), key(.delete)], text: "a👍🏽cd", cursor: at(0, 1)),
        // Enter, and deleting line breaks.
        ComposerCase(input: [typed("one"), key(.enter), typed("two")], text: "one\ntwo", cursor: at(1, 3)),
        ComposerCase(input: [typed("one"), key(.enter), typed("two"), key(.home), key(.backspace)], text: "onetwo", cursor: at(0, 3)),
        ComposerCase(input: [typed("one"), key(.enter), typed("two"), key(.up), key(.end), key(.delete)], text: "onetwo", cursor: at(0, 3)),
        // Ctrl-W: the word before the cursor and the spaces after it; at a line's start, the break.
        ComposerCase(input: [typed("hello big world  "), key(.control("w"))], text: "hello big ", cursor: at(0, 10)),
        ComposerCase(input: [typed("hello big world"), key(.control("w")), key(.control("w"))], text: "hello ", cursor: at(0, 6)),
        ComposerCase(input: [typed("one"), key(.enter), key(.control("w"))], text: "one", cursor: at(0, 3)),
        // Ctrl-U: the line up to the cursor; at a line's start, the break.
        ComposerCase(input: [typed("one"), key(.enter), typed("two three"), key(.left), key(.control("u"))], text: "one\ne", cursor: at(1, 0)),
        ComposerCase(input: [typed("one"), key(.enter), typed("two"), key(.control("u")), key(.control("u"))], text: "one", cursor: at(0, 3)),
        // Up and Down keep the column over a shorter line.
        ComposerCase(input: [typed("abcdef"), key(.enter), typed("ab"), key(.enter), typed("abcdef"), key(.up)], text: "abcdef\nab\nabcdef", cursor: at(1, 2)),
        ComposerCase(input: [typed("abcdef"), key(.enter), typed("ab"), key(.enter), typed("abcdef"), key(.up), key(.up)], text: "abcdef\nab\nabcdef", cursor: at(0, 6)),
        ComposerCase(input: [typed("abcdef"), key(.enter), typed("ab"), key(.enter), typed("abcdef"), key(.up), key(.up), key(.down), key(.down)],
                     text: "abcdef\nab\nabcdef", cursor: at(2, 6)),
        // Up on the first row goes to the name; Down and Enter come back.
        ComposerCase(input: [typed("x"), key(.up)], text: "x", cursor: at(0, 1), focus: .name),
        ComposerCase(input: [typed("x"), key(.up), key(.down)], text: "x", cursor: at(0, 1)),
        // Tab moves between the fields; typing goes where the focus is.
        ComposerCase(input: [key(.tab), key(.control("u")), typed("Jan"), key(.enter), typed("Eens.")], text: "Eens.", cursor: at(0, 5), name: "Jan"),
        ComposerCase(input: [key(.backTab), key(.backspace), key(.backspace), key(.backspace)], text: "", cursor: at(0, 0), name: "Test Le", focus: .name),
        ComposerCase(input: [key(.tab), .pasted("Jan\nde Vries")], text: "", cursor: at(0, 0), name: "Test LezerJan de Vries", focus: .name),
        // Keys that are commands elsewhere are text here.
        ComposerCase(input: [typed("q?]ar/G")], text: "q?]ar/G", cursor: at(0, 7)),
        // A paste is text: its q, Esc and Enter never act; CR LF is a line break, a tab four spaces.
        ComposerCase(input: [.pasted("q\u{1B}\r\nQ\tx")], text: "q\u{1B}\nQ    x", cursor: at(1, 6)),
        // Keys the composer has no use for do nothing.
        ComposerCase(input: [typed("ab"), key(.control("b")), key(.function(5)), key(.insert)], text: "ab", cursor: at(0, 2)),
    ]

    @Test(arguments: cases)
    func editing(_ testCase: ComposerCase) throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        for input in testCase.input {
            switch input {
            case .typed(let text): driver.type(text)
            case .key(let key): driver.press(key)
            case .pasted(let text): driver.paste(text)
            }
        }
        let composer = try #require(driver.composer)
        #expect(composer.text.text == testCase.text)
        #expect(composer.text.buffer.cursor == testCase.cursor)
        #expect(composer.name.text == testCase.name)
        #expect(composer.focus == testCase.focus)
        #expect(driver.effects == testCase.effects)
        #expect(driver.state.screen == .composer)
    }

    // MARK: - Opening

    @Test func aOpensTheComposerAndAsksForTheDraft() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("a"))
        #expect(driver.effects == [.prepareComposer(slug: Fixture.slug)])
        #expect(driver.state.screen == .composer)
        // Until the draft is in, keys do nothing and nothing is saved over it.
        driver.type("x")
        driver.send(.ending)
        #expect(driver.effects == [])
        driver.send(.composerPrepared(ComposerSetup(slug: Fixture.slug, defaultName: "Test Lezer")))
        #expect(driver.composer?.name.text == "Test Lezer")
        #expect(driver.composer?.focus == .text)
        #expect(driver.composer?.message == nil)
    }

    @Test func theDraftComesBackAndSaysSo() throws {
        var driver = Driver.reader(try Fixture.thissen())
        let draft = Draft(name: nil, text: "Half af\nnog een regel", replyTo: nil, updated: ReactionTime(iso: "2026-11-29T13:21:02Z"))
        driver.openComposer(draft: draft)
        let composer = try #require(driver.composer)
        #expect(composer.text.text == "Half af\nnog een regel")
        #expect(composer.text.buffer.cursor == TextPosition(line: 1, index: 13))
        #expect(composer.name.text == "Test Lezer")
        #expect(composer.message == StatusMessage("Your draft is back (saved 2026-11-29 13:21 UTC)."))
        #expect(!composer.hasUnsavedChanges)
        // The notice goes at the next key.
        driver.press(.left)
        #expect(driver.composer?.message == nil)
    }

    @Test func aDraftKeepsItsOwnName() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer(draft: Draft(name: "", text: "Anoniem bedoeld", replyTo: nil))
        #expect(driver.composer?.name.text == "")
        #expect(driver.composer?.draft == Draft(name: "", text: "Anoniem bedoeld", replyTo: nil))
    }

    @Test func whatCouldNotBeReadIsSaid() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("a"))
        driver.send(.composerPrepared(ComposerSetup(slug: Fixture.slug, draftProblem: .unreadable(file: "/s/d.json", line: 1, column: 1, problem: .syntax(.unexpected(.character("x"), expected: .value))),
                                                    draftSetAside: "/s/d.earlier-20261129T132102Z.json",
                                                    configProblem: ConfigError(file: "/c/config", line: 2, problem: .unknownSetting(key: "nmae", known: ["name"])))))
        #expect(driver.composer?.message == StatusMessage(
            "Your earlier draft could not be read (/s/d.json:1:1: unexpected 'x', expected a value); it was moved to /s/d.earlier-20261129T132102Z.json. "
                + "No name filled in: the config file could not be read: /c/config:2: unknown setting 'nmae'; parley knows: name",
            isError: true))
        #expect(driver.composer?.name.text == "")
    }

    // MARK: - Drafts

    @Test func aPauseInTypingSavesTheDraftOnce() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.send(.tick)
        #expect(driver.effects == [])
        driver.type("Eens")
        #expect(driver.effects == [])
        driver.send(.tick)
        #expect(driver.effects == [.saveDraft(slug: Fixture.slug, draft: Draft(name: nil, text: "Eens", replyTo: nil))])
        driver.saveDrafts()
        driver.send(.tick)
        #expect(driver.effects == [])
    }

    @Test func aFailedSaveSaysSoAndIsNotRepeatedUntilTheTextChanges() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("Eens")
        driver.send(.tick)
        let draft = Draft(name: nil, text: "Eens", replyTo: nil)
        let full = FileSystemError(path: "/s/parley/drafts/x.json", operation: .write, code: 28)
        driver.send(.draftNotSaved(slug: Fixture.slug, draft: draft, error: .fileSystem(full)))
        #expect(driver.composer?.message == StatusMessage("The draft could not be saved: /s/parley/drafts/x.json: cannot write: No space left on device", isError: true))
        driver.send(.tick)
        #expect(driver.effects == [])
        driver.type("!")
        driver.send(.tick)
        #expect(driver.effects == [.saveDraft(slug: Fixture.slug, draft: Draft(name: nil, text: "Eens!", replyTo: nil))])
    }

    @Test func typingWithoutAPauseIsSavedEveryTwoHundredEdits() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type(String(repeating: "a", count: 199))
        #expect(driver.effects == [])
        driver.type("b")
        #expect(driver.effects == [.saveDraft(slug: Fixture.slug, draft: Draft(name: nil, text: String(repeating: "a", count: 199) + "b", replyTo: nil))])
    }

    @Test func escSavesTheDraftAndClosesOnceItIsSaved() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.press(.character("]"))
        driver.openComposer()
        driver.type("Eens.")
        driver.press(.escape)
        #expect(driver.effects == [.saveDraft(slug: Fixture.slug, draft: Draft(name: nil, text: "Eens.", replyTo: nil))])
        #expect(driver.state.screen == .composer)
        driver.saveDrafts()
        #expect(driver.state.screen == .reader)
        #expect(driver.message == "Draft kept: press a to go on with it.")
        // The reader is where it was.
        #expect(driver.top == 7)
    }

    @Test func escOnAnEmptyComposerJustCloses() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.press(.control("c"))
        #expect(driver.effects == [])
        #expect(driver.state.screen == .reader)
        #expect(driver.message == nil)
    }

    /// Emptying a restored draft and leaving removes it (a blank draft is saved as no file).
    @Test func escAfterEmptyingADraftSavesTheBlankOne() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer(draft: Draft(name: nil, text: "weg", replyTo: nil))
        driver.press(.control("u"))
        driver.press(.escape)
        #expect(driver.effects == [.saveDraft(slug: Fixture.slug, draft: Draft(name: nil, text: "", replyTo: nil))])
        driver.saveDrafts()
        #expect(driver.state.screen == .reader)
        #expect(driver.message == nil)
    }

    @Test func whenEscCannotSaveTheComposerStaysAndAskedAgainLeaves() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("Eens.")
        driver.press(.escape)
        let denied = FileSystemError(path: "/s/parley/drafts", operation: .createFolder, code: 13)
        driver.send(.draftNotSaved(slug: Fixture.slug, draft: Draft(name: nil, text: "Eens.", replyTo: nil), error: .fileSystem(denied)))
        #expect(driver.state.screen == .composer)
        #expect(driver.composer?.message == StatusMessage(
            "The draft could not be saved: /s/parley/drafts: cannot create the folder: Permission denied. Esc again leaves without it.", isError: true))
        driver.press(.escape)
        #expect(driver.effects == [])
        #expect(driver.state.screen == .reader)
    }

    @Test(arguments: [Event.ending, .key(.control("z")), .key(.control("e"))])
    func theDraftIsSavedBeforeParleyEndsOrLetsGoOfTheTerminal(_ event: Event) throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("Bijna klaar")
        driver.send(event)
        let save = Effect.saveDraft(slug: Fixture.slug, draft: Draft(name: nil, text: "Bijna klaar", replyTo: nil))
        switch event {
        case .key(.control("z")): #expect(driver.effects == [save, .suspend])
        case .key(.control("e")): #expect(driver.effects == [save, .openEditor(text: "Bijna klaar")])
        default: #expect(driver.effects == [save])
        }
        // Saved, nothing more to save.
        driver.saveDrafts()
        driver.send(.ending)
        #expect(driver.effects == [])
    }

    // MARK: - Posting

    @Test(arguments: [Key.control("d"), .control("s")])
    func ctrlDAndCtrlSPost(_ key: Key) throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("Helemaal eens — coöperatie 👍")
        driver.press(key)
        let folder = TestSupportPaths.articles
        #expect(driver.effects == [.postReaction(folder: folder, slug: Fixture.slug,
                                                 input: ReactionInput(author: "Test Lezer", text: "Helemaal eens — coöperatie 👍", replyTo: nil),
                                                 draft: Draft(name: nil, text: "Helemaal eens — coöperatie 👍", replyTo: nil))])
        // Posting: keys wait for the answer.
        driver.type("x")
        #expect(driver.composer?.text.text == "Helemaal eens — coöperatie 👍")
    }

    @Test(arguments: [
        ("   \n  ", "Not posted: the reaction is empty: write some text", ComposerState.Field.text),
        (String(repeating: "é", count: 10_001), "Not posted: the reaction is 10001 characters long; at most 10000 are allowed", .text),
        ("Regel een\nmet \u{1B}[2J erin", "Not posted: the reaction contains a control character (U+001B ESC) on line 2; only line breaks are allowed", .text),
    ])
    func aRefusedTextSaysWhyAndStays(_ text: String, _ message: String, _ focus: ComposerState.Field) throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.paste(text)
        driver.press(.control("d"))
        #expect(driver.composer?.message == StatusMessage(message, isError: true))
        #expect(driver.composer?.text.text == text)
        #expect(driver.composer?.focus == focus)
        // Kept in the draft too (a blank text has nothing to keep).
        let blank = text.allSatisfy(\.isWhitespace)
        #expect(driver.effects == (blank ? [] : [.saveDraft(slug: Fixture.slug, draft: Draft(name: nil, text: text, replyTo: nil))]))
        // Moving does not clear the reason; changing the text does.
        driver.press(.left)
        #expect(driver.composer?.message?.text == message)
        driver.type("x")
        #expect(driver.composer?.message == nil)
    }

    @Test func aNameTooLongSendsTheFocusToTheName() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer(defaultName: String(repeating: "n", count: 81))
        driver.type("Eens.")
        driver.press(.control("d"))
        #expect(driver.composer?.message == StatusMessage("Not posted: the name is 81 characters long; at most 80 are allowed", isError: true))
        #expect(driver.composer?.focus == .name)
    }

    @Test func aRefusalInDutch() throws {
        var driver = Driver.reader(try Fixture.thissen(), language: .dutch)
        driver.openComposer()
        driver.press(.control("s"))
        #expect(driver.composer?.message == StatusMessage("Niet geplaatst: de reactie is leeg: schrijf eerst iets", isError: true))
    }

    @Test func aPostedReactionIsShownAtOnceAndMarked() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("Helemaal eens — coöperatie 👍")
        driver.press(.control("d"))
        let entry = try Fixture.thissen()
        var document = try #require(entry.reactions.document)
        let posted = Fixture.reaction("6eab6a00-c2cb-4322-a4fb-bef49cbdcf44", "Test Lezer", "2026-11-29T13:20:58Z", "Helemaal eens — coöperatie 👍")
        document.reactions.append(posted)
        driver.send(.draftSaved(slug: Fixture.slug, draft: Draft(name: nil, text: "Helemaal eens — coöperatie 👍", replyTo: nil)),
                    .reactionPosted(slug: Fixture.slug, reaction: posted, reactions: .loaded(document), draftError: nil))
        #expect(driver.state.screen == .reader)
        #expect(driver.state.reader?.selectedReaction == posted.id)
        // The count line and the new reaction are both on the screen; the
        // new one is marked (the gutter, its header reversed).
        #expect(driver.lines == [
            "  2 reacties",
            "",
            "  anoniem",
            "  Zeker bij nieuwe taakstellingen is naar mijn overtuiging het kiezen voor en",
            "  het hanteren van een regievorm bij uitvoeringstaken geen proces dat jaren in",
            "  beslag zal nemen. Lagere overheden zouden er goed aan doen om op de kortst",
            "  mogelijke termijn de de vorming van marktpartijen te stimuleren die",
            "  uitvoeringstaken onder concurrentiebedingen en onder regie van de overheden",
            "  op zich kunnen nemen. De decentralisatiegolf die op de gemeenten afkomt",
            "  geeft hiervoor tal van aanknopingspunten. Voor meer informatie: even googlen",
            "  op ‘Verantwoord ondernemen in publiek-private samenwerking’",
            "",
            "▸ Test Lezer · 2026-11-29 13:20 UTC",
            "  Helemaal eens — coöperatie 👍",
            "",
            "  Add a reaction: press a",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Your reaction is posted.                                          100%  ? help",
        ])
        #expect(StyleMap.row(driver.grid, 12) == "b RRRRRRRRRRDDDDDDDDDDDDDDDDDDDDDDD                                             ")
    }

    @Test func aPostedReactionCountsInTheLibrary() throws {
        var driver = Driver.library(try Fixture.shippedLibrary())
        driver.press(.enter)
        try driver.openRequestedArticle()
        driver.openComposer()
        driver.type("Eens.")
        driver.press(.control("d"))
        var document = try #require(try Fixture.thissen().reactions.document)
        let posted = Fixture.reaction("6eab6a00-c2cb-4322-a4fb-bef49cbdcf44", "Test Lezer", "2026-11-29T13:20:58Z", "Eens.")
        document.reactions.append(posted)
        driver.send(.reactionPosted(slug: Fixture.slug, reaction: posted, reactions: .loaded(document), draftError: nil))
        driver.press(.character("q"))
        #expect(driver.lines[2] == " ▸ Thissen: Richt je op regie           Tof Thissen   5 questions   2 reactions")
    }

    @Test func aRefusedPostKeepsTheComposerOpen() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("Eens.")
        driver.press(.control("d"))
        let problem = ReactionsError(file: "/lib/t.reactions.json", line: 3, column: 17, problem: .syntax(.unexpected(.character(","), expected: .value)))
        driver.send(.postRefused(slug: Fixture.slug, error: .unreadable(problem)))
        #expect(driver.state.screen == .composer)
        #expect(driver.composer?.text.text == "Eens.")
        #expect(driver.composer?.message == StatusMessage(
            "Not posted: /lib/t.reactions.json:3:17: unexpected ',', expected a value (parley never changes a reactions file it cannot read; fix or move it to add reactions)",
            isError: true))
        // Keys work again.
        driver.type("!")
        #expect(driver.composer?.text.text == "Eens.!")
    }

    // MARK: - The editor

    @Test func theEditorsTextReplacesTheComposersAndIsSaved() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("Eerste regel")
        driver.saveDrafts()
        driver.press(.tab, .control("e"))
        #expect(driver.effects == [.saveDraft(slug: Fixture.slug, draft: Draft(name: nil, text: "Eerste regel", replyTo: nil)),
                                   .openEditor(text: "Eerste regel")])
        driver.send(.editorFinished(text: "Eerste regel\nToegevoegd\tin de editor\r\n"))
        #expect(driver.composer?.text.text == "Eerste regel\nToegevoegd    in de editor\n")
        #expect(driver.composer?.focus == .text)
        #expect(driver.effects == [.saveDraft(slug: Fixture.slug, draft: Draft(name: nil, text: "Eerste regel\nToegevoegd    in de editor\n", replyTo: nil))])
    }

    @Test func anEditorThatFailsLeavesTheTextAndSaysWhy() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("Eerste regel")
        driver.press(.control("e"))
        driver.send(.editorFailed(.failed(command: "vim", status: 1, keptFile: "/tmp/parley-reaction-a1b2c3.txt")))
        #expect(driver.composer?.text.text == "Eerste regel")
        #expect(driver.composer?.message == StatusMessage(
            "The editor 'vim' ended with status 1; the text here is unchanged (the editor's text is kept in /tmp/parley-reaction-a1b2c3.txt).", isError: true))
    }

    // MARK: - Other events

    @Test func theWheelMovesThroughTheText() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.paste((1 ... 9).map { "regel \($0)" }.joined(separator: "\n"))
        driver.send(.wheel(.up))
        #expect(driver.composer?.text.buffer.cursor == TextPosition(line: 5, index: 7))
        driver.send(.wheel(.down), .wheel(.down))
        #expect(driver.composer?.text.buffer.cursor == TextPosition(line: 8, index: 7))
    }

    @Test func aResizeRewrapsTheText() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type(ComposerSnapshotTests.longText)
        #expect(driver.composer?.text.rowCount == 3)
        driver.send(.resize(GridSize(width: 30, height: 8)))
        #expect(driver.composer?.text.rowCount == 8)
        #expect(driver.composer?.text.width == 28)
        #expect(driver.lines.last == " Ctrl-D post ·…  170 / 10,000")
    }

    @Test func f1ShowsTheComposersKeysAndAnyKeyClosesThem() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.press(.function(1))
        #expect(driver.state.overlay == .help)
        #expect(driver.lines.contains { $0.contains("┌ Keys: composer") })
        #expect(driver.lines.contains { $0.contains("Ctrl-D Ctrl-S") && $0.contains("post the reaction") })
        driver.press(.character("q"))
        #expect(driver.state.overlay == nil)
        #expect(driver.composer?.text.text == "")
    }
}

/// Where the shipped articles are, as the reader's entry has it.
enum TestSupportPaths {
    static var articles: String { FileSystem.folder(of: (try? Fixture.thissen().file) ?? "") }
}
