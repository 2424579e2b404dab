/// Commands that may lay out most of a huge article (`G`, the reactions, a
/// question far down, the outline's choice, a search and `n`/`N` with no
/// match near) do it in slices: a slice per
/// key or `Event.continueWork`, so that the loop reads the keyboard between
/// slices and `Esc` or `Ctrl-C` can stop it (`LongWork`). A command is run
/// only once what it needs is laid out, so a stopped one changed nothing
/// but how much is laid out.
extension ReaderState {
    /// What a command needs laid out before it runs.
    enum LayoutNeed: Equatable, Sendable {
        case end
        case anchor(LayoutAnchor)
        /// A match of the search on or after `line`, or the knowledge that
        /// none follows.
        case match(onOrAfter: Int)
        /// Every match of the search (`N` wrapping to the last one).
        case everyMatch
    }

    /// Bytes of the article laid out per slice: tens of milliseconds.
    static let sliceBytes = 256 * 1024
    /// What a step that lays out no article bytes (a few reactions) counts as.
    static let reactionStepBytes = 4 * 1024

    func layoutNeed(for command: ReaderCommand) -> LayoutNeed? {
        switch command {
        case .bottom: .end
        case .reactions: .anchor(.reactions)
        case .question(let number): .anchor(.question(number))
        // From the line below the top, as `n` looks; a second match on the
        // top line is known already, and at worst this lays out a little more.
        case .nextMatch: .match(onOrAfter: top + 1)
        // A match above the top is known when it exists: the lines above are
        // laid out. Without one, `N` wraps to the last match.
        case .previousMatch: search.firstIndex(onOrAfter: top) > 0 ? nil : .everyMatch
        default: nil
        }
    }

    /// What Enter in the search prompt needs: a match from where the search
    /// started (or none at all), so that "no match" is never said too soon.
    var confirmSearchNeed: LayoutNeed? {
        guard let text = search.prompt?.text, !text.isEmpty, text == search.pattern else { return nil }
        return .match(onOrAfter: search.startTop)
    }

    /// What showing the first match as the pattern is typed needs.
    var typedSearchNeed: LayoutNeed {
        .match(onOrAfter: search.startTop)
    }

    func isMet(_ need: LayoutNeed) -> Bool {
        if layout.isComplete { return true }
        switch need {
        case .end: return false
        case .anchor(let anchor): return layout.line(of: anchor) != nil
        // `isExhaustive`: no part of the article still to lay out may match.
        case .match(let line):
            return search.pattern.isEmpty || search.isExhaustive || search.firstIndex(onOrAfter: line) < search.matches.count
        case .everyMatch:
            return search.pattern.isEmpty || search.isExhaustive
        }
    }

    /// Lays out towards `need`, at most a slice; whether it is met.
    mutating func layOut(toward need: LayoutNeed) -> Bool {
        var spent = 0
        while !isMet(need) {
            if spent >= Self.sliceBytes { return false }
            let before = article.byteOffset(afterQuestion: layout.questionsLaidOut)
            guard layOutMore() else { return true }
            let after = article.byteOffset(afterQuestion: layout.questionsLaidOut)
            spent += max(after - before, Self.reactionStepBytes)
        }
        return true
    }

    /// How much of the article is laid out, in percent of its bytes.
    var percentLaidOut: Int {
        guard !layout.isComplete, article.byteCount > 0 else { return 100 }
        return min(99, article.byteOffset(afterQuestion: layout.questionsLaidOut) * 100 / article.byteCount)
    }
}
