import FoundationEssentials

/// What one reader remembers of one article.
public struct ArticleReadingState: Equatable, Sendable {
    /// When the reader last opened it; nil: never (it is new to them).
    public var opened: ReactionTime?
    /// Where they stopped; nil: at the top.
    public var position: SavedPosition?
    public var seen: SeenReactions
    /// When this was last changed: how pruning tells an article that is gone
    /// for good from one that is away for a moment (a checkout, a sync).
    public var changed: ReactionTime

    public init(opened: ReactionTime? = nil, position: SavedPosition? = nil, seen: SeenReactions = SeenReactions(), changed: ReactionTime) {
        self.opened = opened
        self.position = position
        self.seen = seen
        self.changed = changed
    }

    public var wasOpened: Bool { opened != nil }
}
