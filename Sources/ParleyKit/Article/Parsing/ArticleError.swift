/// Why an article file could not be read, with the file and line a person
/// needs to fix it. The words are in ParleyUI's `Catalogue`
/// (`message(_: ArticleError)`), in every language.
public struct ArticleError: Error, Equatable, Sendable {
    /// The file as the user named it (or the library path).
    public var file: String
    /// 1-based line, or nil when the problem is the file as a whole.
    public var line: Int?
    public var problem: ArticleProblem

    public init(file: String, line: Int?, problem: ArticleProblem) {
        self.file = file
        self.line = line
        self.problem = problem
    }
}

/// What stops an article from being read.
public enum ArticleProblem: Equatable, Sendable {
    /// No file for that slug.
    case noSuchArticle
    /// Larger than the most parley reads in an article.
    case tooLarge(megabytes: Int)
    /// The file is there but cannot be read.
    case cannotRead(FileSystemError)
    case utf16
    /// A `#` heading with nothing after it.
    case emptySectionHeading
    /// A `##` heading with nothing after it.
    case emptyQuestionHeading
    case frontMatter(FrontMatterProblem)
}

/// What is wrong in a front matter (or the config file, which is read by
/// the same parser): docs/article-format.md.
public enum FrontMatterProblem: Equatable, Sendable {
    /// The first line is not `---`.
    case missing
    case notClosed
    case noTitle
    case emptyTitle
    case publishedNotADate(found: String)
    case languageNotACode(found: String)
    case givenTwice(key: String)
    case indented
    case controlCharacter
    /// A line without a colon: its first 40 characters.
    case notKeyValue(found: String)
    /// `dotted`: the config file's keys may also hold `.`.
    case invalidKey(String, dotted: Bool)
    case noSpaceAfterColon(key: String)
    case noValue(key: String)
    case singleQuoted
    case listOrMap(key: String)
    case blockScalar
    case anchorAliasOrTag
    case reservedStart(Character)
    /// Only a comment after the colon.
    case onlyComment(key: String)
    case unquotedColon
    case unquotedComment(key: String)
    case textAfterClosingQuote(key: String)
    case endsInsideEscape(key: String)
    /// `\x`, `\u`, `\U` without `digits` hex digits of a code point.
    case badHexEscape(escape: Character, digits: Int, key: String)
    case unknownEscape(Character, key: String)
    case noClosingQuote(key: String)
}

/// Something wrong in an article that does not stop it from being read
/// (the reader shows it; `parley check` reports it).
public struct ArticleWarning: Equatable, Sendable {
    public var file: String
    public var line: Int
    public var problem: Problem

    public enum Problem: Equatable, Sendable, CaseIterable {
        /// Bytes on this line are not UTF-8 and show as U+FFFD.
        case invalidUTF8
        /// The whole file was read as Windows-1252.
        case windows1252
    }

    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }
}
