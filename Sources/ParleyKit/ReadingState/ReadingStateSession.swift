import FoundationEssentials

/// One parley's reading state of one library, from load to the last save:
/// what changed is tracked, so a save writes only that over what another
/// parley may have written meanwhile. With `PARLEY_STATE=off` there is no
/// store: everything works on an empty state that is never written.
public struct ReadingStateSession: Sendable {
    private var store: ReadingStateStore?
    public private(set) var state: LibraryReadingState
    private var changed: Set<String> = []
    private var nameChanged = false

    /// Loads the user's state of `library`; the notice, when there is one,
    /// is for the user, once.
    public static func load(environment: [String: String], library: LibraryKey, now: Date = Date()) -> (ReadingStateSession, ReadingStateNotice?) {
        guard var store = ReadingStateStore(environment: environment, library: library) else {
            return (ReadingStateSession(store: nil, state: LibraryReadingState(library: library.path)), nil)
        }
        let (state, notice) = store.load(now: now)
        return (ReadingStateSession(store: store, state: state), notice)
    }

    public init(store: ReadingStateStore?, state: LibraryReadingState) {
        self.store = store
        self.state = state
    }

    /// Whether anything waits to be written.
    public var hasChanges: Bool { !changed.isEmpty || nameChanged }

    public func article(_ slug: String) -> ArticleReadingState? { state.articles[slug] }

    /// The article was opened now.
    public mutating func opened(_ slug: String, now: Date = Date()) {
        let time = ReactionTime(date: now)
        var article = state.articles[slug] ?? ArticleReadingState(changed: time)
        article.opened = time
        article.changed = time
        set(article, slug)
    }

    /// The reader left the article at `position` having seen `seen` of `reactions`.
    public mutating func left(_ slug: String, at position: SavedPosition?, seen: Set<String>, of reactions: [Reaction], now: Date = Date()) {
        let time = ReactionTime(date: now)
        var article = state.articles[slug] ?? ArticleReadingState(opened: time, changed: time)
        article.position = position
        article.seen = SeenReactions(seen: seen, of: reactions)
        article.changed = time
        set(article, slug)
    }

    /// The reader posted `id`: their own reaction is never new to them.
    public mutating func posted(_ id: String, to slug: String, reactions: [Reaction], name: String?, now: Date = Date()) {
        let time = ReactionTime(date: now)
        var article = state.articles[slug] ?? ArticleReadingState(changed: time)
        var seen = article.seen.seenIDs(of: reactions)
        seen.insert(id)
        article.seen = SeenReactions(seen: seen, of: reactions)
        article.changed = time
        set(article, slug)
        rememberName(name)
    }

    /// The name last put under a reaction here (nil: anonymous).
    public mutating func rememberName(_ name: String?) {
        guard state.lastName != name else { return }
        state.lastName = name
        nameChanged = true
    }

    /// Writes what changed; `existing`: the library's slugs when known
    /// (articles gone long enough are dropped then, so pruning happens only
    /// when a session that saw the whole library writes). Nothing to write, or
    /// `PARLEY_STATE=off`: writes nothing.
    public mutating func save(existing: Set<String>? = nil, now: Date = Date()) throws(ReadingStateError) -> ReadingStateNotice? {
        guard var store, hasChanges else { return nil }
        let (merged, notice) = try store.save(state, changed: changed, nameChanged: nameChanged, existing: existing, now: now)
        self.store = store
        state = merged
        changed = []
        nameChanged = false
        return notice
    }

    private mutating func set(_ article: ArticleReadingState, _ slug: String) {
        state.articles[slug] = article
        changed.insert(slug)
    }
}
