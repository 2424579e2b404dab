import Foundation
import ParleyKit
import ParleyTestSupport
import ParleyUI

/// Articles for the UI tests: the interview the project ships, and small
/// made-up ones written to a temporary library.
enum Fixture {
    static let slug = "thissen-richt-je-op-regie"

    static func thissen() throws -> LibraryEntry {
        try Library.loadEntry(folder: TestSupport.articlesFolder.path, slug: slug)
    }

    static func shippedLibrary() throws -> Library {
        try Library.load(folder: TestSupport.articlesFolder.path)
    }

    /// A library folder with these articles (slug -> Markdown), loaded.
    static func library(_ articles: [String: String]) throws -> Library {
        let folder = try TestSupport.makeTemporaryFolder("parley-ui")
        defer { TestSupport.removeTemporaryFolder(folder) }
        for (slug, markdown) in articles {
            try Data(markdown.utf8).write(to: folder.appendingPathComponent(slug + ".md"))
        }
        return try Library.load(folder: folder.path)
    }

    /// One made-up article, loaded as the library would.
    static func article(_ markdown: String, slug: String = "made-up") throws -> LibraryEntry {
        let library = try library([slug: markdown])
        guard library.entry(slug: slug) != nil else { throw FixtureError.notLoaded(library.problems.map(Catalogue(.english).message)) }
        let folder = try TestSupport.makeTemporaryFolder("parley-ui")
        defer { TestSupport.removeTemporaryFolder(folder) }
        try Data(markdown.utf8).write(to: folder.appendingPathComponent(slug + ".md"))
        return try Library.loadEntry(folder: folder.path, slug: slug)
    }

    enum FixtureError: Error {
        case notLoaded([String])
    }

    /// Front matter plus `questions` questions, each with a two-line answer.
    static func interview(questions: Int, title: String = "Made up") -> String {
        var text = "---\ntitle: \"\(title)\"\ninterviewee: Someone\nlanguage: en\n---\n\nThe lead.\n"
        for number in 1 ... max(1, questions) where questions > 0 {
            text += "\n## Question number \(number)?\n\nAnswer \(number), first paragraph.\n\nAnswer \(number), second paragraph.\n"
        }
        return text
    }
}

/// Drives the app as the terminal loop would, without a terminal: events
/// in, effects and screens out.
struct Driver {
    var state: AppState
    private(set) var effects: [Effect] = []
    /// Whether a long command (`G` in a huge article) runs to its end after
    /// each event, as the loop runs it while nothing is typed; false to see
    /// it a slice at a time.
    var finishesLongWork = true

    init(_ state: AppState) {
        self.state = state
    }

    static func reader(_ entry: LibraryEntry, width: Int = 80, height: Int = 24, language: Language = .english,
                       appearance: Appearance = Appearance()) -> Driver {
        Driver(AppState(entry: entry, size: GridSize(width: width, height: height), ui: Catalogue(language), appearance: appearance))
    }

    static func library(_ library: Library, width: Int = 80, height: Int = 24, language: Language = .english,
                        appearance: Appearance = Appearance()) -> Driver {
        Driver(AppState(library: library, size: GridSize(width: width, height: height), ui: Catalogue(language), appearance: appearance))
    }

    /// Sends events; `effects` holds what the last one asked for.
    mutating func send(_ events: Event...) {
        for event in events { apply(event) }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { apply(.key(key)) }
    }

    /// Types each character as a key.
    mutating func type(_ text: String) {
        for character in text { apply(.key(.character(character))) }
    }

    private mutating func apply(_ event: Event) {
        effects = update(&state, event)
        while finishesLongWork && state.isWorking {
            effects += update(&state, .continueWork)
        }
    }

    /// Carries out `.openArticle` as the terminal loop does.
    mutating func openRequestedArticle() throws {
        guard case .openArticle(let folder, let slug)? = effects.first else { return }
        send(.articleOpened(try Library.openEntry(folder: folder, slug: slug)))
    }

    var grid: CellGrid { AppView.render(state) }
    var lines: [String] { grid.lines }
    var statusLine: String { lines.last ?? "" }
    var top: Int? { state.reader?.top }
    var topLine: String { lines.first ?? "" }
    var message: String? { state.message?.text }
}


extension Fixture {
    /// A short Dutch interview: a lead and one question.
    static let shortDutch = """
        ---
        title: "Kort gesprek"
        interviewee: Iemand
        language: nl
        ---

        De inleiding.

        ## Een vraag?

        Een antwoord.

        """

    /// An article with these reactions, loaded from a temporary library as
    /// the reader would load it.
    static func article(_ markdown: String, reactions: [Reaction], slug: String = "made-up") throws -> LibraryEntry {
        try article(markdown, reactionsFile: ReactionsDocument(article: slug, reactions: reactions).encoded(), slug: slug)
    }

    /// An article with this reactions file, as it is on disk (it may not parse).
    static func article(_ markdown: String, reactionsFile: String, slug: String = "made-up") throws -> LibraryEntry {
        let folder = try TestSupport.makeTemporaryFolder("parley-ui")
        defer { TestSupport.removeTemporaryFolder(folder) }
        try Data(markdown.utf8).write(to: folder.appendingPathComponent(slug + ".md"))
        try Data(reactionsFile.utf8).write(to: folder.appendingPathComponent(slug + ".reactions.json"))
        return try Library.loadEntry(folder: folder.path, slug: slug)
    }

    static func reaction(_ id: String, _ author: String?, _ posted: String?, _ text: String, replyTo: String? = nil) -> Reaction {
        Reaction(id: id, author: author, posted: posted.flatMap(ReactionTime.init(iso:)), text: text, replyTo: replyTo)
    }
}

extension Driver {
    var composer: ComposerState? { state.composer }

    /// Answers `.prepareComposer` as the terminal loop would, with this
    /// draft on disk and this default name.
    mutating func prepareComposer(draft: Draft? = nil, defaultName: String? = "Test Lezer") {
        guard case .prepareComposer(let slug)? = effects.last else { return }
        send(.composerPrepared(ComposerSetup(slug: slug, draft: draft, defaultName: defaultName)))
    }

    /// `a` in the reader, answered with no draft and the name "Test Lezer".
    mutating func openComposer(draft: Draft? = nil, defaultName: String? = "Test Lezer") {
        press(.character("a"))
        prepareComposer(draft: draft, defaultName: defaultName)
    }

    /// Answers the last update's `.saveDraft` effects as successful saves.
    mutating func saveDrafts() {
        for case .saveDraft(let slug, let draft) in effects {
            send(.draftSaved(slug: slug, draft: draft))
        }
    }

    mutating func paste(_ text: String) {
        send(.paste(text))
    }
}
