import ParleyKit

/// Everything the screen shows, as a value: which screen, its state, an
/// overlay, a message. Only `update` changes it; views only read it.
public struct AppState: Sendable {
    public private(set) var size: GridSize
    /// parley's own words, in the UI language.
    public let ui: Catalogue
    public let appearance: Appearance
    /// The library screen; nil when parley was started on one article (`parley read`).
    public internal(set) var library: LibraryState?
    /// The article being read; shown instead of the library while set.
    public internal(set) var reader: ReaderState?
    /// A reaction being written to the reader's article; takes the screen while set.
    public internal(set) var composer: ComposerState?
    public internal(set) var overlay: Overlay?
    /// Shown in the status line until the next key.
    public internal(set) var message: StatusMessage?
    /// Slow work running in the background (`EffectRunner`), oldest first.
    public internal(set) var running: [BackgroundWork] = []

    /// Starts on the library screen (`parley`).
    public init(library: Library, size: GridSize, ui: Catalogue, appearance: Appearance) {
        self.size = size
        self.ui = ui
        self.appearance = appearance
        self.library = LibraryState(library: library, size: size)
        if !library.problems.isEmpty {
            message = StatusMessage(ui.unreadableArticles(library.problems.count), isError: true)
        }
    }

    /// Starts in the reader (`parley read SLUG`); `q` quits.
    public init(entry: OpenedEntry, size: GridSize, ui: Catalogue, appearance: Appearance) {
        self.size = size
        self.ui = ui
        self.appearance = appearance
        self.reader = ReaderState(entry: entry, size: size, options: Self.layoutOptions(ui: ui, appearance: appearance))
    }

    /// Starts in the reader on an article loaded whole already.
    public init(entry: LibraryEntry, size: GridSize, ui: Catalogue, appearance: Appearance) {
        self.init(entry: OpenedEntry(entry), size: size, ui: ui, appearance: appearance)
    }

    public enum Screen: Equatable, Sendable {
        case library
        case reader
        case composer
    }

    public var screen: Screen {
        if composer != nil { return .composer }
        return reader != nil ? .reader : .library
    }

    /// What the status line says: the message, else that work is running.
    var statusMessage: StatusMessage? {
        message ?? running.first.map { StatusMessage(ui.working($0)) }
    }

    /// Work to do while nothing is typed (`Event.idle`): the next pages of a long article.
    public var hasIdleWork: Bool { reader?.wantsReadAhead ?? false }

    static func layoutOptions(ui: Catalogue, appearance: Appearance) -> LayoutOptions {
        LayoutOptions(glyphs: appearance.glyphs, ui: ui, addReactionLine: ui.addReactionLine)
    }

    mutating func resize(to newSize: GridSize) {
        size = newSize
        library?.resize(to: newSize)
        reader?.resize(to: newSize)
        composer?.resize(to: newSize)
    }

    mutating func open(_ entry: OpenedEntry) {
        reader = ReaderState(entry: entry, size: size, options: Self.layoutOptions(ui: ui, appearance: appearance))
        overlay = nil
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
        fresh.reveal(reaction: reaction.id)
        self.reader = fresh
        library?.updateReactions(of: entry.slug, to: reactions)
    }
}
