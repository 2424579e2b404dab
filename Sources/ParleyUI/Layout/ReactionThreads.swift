import ParleyKit

/// Orders reactions as threads: each reply right under the reaction it
/// answers, in posted order. A reply to an id that is not there is shown at
/// the top level, never hidden.
public enum ReactionThreads {
    /// Each reaction once, with its depth (0 for top level).
    public static func flatten(_ reactions: [Reaction]) -> [(reaction: Reaction, depth: Int)] {
        order(reactions).map { (reactions[$0.index], $0.depth) }
    }

    /// `flatten` as indices into `reactions`: what the reader's layout keeps.
    public static func order(_ reactions: [Reaction]) -> [(index: Int, depth: Int)] {
        let ids = Set(reactions.map(\.id))
        var children: [String: [Int]] = [:]
        var roots: [Int] = []
        for (index, reaction) in reactions.enumerated() {
            if let parent = reaction.replyTo, parent != reaction.id, ids.contains(parent) {
                children[parent, default: []].append(index)
            } else {
                roots.append(index)
            }
        }
        var out: [(index: Int, depth: Int)] = []
        out.reserveCapacity(reactions.count)
        var visited: Set<String> = []
        // Iterative, so a long chain of replies cannot overflow the stack.
        var stack: [(Int, Int)] = roots.reversed().map { ($0, 0) }
        while let (index, depth) = stack.popLast() {
            guard visited.insert(reactions[index].id).inserted else { continue }
            out.append((index, depth))
            for child in (children[reactions[index].id] ?? []).reversed() { stack.append((child, depth + 1)) }
        }
        // Reactions in a reply cycle have no root; show them rather than lose them.
        for index in reactions.indices where !visited.contains(reactions[index].id) {
            visited.insert(reactions[index].id)
            out.append((index, 0))
        }
        return out
    }
}
