/// Why a text cannot be imported at all. The words are in ParleyUI's
/// `Catalogue` (`message(_: ImportError)`).
public struct ImportError: Error, Equatable, Sendable {
    /// The text as the user named it ("-" for standard input).
    public var file: String
    public var problem: Problem

    public enum Problem: Equatable, Sendable {
        case utf16
        /// A document, an image or an archive.
        case notText
        case empty
        /// `--slug` that cannot name an article file.
        case invalidSlug(String)
        /// No article name can be made from the title (its first 60 characters).
        case noSlugFromTitle(String)
        /// The article written does not parse back: a bug in parley.
        case doesNotReadBack(ArticleError)
    }

    public init(file: String, problem: Problem) {
        self.file = file
        self.problem = problem
    }
}
