/// An article opened for reading (`Library.openEntry`): parsed as far as it
/// is read, its reactions decoded when they are shown.
public struct OpenedEntry: Sendable {
    public var article: IncrementalArticle
    /// The article file's path.
    public var file: String
    public var reactions: UndecodedReactions

    public init(article: IncrementalArticle, file: String, reactions: UndecodedReactions) {
        self.article = article
        self.file = file
        self.reactions = reactions
    }

    /// An entry the library has loaded whole already.
    public init(_ entry: LibraryEntry) {
        self.init(article: IncrementalArticle(article: entry.article, warnings: entry.warnings), file: entry.file,
                  reactions: UndecodedReactions(entry.reactions, file: Library.reactionsPath(folder: FileSystem.folder(of: entry.file), slug: entry.slug)))
    }

    public var slug: String { article.slug }

    /// Everything parsed and decoded: what `Library.loadEntry` returns.
    public mutating func loaded() -> LibraryEntry {
        LibraryEntry(article: article.article(), file: file, reactions: reactions.decode(), warnings: article.warnings)
    }
}
