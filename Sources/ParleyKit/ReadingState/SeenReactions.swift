import FoundationEssentials

/// Which of an article's reactions a reader has seen, in a few hundred bytes
/// whatever the number of reactions.
///
/// A set of ids would cost 37 bytes a reaction (370 KB for 10,000), and a
/// high-water mark on the posted time alone would miss a reaction that
/// arrives later by sync with an older time. So the set is kept as:
///
/// - a mark: the (posted, id) of a reaction; every reaction up to it, in
///   posted order, that was in the file when the state was saved is seen,
///   except the `unseen` ones;
/// - a digest of exactly those reactions up to the mark: 16 buckets of a
///   count and the XOR of their ids' hashes. A reaction that arrives later
///   with an older time changes its bucket, and is found by its hash when it
///   is the only newcomer in the bucket; when a bucket gained more than one,
///   all its reactions count as new again (over-reporting, never missing);
/// - `unseen`: hashes of reactions up to the mark that were not seen (at most
///   `maximumExceptions`; the mark is moved down to keep within it);
/// - `alsoSeen`: hashes of reactions after the mark that were seen (at most
///   `maximumExceptions`; past that the later ones count as new again).
///
/// Hashes are 64-bit FNV-1a of the id; two ids of one article sharing one is
/// not a case worth a byte.
public struct SeenReactions: Equatable, Sendable {
    public struct Mark: Equatable, Sendable {
        public var posted: ReactionTime?
        public var id: String
    }

    public static let bucketCount = 16
    public static let maximumExceptions = 8

    public private(set) var mark: Mark?
    public private(set) var counts: [Int]
    public private(set) var xors: [UInt64]
    public private(set) var unseen: [UInt64]
    public private(set) var alsoSeen: [UInt64]

    /// Nothing recorded as seen.
    public var isEmpty: Bool { mark == nil && alsoSeen.isEmpty }

    /// Nothing seen.
    public init() {
        mark = nil
        counts = Array(repeating: 0, count: Self.bucketCount)
        xors = Array(repeating: 0, count: Self.bucketCount)
        unseen = []
        alsoSeen = []
    }

    init(mark: Mark?, counts: [Int], xors: [UInt64], unseen: [UInt64], alsoSeen: [UInt64]) {
        self.mark = mark
        self.counts = counts
        self.xors = xors
        self.unseen = unseen
        self.alsoSeen = alsoSeen
    }

    /// Records that `seen` (ids) are the reactions seen of `reactions`, the
    /// article's reactions as they are now.
    public init(seen: Set<String>, of reactions: [Reaction]) {
        self.init()
        let ordered = reactions.sorted(by: Self.inOrder)
        // The mark: the last seen reaction such that at most
        // `maximumExceptions` unseen ones come before it.
        var markIndex: Int?
        var unseenBefore = 0
        for (index, reaction) in ordered.enumerated() {
            if seen.contains(reaction.id) {
                markIndex = index
            } else {
                unseenBefore += 1
                if unseenBefore > Self.maximumExceptions { break }
            }
        }
        guard let markIndex else {
            // Too many unseen before the first seen one: no mark, only exceptions.
            for reaction in ordered where seen.contains(reaction.id) {
                guard alsoSeen.count < Self.maximumExceptions else { break }
                alsoSeen.append(StableHash.fnv1a64(reaction.id))
            }
            return
        }
        let last = ordered[markIndex]
        mark = Mark(posted: last.posted, id: last.id)
        for reaction in ordered[...markIndex] {
            let hash = StableHash.fnv1a64(reaction.id)
            let bucket = Self.bucket(hash)
            counts[bucket] += 1
            xors[bucket] ^= hash
            if !seen.contains(reaction.id) { unseen.append(hash) }
        }
        for reaction in ordered[(markIndex + 1)...] where seen.contains(reaction.id) {
            guard alsoSeen.count < Self.maximumExceptions else { break }
            alsoSeen.append(StableHash.fnv1a64(reaction.id))
        }
    }

    /// The ids of `reactions` (the article's reactions now) that were seen.
    public func seenIDs(of reactions: [Reaction]) -> Set<String> {
        var seen = Set<String>()
        visitSeen(of: reactions) { seen.insert($0.id) }
        return seen
    }

    /// How many of `reactions` were seen: the library's count, without a set.
    public func seenCount(of reactions: [Reaction]) -> Int {
        var count = 0
        visitSeen(of: reactions) { _ in count += 1 }
        return count
    }

    private func visitSeen(of reactions: [Reaction], _ visit: (Reaction) -> Void) {
        // The library counts this for every article at each start: hashes
        // and indexes in scratch space on the stack rather than copies of
        // the reactions and sets, and the (at most `maximumExceptions`)
        // exceptions searched as they are.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * Self.bucketCount) { buckets in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: reactions.count) { upToMarkHashes in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: reactions.count) { upToMarkIndexes in
                    // buckets[0..<16]: counts now; buckets[16..<32]: XORs now.
                    buckets.initialize(repeating: 0)
                    var upToMark = 0
                    for index in reactions.indices {
                        let hash = StableHash.fnv1a64(reactions[index].id)
                        if let mark, Self.isAtOrBefore(reactions[index], mark) {
                            let bucket = Self.bucket(hash)
                            buckets[bucket] += 1
                            buckets[Self.bucketCount + bucket] ^= hash
                            upToMarkHashes[upToMark] = hash
                            upToMarkIndexes[upToMark] = index
                            upToMark += 1
                        } else if alsoSeen.contains(hash) {
                            visit(reactions[index])
                        }
                    }
                    for position in 0 ..< upToMark {
                        let hash = upToMarkHashes[position]
                        guard !unseen.contains(hash) else { continue }
                        let bucket = Self.bucket(hash)
                        let nowCount = Int(buckets[bucket]), nowXor = buckets[Self.bucketCount + bucket]
                        if nowCount == counts[bucket] && nowXor == xors[bucket] {
                            visit(reactions[upToMarkIndexes[position]])
                        } else if nowCount == counts[bucket] + 1 && nowXor ^ xors[bucket] != hash {
                            // One newcomer in this bucket, and it is not this one.
                            visit(reactions[upToMarkIndexes[position]])
                        }
                        // Otherwise the bucket changed in a way that cannot be told apart:
                        // its reactions count as new again rather than miss one.
                    }
                }
            }
        }
    }

    /// Posted order, as the reactions file's readers sort: unknown times
    /// first, then by time, then by id so that the order is total.
    static func inOrder(_ a: Reaction, _ b: Reaction) -> Bool {
        switch (a.posted, b.posted) {
        case (nil, nil): return a.id < b.id
        case (nil, _?): return true
        case (_?, nil): return false
        case let (x?, y?): return x.date == y.date ? a.id < b.id : x.date < y.date
        }
    }

    private static func isAtOrBefore(_ reaction: Reaction, _ mark: Mark) -> Bool {
        switch (reaction.posted, mark.posted) {
        case (nil, nil): return reaction.id <= mark.id
        case (nil, _?): return true
        case (_?, nil): return false
        case let (x?, y?): return x.date == y.date ? reaction.id <= mark.id : x.date < y.date
        }
    }

    private static func bucket(_ hash: UInt64) -> Int {
        Int(hash >> 60) & (bucketCount - 1)
    }
}
