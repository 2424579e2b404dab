import ParleyKit
import Synchronization

/// The lines of an `ArticleLayout`: those it keeps, and the reactions' lines,
/// which the reader's layout does not keep but lays out again, a reaction at
/// a time, when they are looked at (`CompactReactionLines`). Either way a
/// line is the same line: `IncrementalLayoutTests` compares the reader's
/// layout with one that keeps every line.
public struct LayoutLines: RandomAccessCollection, Equatable, Sendable {
    private let stored: [StyledLine]
    private let reactions: CompactReactionLines?

    init(stored: [StyledLine], reactions: CompactReactionLines?) {
        self.stored = stored
        self.reactions = reactions
    }

    private var gapStart: Int { reactions?.firstLine ?? stored.count }
    private var gapCount: Int { reactions?.lineCount ?? 0 }

    public var startIndex: Int { 0 }
    public var endIndex: Int { stored.count + gapCount }

    public subscript(index: Int) -> StyledLine {
        let start = gapStart
        if index < start { return stored[index] }
        if let reactions, index < start + reactions.lineCount { return reactions.line(index - start) }
        return stored[index - gapCount]
    }

    public static func == (a: LayoutLines, b: LayoutLines) -> Bool {
        a.elementsEqual(b)
    }
}

/// Where each reaction's lines are in a layout, and how to lay them out
/// again: its index in the reactions file, its depth in the thread and the
/// block number before it (a line's origin). A few reactions' lines are
/// kept, so that a screen or a search going down the lines lays out each
/// reaction once.
struct CompactReactionLines: Sendable {
    let width: Int
    let glyphs: Glyphs
    let labels: Catalogue
    /// The layout line of the first reaction's first line.
    private(set) var firstLine = 0
    private(set) var lineCount = 0
    private var index: ReactionsIndex?
    private var entries: [Entry] = []
    /// Each reaction's first line, counted from `firstLine`, for a binary search.
    private var starts: [Int32] = []
    private let cache = Cache()

    private struct Entry: Sendable {
        var index: Int32
        var depth: Int32
        var blockBefore: Int32
    }

    init(width: Int, glyphs: Glyphs, labels: Catalogue) {
        self.width = width
        self.glyphs = glyphs
        self.labels = labels
    }

    /// The reactions start at layout line `line`.
    mutating func start(atLine line: Int, index: ReactionsIndex?) {
        firstLine = line
        self.index = index
    }

    mutating func append(index: Int, depth: Int, blockBefore: Int, lineCount count: Int) {
        entries.append(Entry(index: Int32(index), depth: Int32(depth), blockBefore: Int32(blockBefore)))
        starts.append(Int32(lineCount))
        lineCount += count
    }

    /// Line `offset` of the reactions' lines.
    func line(_ offset: Int) -> StyledLine {
        // The last reaction starting at or before `offset`.
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if Int(starts[mid]) <= offset { low = mid + 1 } else { high = mid }
        }
        let entry = low - 1
        return lines(ofEntry: entry)[offset - Int(starts[entry])]
    }

    private func lines(ofEntry number: Int) -> [StyledLine] {
        if let known = cache.lines.withLock({ $0[number] }) { return known }
        let entry = entries[number]
        // `index` is set before any entry is appended.
        guard let index else { return [] }
        var builder = ArticleLayoutBuilder(width: width, glyphs: glyphs, labels: labels)
        builder.block = Int(entry.blockBefore)
        _ = builder.layOut(index.reaction(at: Int(entry.index)), depth: Int(entry.depth))
        let made = builder.lines
        cache.lines.withLock { kept in
            if kept.count >= Self.reactionsKept { kept.removeAll(keepingCapacity: true) }
            kept[number] = made
        }
        return made
    }

    /// More than a screenful of short reactions.
    static let reactionsKept = 64

    /// Lines laid out again, shared by the copies of a layout: a line is
    /// the same whichever copy lays it out.
    private final class Cache: Sendable {
        let lines = Mutex<[Int: [StyledLine]]>([:])
    }
}
