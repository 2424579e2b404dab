/// Commands that may lay out most of a huge article (`G`, the reactions, a
/// question far down, the outline's choice) do it in slices: a slice per
/// key or `Event.continueWork`, so that the loop reads the keyboard between
/// slices and `Esc` or `Ctrl-C` can stop it (`LongWork`). A command is run
/// only once what it needs is laid out, so a stopped one changed nothing
/// but how much is laid out.
extension ReaderState {
    /// What a command needs laid out before it runs.
    enum LayoutNeed: Equatable, Sendable {
        case end
        case anchor(LayoutAnchor)
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
        default: nil
        }
    }

    func isMet(_ need: LayoutNeed) -> Bool {
        if layout.isComplete { return true }
        switch need {
        case .end: return false
        case .anchor(let anchor): return layout.line(of: anchor) != nil
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
