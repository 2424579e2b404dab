import ParleyKit

/// Orders reactions as threads: each reply right under the reaction it
/// answers, in posted order. A reply to an id that is not there is shown at
/// the top level, never hidden.
public enum ReactionThreads {
    /// The reactions of `index`, each once, with its depth (0 for top level):
    /// indexes into the file, in thread order, replies in posted order.
    public static func order(_ index: ReactionsIndex) -> [(index: Int, depth: Int)] {
        let posted = index.indicesInPostedOrder
        var position = [Int](repeating: 0, count: posted.count)
        for (at, reaction) in posted.enumerated() { position[reaction] = at }
        return order(count: posted.count) { at in index.outlines.parent(of: posted[at]).map { position[$0] } }
            .map { (posted[$0.index], $0.depth) }
    }

    /// Reactions known by index, in posted order: `parent(i)` is the index
    /// of the reaction `i` answers when that one is there (it may be `i`
    /// itself). Ids are unique in a reactions file, so indexes stand for
    /// them, without a string per reaction.
    static func order(count: Int, parent: (Int) -> Int?) -> [(index: Int, depth: Int)] {
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
