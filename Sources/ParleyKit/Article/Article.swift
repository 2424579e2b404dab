/// An interview: its metadata, the lead, the questions with their answers and
/// any sections after them.
public struct Article: Equatable, Sendable {
    /// The file name without `.md`: how commands and reactions name it.
    public var slug: String
    public var metadata: ArticleMetadata
    public var lead: [Block]
    public var exchanges: [Exchange]
    public var sections: [Section]

    public init(slug: String, metadata: ArticleMetadata, lead: [Block], exchanges: [Exchange], sections: [Section]) {
        self.slug = slug
        self.metadata = metadata
        self.lead = lead
        self.exchanges = exchanges
        self.sections = sections
    }

    public var title: String { metadata.title }
}
