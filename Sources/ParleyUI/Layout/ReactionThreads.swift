import ParleyKit

/// Orders reactions as threads: each reply right under the reaction it
/// answers, in posted order. A reply to an id that is not there is shown at
/// the top level, never hidden.
public enum ReactionThreads {
    /// Each reaction once, with its depth (0 for top level).
    public static func flatten(_ reactions: [Reaction]) -> [(reaction: Reaction, depth: Int)] {
        let ids = Set(reactions.map(\.id))
        var children: [String: [Reaction]] = [:]
        var roots: [Reaction] = []
        for reaction in reactions {
            if let parent = reaction.replyTo, parent != reaction.id, ids.contains(parent) {
                children[parent, default: []].append(reaction)
            } else {
                roots.append(reaction)
            }
        }
        var out: [(Reaction, Int)] = []
        var visited: Set<String> = []
        // Iterative, so a long chain of replies cannot overflow the stack.
        var stack: [(Reaction, Int)] = roots.reversed().map { ($0, 0) }
        while let (reaction, depth) = stack.popLast() {
            guard visited.insert(reaction.id).inserted else { continue }
            out.append((reaction, depth))
            for child in (children[reaction.id] ?? []).reversed() { stack.append((child, depth + 1)) }
        }
        // Reactions in a reply cycle have no root; show them rather than lose them.
        for reaction in reactions where !visited.contains(reaction.id) {
            visited.insert(reaction.id)
            out.append((reaction, 0))
        }
        return out
    }
}
