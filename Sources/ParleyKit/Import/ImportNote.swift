/// A paragraph (or line) of an imported text that a person should look at:
/// left out as page chrome, placed by a guess, or changed while decoding.
/// `line` is 1-based in the imported text, so the place can be found in an editor.
public struct ImportNote: Equatable, Sendable {
    public var line: Int
    /// The paragraph (or line) as it was read, joined to one line.
    public var text: String
    public var reason: Reason

    public init(line: Int, text: String, reason: Reason) {
        self.line = line
        self.text = text
        self.reason = reason
    }

    /// Why the note was made. docs/import.md names the rule behind each.
    public enum Reason: Equatable, Sendable {
        // Decoding: the text was changed.
        case invalidUTF8
        /// The text was not UTF-8 but Windows-1252, and was read as that.
        case windows1252
        case controlCharacters

        // Dropped: page chrome, left out of the article.
        case commentCount
        case emptyAuthorBox
        case newsletter
        case shareButtons
        case replyButton
        /// The text's own title line, replaced by `--title`.
        case replacedTitle
        /// "Name wrote:" with no text after it.
        case emptyReaction

        // Uncertain: placed by a guess that may be wrong.
        /// Ends with "?" but is inside a quotation that opened on `openedOnLine`: kept in the answer.
        case questionInsideQuotation(openedOnLine: Int)
        /// Ends with "?" but the text marks its questions with labels or numbers: kept where it is.
        case unmarkedQuestion
        /// A short paragraph without end punctuation inside an answer.
        case couldBeQuestion
        /// Taken as a question because a quoted answer follows, though it ends like a sentence.
        case questionEndsLikeSentence
        case questionWithoutAnswer
        /// In the reactions, with no number or "Name wrote:" before it.
        case reactionWithoutMarker
        /// Added to reaction `number` as a further paragraph.
        case reactionContinued(number: Int)
        /// The reactions heading gives a count that differs from what was found.
        case reactionCountDiffers(heading: Int, found: Int)

        /// Whether the paragraph was left out of the article (page chrome).
        public var isDropped: Bool {
            switch self {
            case .commentCount, .emptyAuthorBox, .newsletter, .shareButtons, .replyButton, .replacedTitle, .emptyReaction: true
            default: false
            }
        }

        /// Whether the text itself was changed while decoding.
        public var isDecoding: Bool {
            self == .invalidUTF8 || self == .controlCharacters
        }
    }
}
