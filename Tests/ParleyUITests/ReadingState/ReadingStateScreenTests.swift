import Foundation
import ParleyKit
import ParleyTestSupport
@testable import ParleyUI
import Testing

/// The reader and the library with a reading state: back where the reader
/// stopped, new reactions marked and `w` to them, "2 new" in the library,
/// the name last used.
@Suite("Reading state on screen")
struct ReadingStateScreenTests {
    static let time = ReactionTime(date: Date(timeIntervalSince1970: 1_795_957_500))
    static let reactions = [
        Fixture.reaction("11111111-1111-4111-8111-111111111111", "Anna", "2026-11-29T10:00:00Z", "Gezien."),
        Fixture.reaction("22222222-2222-4222-8222-222222222222", "Bob", "2026-11-29T11:00:00Z", "Nieuw voor jou."),
        Fixture.reaction("33333333-3333-4333-8333-333333333333", "Carla", "2026-11-29T12:00:00Z", "Ook nieuw."),
    ]

    /// The reader on a short article whose first reaction was seen before.
    static func reader(appearance: Appearance = Appearance(), height: Int = 24) throws -> Driver {
        let entry = try Fixture.article(Fixture.interview(questions: 1), reactions: reactions)
        var state = LibraryReadingState(library: "/x")
        state.articles[entry.slug] = ArticleReadingState(
            opened: time, seen: SeenReactions(seen: [reactions[0].id], of: reactions), changed: time)
        return Driver(AppState(entry: entry, size: GridSize(width: 60, height: height), ui: Catalogue(.english),
                               appearance: appearance, reading: ReadingStart(state: state)))
    }

    @Test("each new reaction's header says new, underlined (colour) and the same without colour")
    func newReactionsMarked() throws {
        for appearance in [Appearance(), Appearance(colour: false)] {
            let driver = try Self.reader(appearance: appearance)
            let lines = driver.lines
            let anna = try #require(lines.firstIndex { $0.contains("Anna") })
            let bob = try #require(lines.firstIndex { $0.contains("Bob") })
            let carla = try #require(lines.firstIndex { $0.contains("Carla") })
            #expect(lines[anna] == "  Anna · 2026-11-29 10:00 UTC")
            #expect(lines[bob] == "  Bob · 2026-11-29 11:00 UTC new")
            #expect(lines[carla] == "  Carla · 2026-11-29 12:00 UTC new")
            // The header underlined and "new" bold and underlined: attributes,
            // so they show without colour; the seen reaction has neither.
            let bobCells = Array(driver.grid.row(bob))
            let underlined = bobCells.indices.filter { bobCells[$0].style.attributes.contains(.underline) }
            let newColumn = "  Bob · 2026-11-29 11:00 UTC ".count
            #expect(underlined == Array(2 ..< newColumn - 1) + Array(newColumn ..< newColumn + 3))
            #expect((newColumn ..< newColumn + 3).allSatisfy { bobCells[$0].style.attributes.contains(.bold) })
            #expect(!driver.grid.row(anna).contains { $0.style.attributes.contains(.underline) })
        }
    }

    @Test("w goes to each new reaction in turn, marks it, and says when there is no more")
    func nextNewKey() throws {
        var driver = try Self.reader(height: 8)
        driver.type("w")
        #expect(driver.topLine == "▸ Bob · 2026-11-29 11:00 UTC new")
        #expect(driver.state.reader?.selectedReaction == Self.reactions[1].id)
        driver.type("w")
        #expect(driver.topLine == "▸ Carla · 2026-11-29 12:00 UTC new")
        driver.type("w")
        #expect(driver.message == "no new reactions further on")
        #expect(driver.topLine == "▸ Carla · 2026-11-29 12:00 UTC new")
    }

    @Test("w with nothing new says so in both languages")
    func nothingNew() throws {
        let entry = try Fixture.article(Fixture.interview(questions: 1), reactions: Self.reactions)
        var state = LibraryReadingState(library: "/x")
        state.articles[entry.slug] = ArticleReadingState(opened: Self.time, seen: SeenReactions(seen: Set(Self.reactions.map(\.id)), of: Self.reactions), changed: Self.time)
        for (language, words) in [(Language.english, "no new reactions further on"), (.dutch, "geen nieuwe reacties verderop")] {
            var driver = Driver(AppState(entry: entry, size: GridSize(width: 60, height: 24), ui: Catalogue(language),
                                         appearance: Appearance(), reading: ReadingStart(state: state)))
            driver.type("w")
            #expect(driver.message == words)
            #expect(!driver.lines.contains { $0.hasSuffix(" new") })
        }
    }

