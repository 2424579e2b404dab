/// The reader's search: what is being typed after `/`, the pattern whose
/// matches are highlighted, and which match is current.
public struct SearchState: Equatable, Sendable {
    /// The search being typed; nil when not typing.
    public var prompt: PromptText?
    /// The pattern being highlighted; empty when there is none.
    public var pattern = ""
    /// The matches of `pattern` in the lines laid out, in reading order:
    /// every match once `isExhaustive`.
    public var matches: [SearchMatch] = []
    /// Whether `matches` holds every match of the article: it is laid out
    /// to the end, or the rest of its source cannot show one.
    public var isExhaustive = true
    /// Lines of the layout looked through so far.
    var searchedLines = 0
    /// The first part not laid out that may show a match (see
    /// `ReaderState.nextPartThatMayMatch`), and the question the scan started at.
    var nextPart: SourceScan?
    /// Index into `matches` of the match jumped to.
    public var current: Int?
    /// The last pattern confirmed with Enter: what `n` and `N` repeat.
    public var lastPattern = ""
    /// The top line when `/` was pressed: where Esc returns to.
    var startTop = 0

    public init() {}

    /// A new pattern: its matches are still to be found; the prompt, the
    /// last pattern and where the search started are kept.
    init(restarting search: SearchState, pattern: String) {
        self = search
        self.pattern = pattern
        matches = []
        current = nil
        isExhaustive = true
        searchedLines = 0
        nextPart = nil
    }

    /// Indices of the matches on `line`.
    func matches(onLine line: Int) -> Range<Int> {
        let start = firstIndex(onOrAfter: line)
        var end = start
        while end < matches.count && matches[end].line == line { end += 1 }
        return start ..< end
    }

    /// Binary search: a key costs time in proportion to the screen, not the article.
    func firstIndex(onOrAfter line: Int) -> Int {
        var low = 0, high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].line < line { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// A scan of the article's source for the next part that may show a match:
/// the question it started at, and the part it found (nil: none).
struct SourceScan: Equatable, Sendable {
    var scannedFrom: Int
    var part: Int?
}
