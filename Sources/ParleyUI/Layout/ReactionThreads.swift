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

    /// `order` for reactions known by index, as the reader holds them
    /// (`ReactionOutlines`): `parent(i)` is the index of the reaction `i`
    /// answers when that one is there (it may be `i` itself). Ids are unique
    /// there, so this orders as `order` does, without a string per reaction.
    public static func order(count: Int, parent: (Int) -> Int?) -> [(index: Int, depth: Int)] {
        // Each reaction's replies, in order, as one array: `firstChild[i]`
        // is where reaction `i`'s start in `children`.
        var firstChild = [Int](repeating: 0, count: count + 1)
        var parents = [Int](repeating: -1, count: count)
        var roots: [Int] = []
        for index in 0 ..< count {
            if let answered = parent(index), answered != index {
                parents[index] = answered
                firstChild[answered + 1] += 1
            } else {
                roots.append(index)
            }
        }
        for index in 0 ..< count { firstChild[index + 1] += firstChild[index] }
        var children = [Int](repeating: 0, count: count - roots.count)
        var filled = firstChild
        for index in 0 ..< count where parents[index] >= 0 {
            children[filled[parents[index]]] = index
            filled[parents[index]] += 1
        }
        var out: [(index: Int, depth: Int)] = []
        out.reserveCapacity(count)
        var visited = [Bool](repeating: false, count: count)
        // Iterative, so a long chain of replies cannot overflow the stack.
        var stack: [(Int, Int)] = roots.reversed().map { ($0, 0) }
        while let (index, depth) = stack.popLast() {
            guard !visited[index] else { continue }
            visited[index] = true
            out.append((index, depth))
            for child in children[firstChild[index] ..< firstChild[index + 1]].reversed() { stack.append((child, depth + 1)) }
        }
        // Reactions in a reply cycle have no root; show them rather than lose them.
        for index in 0 ..< count where !visited[index] {
            out.append((index, 0))
        }
        return out
    }
}
