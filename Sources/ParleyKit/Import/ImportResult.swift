/// What an import found: the article as the library will read it, its
/// reactions, the files' text, and everything a person should check.
public struct ImportResult: Sendable {
    /// Read back from `markdown` by `ArticleParser`: exactly what `parley show` will see.
    public var article: Article
    /// nil when the text has no reactions (no reactions file is written).
    public var reactions: ReactionsDocument?
    /// The article file's text.
    public var markdown: String
    public var language: LanguageChoice
    /// Source lines of the title, lead, questions, sections and reactions.
    public var outline: ImportOutline
    /// Page chrome left out, in line order.
    public var dropped: [ImportNote]
    /// Paragraphs placed by a guess, in line order.
    public var uncertain: [ImportNote]
    /// Lines changed while decoding (invalid UTF-8, control characters).
    public var decoding: [ImportNote]

    /// How the article's language was chosen.
    public enum LanguageChoice: Equatable, Sendable {
        case given(String)
        case guessed(String)
        /// Neither given nor recognisable: the front matter has no language.
        case unknown

        public var tag: String? {
            switch self {
            case .given(let tag), .guessed(let tag): tag
            case .unknown: nil
            }
        }
    }

    /// The reactions file's text, when there is one.
    public var reactionsFile: String? { reactions?.encoded() }

    /// The reactions as `parley show` would find them after the import.
    public var reactionsState: ReactionsState {
        reactions.map(ReactionsState.loaded) ?? .none
    }

    /// No question was found: the whole text is the lead.
    public var hasNoQuestions: Bool { article.exchanges.isEmpty }

    /// Everything a person should look at after a real import, in line order:
    /// decoding changes, dropped and uncertain paragraphs.
    public var notes: [ImportNote] {
        (decoding + dropped + uncertain).enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
    }
}
