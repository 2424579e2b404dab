/// What the person importing says about the text; everything else is found in it.
public struct ImportOptions: Equatable, Sendable {
    /// How the text is named in messages ("-" for standard input).
    public var file: String
    /// The article's name; derived from the title when nil.
    public var slug: String?
    /// Replaces the title found in the text (its first line).
    public var title: String?
    public var interviewee: String?
    /// A language tag such as "nl"; guessed from the text when nil.
    public var language: String?

    public init(file: String, slug: String? = nil, title: String? = nil, interviewee: String? = nil, language: String? = nil) {
        self.file = file
        self.slug = slug
        self.title = title
        self.interviewee = interviewee
        self.language = language
    }
}
