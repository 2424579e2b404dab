import ParleyKit

/// The reaction a new one answers, as the composer shows it: who wrote it
/// and how it starts.
public struct ReplyTarget: Equatable, Sendable {
    /// The id as stored in the reactions file.
    public var id: String
    /// The author, or "anonymous" in the article's language.
    public var author: String
    /// The start of its text, on one line.
    public var excerpt: String

    static let excerptLength = 300

    public init(id: String, author: String, excerpt: String) {
        self.id = id
        self.author = author
        self.excerpt = excerpt
    }

    /// `reaction`, as the composer shows it.
    public init(_ reaction: Reaction, labels: Catalogue) {
        self.id = reaction.id
        author = reaction.author ?? labels.anonymous
        // One line: runs of white space, line breaks too, become one space.
        // A title line shows far less than this; the rest need not be copied.
        excerpt = reaction.text.prefix(Self.excerptLength).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
