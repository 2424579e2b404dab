/// A reader's reaction to an article.
public struct Reaction: Equatable, Sendable {
    /// A UUID, lower case.
    public var id: String
    /// nil when unknown; shown as "anonymous" / "anoniem".
    public var author: String?
    /// When it was posted, nil when unknown.
    public var posted: ReactionTime?
    public var text: String
    /// The id of the reaction this one answers.
    public var replyTo: String?
    /// Fields this version of parley does not know, in file order. They are
    /// written back untouched: a newer parley's data is never destroyed.
    public var otherFields: JSONObject

    public init(id: String, author: String?, posted: ReactionTime?, text: String, replyTo: String?, otherFields: JSONObject = JSONObject()) {
        self.id = id
        self.author = author
        self.posted = posted
        self.text = text
        self.replyTo = replyTo
        self.otherFields = otherFields
    }
}
