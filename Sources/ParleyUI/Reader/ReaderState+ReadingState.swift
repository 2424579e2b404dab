import ParleyKit

/// What the reader remembers between visits: where it stopped, and which
/// reactions were new and are seen now.
extension ReaderState {
    /// Starts a visit: `state` is what the reader remembered of this article
    /// (nil: never opened). Returns whether it went back to where it stopped.
    mutating func begin(remembering state: ArticleReadingState?, atTop: Bool) -> Bool {
        // Ids and times are all the seen digest needs: no reaction's text is decoded for it.
        let all = entry.reactions.outline().outlines
        let seen = state?.seen.seenIDs(of: Array(all)) ?? []
        seenReactions = seen
        newReactions = Set(all.indices.map(all.id(at:))).subtracting(seen)
        noteReactionsOnScreen()
        guard !atTop, let saved = state?.position, saved.block > 1 || saved.offset > 0 else { return false }
        restore(saved)
        return top > 0
    }

    /// A reaction counts as seen once its header has been on screen.
    mutating func noteReactionsOnScreen() {
        guard !newReactions.isEmpty, !newReactions.isSubset(of: seenReactions) else { return }
        let lines = layout.reactionLines
        let ids = layout.reactionIDs
        // The first reaction header at or below the top (binary search).
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid] < top { low = mid + 1 } else { high = mid }
        }
        let bottom = top + max(1, geometry.rows)
        while low < lines.count, lines[low] < bottom {
            seenReactions.insert(ids[low])
            low += 1
        }
    }

    /// The reader's own reaction: never new to them.
    mutating func noteOwn(_ id: String) {
        seenReactions.insert(id)
        newReactions.remove(id)
    }

    /// Whether the reaction `id` is marked new on this visit.
    public func isNew(reaction id: String) -> Bool { newReactions.contains(id) }

    /// What to remember of this visit.
    var readingStateChange: ReadingStateChange {
        ReadingStateChange(
            slug: entry.slug,
            position: layout.savedPosition(atLine: top),
            seen: seenReactions,
            reactions: Array(entry.reactions.outline().outlines)
        )
    }

    /// How many reactions are still new after this visit.
    var newReactionsLeft: Int { newReactions.subtracting(seenReactions).count }

    /// The next reaction new on this visit below the top line, marked, at the top.
    mutating func nextNewReaction(ui: Catalogue) -> StatusMessage? {
        if newReactions.isEmpty { return StatusMessage(ui.noNewReactions) }
        while layOutMore() {}
        let lines = layout.reactionLines
        let ids = layout.reactionIDs
        let current = selectedReactionLine ?? (top - 1)
        for (index, line) in lines.enumerated() where line > max(current, top - 1) && newReactions.contains(ids[index]) {
            selectedReaction = ids[index]
            jump(to: line)
            return nil
        }
        return StatusMessage(ui.noNewReactions)
    }
}

/// What the reader remembers of a visit, for `Effect.keepReadingState`:
/// the effect runner stamps the time and writes it.
public struct ReadingStateChange: Equatable, Sendable {
    public var slug: String
    public var position: SavedPosition?
    public var seen: Set<String>
    /// The article's reactions as the reader has them: outlines (ids, times,
    /// replies; no text), all the seen digest needs.
    public var reactions: [Reaction]
}
