/// What a sync did, per article: the source of its lines and of `--json`.
public struct SyncReport: Equatable, Sendable {
    public enum Outcome: Equatable, Sendable {
        /// Sent and received; the clone and its upstream hold the same commit.
        case synced
        /// The server could not be reached: new reactions are committed here
        /// and go with the next sync.
        case offline
    }

    /// One article's changes.
    public struct Article: Equatable, Sendable {
        public var slug: String
        /// Reactions that went to the server (offline: that wait to go).
        public var sent: Int
        /// Reactions that came in.
        public var received: Int
        /// The article itself came in from the server.
        public var added: Bool
        /// The article itself went to the server (a `parley import` here).
        public var published: Bool

        public init(slug: String, sent: Int = 0, received: Int = 0, added: Bool = false, published: Bool = false) {
            self.slug = slug
            self.sent = sent
            self.received = received
            self.added = added
            self.published = published
        }

        public var isEmpty: Bool { sent == 0 && received == 0 && !added && !published }
    }

    public var outcome: Outcome
    /// The upstream, as `remote/branch`.
    public var upstream: String
    /// Articles with a change, by slug.
    public var articles: [Article]
    /// Reactions files with conflict markers from a plain `git pull`, put
    /// back together from git's index (library-relative names).
    public var recovered: [String]

    public init(outcome: Outcome, upstream: String, articles: [Article], recovered: [String] = []) {
        self.outcome = outcome
        self.upstream = upstream
        self.articles = articles.filter { !$0.isEmpty }.sorted { $0.slug < $1.slug }
        self.recovered = recovered
    }

    public var sent: Int { articles.reduce(0) { $0 + $1.sent } }
    public var received: Int { articles.reduce(0) { $0 + $1.received } }
    public var articlesAdded: Int { articles.filter(\.added).count }
    public var articlesPublished: Int { articles.filter(\.published).count }
}