    @Test("a reaction is seen once on screen; leaving remembers that, and the position")
    func seenOnScreen() throws {
        let entry = try Fixture.article(Fixture.interview(questions: 3), reactions: Self.reactions)
        let library = try Fixture.library(["made-up": Fixture.interview(questions: 3)])
        // Three rows of text: a reaction's header, its text and a blank.
        var app = AppState(library: library, size: GridSize(width: 60, height: 4), ui: Catalogue(.english), appearance: Appearance(),
                           reading: ReadingStart(state: LibraryReadingState(library: "/x")))
        #expect(update(&app, .articleOpened(OpenedEntry(entry))).isEmpty)
        // Never opened: every reaction is new, and none is on screen yet.
        #expect(app.reader?.newReactions.count == 3)
        #expect(app.reader?.seenReactions.isEmpty == true)
        _ = update(&app, .key(.character("w")))
        #expect(app.reader?.seenReactions == [Self.reactions[0].id])
        let effects = update(&app, .key(.character("q")))
        guard case .keepReadingState(let change, let existing)? = effects.first else {
            Issue.record("leaving the article keeps nothing: \(effects)")
            return
        }
        #expect(change.slug == "made-up")
        #expect(change.seen == [Self.reactions[0].id])
        #expect(change.position != nil)
        #expect(existing == ["made-up"])
        // The library counts what is still new.
        #expect(app.library?.news?["made-up"] == ArticleNews(opened: true, newReactions: 2))
    }

    @Test("ending parley in the reader keeps the reading state, with the draft first")
    func endingKeeps() throws {
        var driver = try Self.reader()
        driver.send(.ending)
        #expect(driver.effects.count == 1)
        guard case .keepReadingState(let change, nil)? = driver.effects.first else {
            Issue.record("\(driver.effects)")
            return
        }
        #expect(change.seen == Set(Self.reactions.map(\.id)))
    }

    @Test("without a reading state nothing is marked, kept or counted")
    func noState() throws {
        let entry = try Fixture.article(Fixture.interview(questions: 1), reactions: Self.reactions)
        var driver = Driver.reader(entry)
        #expect(!driver.lines.contains { $0.hasSuffix(" new") })
        driver.send(.ending)
        #expect(driver.effects.isEmpty)
    }

    @Test("back where you left off, by meaning, said once; --top starts at the top")
    func backWhereYouLeftOff() throws {
        let markdown = Fixture.interview(questions: 5)
        let entry = try Fixture.article(markdown)
        let wide = ArticleLayout(article: entry.article, reactions: entry.reactions, width: 76)
        let question3 = try #require(wide.line(of: .question(3)))
        let saved = try #require(wide.savedPosition(atLine: question3))
        var state = LibraryReadingState(library: "/x")
        state.articles[entry.slug] = ArticleReadingState(opened: Self.time, position: saved, changed: Self.time)
        for (language, words) in [(Language.english, "back where you left off · g goes to the top"),
                                  (.dutch, "terug waar je was gebleven · g gaat naar het begin")] {
            var driver = Driver(AppState(entry: entry, size: GridSize(width: 40, height: 10), ui: Catalogue(language),
                                         appearance: Appearance(), reading: ReadingStart(state: state)))
            #expect(driver.topLine == "▌ 3. Question number 3?")
            #expect(driver.message == words)
            driver.type("j")
            #expect(driver.message == nil)
            driver.type("g")
            #expect(driver.top == 0)
        }
        let top = Driver(AppState(entry: entry, size: GridSize(width: 40, height: 10), ui: Catalogue(.english),
                                  appearance: Appearance(), reading: ReadingStart(state: state, startAtTop: true)))
        #expect(top.top == 0)
        #expect(top.message == nil)
    }

    /// A library of `slugs` in `folder`, each with the three reactions, and
    /// a state in which "een" was opened with the first reaction seen and
    /// "twee" with all of them; the others were never opened.
    static func library(_ slugs: [String], in folder: URL) throws -> (Library, LibraryReadingState) {
        for slug in slugs {
            try Data(Fixture.interview(questions: 2, title: "Artikel \(slug)").utf8).write(to: folder.appendingPathComponent(slug + ".md"))
            try Data(ReactionsDocument(article: slug, reactions: reactions).encoded().utf8).write(to: folder.appendingPathComponent(slug + ".reactions.json"))
        }
        var state = LibraryReadingState(library: folder.path)
        state.articles["een"] = ArticleReadingState(opened: time, seen: SeenReactions(seen: [reactions[0].id], of: reactions), changed: time)
        state.articles["twee"] = ArticleReadingState(opened: time, seen: SeenReactions(seen: Set(reactions.map(\.id)), of: reactions), changed: time)
        return (try Library.load(folder: folder.path), state)
    }

