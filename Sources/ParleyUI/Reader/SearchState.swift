/// The reader's search: what is being typed after `/`, the pattern whose
/// matches are highlighted, and which match is current.
public struct SearchState: Equatable, Sendable {
    /// The search being typed; nil when not typing.
    public var prompt: PromptText?
    /// The pattern being highlighted; empty when there is none.
    public var pattern = ""
    /// Every match of `pattern` in the current layout, in reading order.
    public var matches: [SearchMatch] = []
    /// Index into `matches` of the match jumped to.
    public var current: Int?
    /// The last pattern confirmed with Enter: what `n` and `N` repeat.
    public var lastPattern = ""
    /// The top line when `/` was pressed: where Esc returns to.
    var startTop = 0

    public init() {}

    /// Indices of the matches on `line`.
    func matches(onLine line: Int) -> Range<Int> {
        let start = firstIndex(onOrAfter: line)
        var end = start
        while end < matches.count && matches[end].line == line { end += 1 }
        return start ..< end
    }

    /// The first match on or after `line`, wrapping to the first of all.
    func firstMatch(from line: Int) -> Int? {
        guard !matches.isEmpty else { return nil }
        let index = firstIndex(onOrAfter: line)
        return index < matches.count ? index : 0
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
