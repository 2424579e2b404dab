/// The front matter of an article. `title` is required; the known keys have
/// typed accessors and every key, known or not, is kept in `fields` in file
/// order (so `--json` and a rewrite show all of it).
public struct ArticleMetadata: Equatable, Sendable {
    public static let knownKeys = ["title", "interviewee", "role", "source", "url", "published", "language"]

    public var fields: [(key: String, value: String)]

    public init(fields: [(key: String, value: String)]) {
        self.fields = fields
    }

    public init(title: String) {
        self.fields = [("title", title)]
    }

    public subscript(key: String) -> String? {
        get { fields.first(where: { $0.key == key })?.value }
        set {
            if let index = fields.firstIndex(where: { $0.key == key }) {
                if let newValue { fields[index].value = newValue } else { fields.remove(at: index) }
            } else if let newValue {
                fields.append((key, newValue))
            }
        }
    }

    public var title: String { self["title"] ?? "" }
    public var interviewee: String? { self["interviewee"] }
    public var role: String? { self["role"] }
    public var source: String? { self["source"] }
    public var url: String? { self["url"] }
    /// Validated when the article is parsed.
    public var published: PublishedDate? { self["published"].flatMap(PublishedDate.init(iso:)) }
    /// A language tag such as `nl` or `en`; decides the article's own labels
    /// ("1 reactie" or "1 reaction").
    public var language: String? { self["language"] }

    public static func == (lhs: ArticleMetadata, rhs: ArticleMetadata) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0.key == $1.key && $0.value == $1.value }
    }
}