    @Test("the library: never-opened articles say new, opened ones how many reactions are new")
    func libraryNews() throws {
        let folder = try TestSupport.makeTemporaryFolder("parley-ui")
        defer { TestSupport.removeTemporaryFolder(folder) }
        let (library, state) = try Self.library(["een", "twee", "drie"], in: folder)
        for appearance in [Appearance(), Appearance(colour: false)] {
            let driver = Driver(AppState(library: library, size: GridSize(width: 80, height: 8), ui: Catalogue(.english),
                                         appearance: appearance, reading: ReadingStart(state: state)))
            #expect(Array(driver.lines.prefix(5)) == [
                " Library · 3 articles",
                "",
                " ▸ Artikel drie                     Someone   2 questions   3 reactions   new",
                "   Artikel een                      Someone   2 questions   3 reactions   2 new",
                "   Artikel twee                     Someone   2 questions   3 reactions",
            ])
            // Bold words: they show without colour.
            #expect(StyleMap.row(driver.grid, 3) == "   bbbbbbbbbbb" + String(repeating: " ", count: 60) + "bbbbb ")
        }
        let dutch = Driver(AppState(library: library, size: GridSize(width: 80, height: 8), ui: Catalogue(.dutch),
                                    appearance: Appearance(), reading: ReadingStart(state: state)))
        #expect(dutch.lines[2].hasSuffix("nieuw"))
        #expect(dutch.lines[3].hasSuffix("2 nieuw"))
    }

    @Test("the library's columns follow the news: when the last new reactions are read, the column goes and the titles widen")
    func libraryNewsColumnFollows() throws {
        let folder = try TestSupport.makeTemporaryFolder("parley-ui")
        defer { TestSupport.removeTemporaryFolder(folder) }
        let (library, state) = try Self.library(["een", "twee"], in: folder)
        var driver = Driver(AppState(library: library, size: GridSize(width: 80, height: 8), ui: Catalogue(.english),
                                     appearance: Appearance(), reading: ReadingStart(state: state)))
        #expect(Array(driver.lines[2 ... 3]) == [
            " ▸ Artikel een                      Someone   2 questions   3 reactions   2 new",
            "   Artikel twee                     Someone   2 questions   3 reactions",
        ])
        // What leaving the reader does (`AppState.leaveReading`): the title
        // takes the news column's width and its gap (5 + 3).
        driver.state.editLibrary { $0.read("een", newReactions: 0) }
        #expect(Array(driver.lines[2 ... 3]) == [
            " ▸ Artikel een                              Someone   2 questions   3 reactions",
            "   Artikel twee                             Someone   2 questions   3 reactions",
        ])
        driver.state.editLibrary { $0.read("twee", newReactions: 12) }
        // The title gives up one column to the wider "12 new".
        #expect(driver.lines[3] == "   Artikel twee                    Someone   2 questions   3 reactions   12 new")
    }

    @Test("the composer starts with the name last used in this library; posting another remembers it")
    func lastName() throws {
        var state = LibraryReadingState(library: "/x")
        state.lastName = "Anna uit de bibliotheek"
        let entry = try Fixture.article(Fixture.interview(questions: 1))
        var driver = Driver(AppState(entry: entry, size: GridSize(width: 60, height: 24), ui: Catalogue(.english),
                                     appearance: Appearance(), reading: ReadingStart(state: state)))
        driver.openComposer(defaultName: "Naam uit de config")
        #expect(driver.composer?.name.text == "Anna uit de bibliotheek")
        let posted = Fixture.reaction("44444444-4444-4444-8444-444444444444", "Anders", "2026-11-29T13:00:00Z", "Hoi.")
        driver.send(.reactionPosted(slug: entry.slug, reaction: posted, reactions: .loaded(ReactionsDocument(article: entry.slug, reactions: [posted])), draftError: nil))
        #expect(driver.effects == [.rememberName("Anders")])
        #expect(driver.state.reading?.lastName == "Anders")
        // The reader's own reaction is not new to them.
        #expect(driver.state.reader?.isNew(reaction: posted.id) == false)
        #expect(driver.state.reader?.seenReactions.contains(posted.id) == true)
    }
}
