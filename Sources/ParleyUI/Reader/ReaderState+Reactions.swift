/// Moving through the reactions: in the reactions section `]` and `[` go
/// from reaction to reaction and mark the one they reach, which `R` answers.
extension ReaderState {
    /// The top line is in the reactions section (its heading or below).
    var isInReactions: Bool {
        guard let heading = reactionsLine else { return false }
        return top >= heading
    }

    /// The header line of the marked reaction, if one is marked.
    public var selectedReactionLine: Int? {
        selectedReaction.flatMap { layout.line(of: .reaction($0)) }
    }

    /// The marked reaction's index in display order, while it is on screen.
    /// Once the reader scrolls it away, `]` and `[` go from what is on screen.
    private var visibleSelection: Int? {
        guard let line = selectedReactionLine, line >= top, line < top + max(1, geometry.rows) else { return nil }
        return layout.reactionLines.firstIndex(of: line)
    }

    /// `]` in the reactions: the next reaction, marked, at the top.
    mutating func nextReaction(ui: Catalogue) -> StatusMessage? {
        while true {
            let lines = layout.reactionLines
            let next = visibleSelection.map { $0 + 1 } ?? lines.firstIndex { $0 >= top }
            if let next, next < lines.count {
                selectedReaction = layout.reactionIDs[next]
                jump(to: lines[next])
                return nil
            }
            // It may not be laid out yet: a few more reactions, and look again.
            guard layOutMore() else { break }
        }
        return StatusMessage(layout.reactionLines.isEmpty ? ui.noReactionsYet : ui.noLaterReaction)
    }

    /// `[` in the reactions: the previous reaction, marked, at the top; from
    /// the first, the section's heading. Returns false on the heading itself,
    /// where `[` is the previous question again.
    mutating func previousReaction() -> Bool {
        guard let heading = reactionsLine else { return false }
        let lines = layout.reactionLines
        let previous = visibleSelection.map { $0 - 1 } ?? lines.lastIndex { $0 < top }
        if let previous, previous >= 0 {
            selectedReaction = layout.reactionIDs[previous]
            jump(to: lines[previous])
            return true
        }
        if top == heading && selectedReaction == nil { return false }
        selectedReaction = nil
        jump(to: heading)
        return true
    }

    /// Marks the reaction `id` and shows it: with the section's heading
    /// ("2 reacties") above it when both fit on the screen, else at the top.
    mutating func reveal(reaction id: String) {
        layOut(reaction: id)
        guard let header = layout.line(of: .reaction(id)) else { return }
        selectedReaction = id
        let later = layout.reactionLines.filter { $0 > header }.min()
        let end = later ?? layout.line(of: .addReaction).map { $0 + 1 } ?? layout.lines.count
        if let heading = reactionsLine, end - heading <= geometry.rows {
            jump(to: heading)
        } else {
            jump(to: header)
        }
    }
}
