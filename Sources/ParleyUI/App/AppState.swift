import ParleyKit

/// Everything the screen shows, as a value: which screen, its state, an
/// overlay, a message. Only `update` changes it; views only read it.
public struct AppState: Sendable {
    public private(set) var size: GridSize
    /// parley's own words, in the UI language.
    public let ui: Catalogue
    public let appearance: Appearance
    /// The open screens, bottom to top (`Screens`). Screens open and close
    /// only by `push` and `pop`; `library`, `reader` and `composer` read
    /// them, and `editLibrary`/`editReader`/`editComposer` (or `replace`)
    /// change the state of one that is open.
    public internal(set) var screens: Screens
    public internal(set) var overlay: Overlay?
    /// Shown in the status line until the next key.
    public internal(set) var message: StatusMessage?
    /// Slow work running in the background (`EffectRunner`), oldest first.
    public internal(set) var running: [BackgroundWork] = []
    /// A reader command laying out a huge article a slice at a time; nil when none.
    public internal(set) var longWork: LongWork?
    /// Secure mode (docs/usage.md): no suspending, no external editor; decided
    /// once at start-up, before the first event.
    public var isSecure = false
    /// What the reader remembers of this library (positions, seen
    /// reactions, the last name); nil when no reading state is kept.
    public internal(set) var reading: LibraryReadingState?

    /// Starts on the library screen (`parley`).
    public init(library: Library, size: GridSize, ui: Catalogue, appearance: Appearance, reading: ReadingStart? = nil) {
        self.size = size
        self.ui = ui
        self.appearance = appearance
        self.screens = .library(LibraryState(library: library, size: size, ui: ui))
        if let reading {
            self.reading = reading.state
            editLibrary { $0.trackNews(reading.state) }
        }
        if !library.problems.isEmpty {
            message = StatusMessage(ui.unreadableArticles(library.problems.count), isError: true)
        }
        if let notice = reading?.notice {
            message = StatusMessage(ui.readingStateNotice(notice), isError: true)
        }
    }

    /// Starts in the reader (`parley read SLUG`); `q` quits.
    public init(entry: OpenedEntry, size: GridSize, ui: Catalogue, appearance: Appearance, reading: ReadingStart? = nil) {
        self.size = size
        self.ui = ui
        self.appearance = appearance
        self.reading = reading?.state
        self.screens = .reader(ReaderState(entry: entry, size: size, options: Self.layoutOptions(ui: ui, appearance: appearance)), over: nil)
        beginReading(atTop: reading?.startAtTop ?? false)
        if let notice = reading?.notice {
            message = StatusMessage(ui.readingStateNotice(notice), isError: true)
        }
    }

    /// Starts in the reader on an article loaded whole already.
    public init(entry: LibraryEntry, size: GridSize, ui: Catalogue, appearance: Appearance, reading: ReadingStart? = nil) {
        self.init(entry: OpenedEntry(entry), size: size, ui: ui, appearance: appearance, reading: reading)
    }

    public enum Screen: Equatable, Sendable {
        case library
        case reader
        case composer
    }

    /// The uppermost screen: the one that takes the keys.
    public var screen: Screen { screens.top }

    /// What the status line says: the message, else that work is running.
    var statusMessage: StatusMessage? {
        message ?? running.first.map { StatusMessage(ui.working($0)) }
    }

    /// Whether this state, made from an article's first questions
    /// (`ArticleOpening.beginning`), shows what the one made from the whole
    /// article shows: the reader alone, on those questions.
    public var showsOnlyQuestionsLaidOut: Bool {
        guard overlay == nil, case .reader(let reader, over: nil) = screens else { return false }
        return reader.showsOnlyQuestionsLaidOut
    }

    /// Work to do while nothing is typed (`Event.idle`): the next pages of a long article.
    public var hasIdleWork: Bool { reader?.wantsReadAhead ?? false }
    /// A long command is under way: the loop sends `.continueWork` while no key comes.
    public var isWorking: Bool { longWork != nil }

    static func layoutOptions(ui: Catalogue, appearance: Appearance) -> LayoutOptions {
        LayoutOptions(glyphs: appearance.glyphs, ui: ui, addReactionLine: ui.addReactionLine)
    }

    mutating func resize(to newSize: GridSize) {
        size = newSize
        editLibrary { $0.resize(to: newSize) }
        editReader { $0.resize(to: newSize) }
        editComposer { $0.resize(to: newSize) }
    }

    mutating func open(_ entry: OpenedEntry) {
        screens.push(ReaderState(entry: entry, size: size, options: Self.layoutOptions(ui: ui, appearance: appearance)))
        overlay = nil
        beginReading(atTop: false)
    }

    /// The reader opens where it stopped last time (and says so, once) and
    /// marks what is new; without reading state, nothing changes.
    private mutating func beginReading(atTop: Bool) {
        guard let reading, let slug = reader?.entry.slug else { return }
        if editReader({ $0.begin(remembering: reading.articles[slug], atTop: atTop) }) == true {
            message = StatusMessage(ui.backWhereYouLeftOff)
        }
    }

    /// Leaving the article: what to remember of it (nothing without reading state).
    mutating func leaveReading() -> [Effect] {
        guard reading != nil, let reader else { return [] }
        editLibrary { $0.read(reader.entry.slug, newReactions: reader.newReactionsLeft) }
        let existing = library.map { Set($0.library.entries.map(\.slug)) }
        return [.keepReadingState(reader.readingStateChange, existing: existing)]
    }
}

extension AppState {
    /// A reaction was posted to the reader's article: the reader shows the
    /// reactions as they are now, moved to the new one, and the library
    /// counts it.
    mutating func showPosted(_ reaction: Reaction, reactions: ReactionsState) {
        guard let reader else { return }
        var entry = reader.entry
        entry.reactions = UndecodedReactions(reactions, file: Library.reactionsPath(folder: FileSystem.folder(of: entry.file), slug: entry.slug))
        // What the reader has parsed so far is kept: only the reactions changed.
        entry.article = reader.article
        var fresh = ReaderState(entry: entry, size: size, options: Self.layoutOptions(ui: ui, appearance: appearance))
        fresh.search.lastPattern = reader.search.lastPattern
        fresh.newReactions = reader.newReactions
        fresh.seenReactions = reader.seenReactions
        fresh.noteOwn(reaction.id)
        fresh.reveal(reaction: reaction.id)
        screens.replace(fresh)
        editLibrary { $0.updateReactions(of: entry.slug, to: reactions) }
    }
}

/// The reading state parley starts with (`ReadingStateSession.load`).
public struct ReadingStart: Sendable {
    public var state: LibraryReadingState
    /// Said once in the status line.
    public var notice: ReadingStateNotice?
    /// `parley read SLUG --top`: start at the top, wherever the reader stopped.
    public var startAtTop: Bool

    public init(state: LibraryReadingState, notice: ReadingStateNotice? = nil, startAtTop: Bool = false) {
        self.state = state
        self.notice = notice
        self.startAtTop = startAtTop
    }
}
