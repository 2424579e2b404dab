import Foundation
import Testing
import ParleyTestSupport
import ParleyKit
@testable import ParleyUI

/// The reader indexes a reactions file from a mapping whose pages it gives
/// back behind the parser, and reads each reaction again when it is shown.
@Suite("Reactions indexed from a mapped file")
struct MappedReactionsTests {
    private func write(_ text: String, _ name: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    @Test("a long reactions file is indexed from its mapping, pages let go behind the parser, as decode reads it")
    func longReactionsMapped() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        try write("---\ntitle: T\n---\n## V?\n\nA.\n", "t.md", in: folder)
        // About 1.1 MB: four times the 256 KB after which pages are given back.
        let text = CompactReactionLinesTests.reactionsFile(count: 3_000)
        #expect(text.utf8.count > 1 << 20)
        try write(text, "t.reactions.json", in: folder)
        let document = try #require(Library.loadReactions(folder: folder.path, slug: "t").document)
        let opened = try Library.openEntry(folder: folder.path, slug: "t")
        guard case .indexed(let index) = opened.reactions.outline() else {
            Issue.record("the file indexes")
            return
        }
        #expect(index.count == document.reactions.count)
        #expect(index.indicesInPostedOrder.map { index.outlines[$0] } == document.reactionsInPostedOrder.map {
            Reaction(id: $0.id, author: nil, posted: $0.posted, text: "", replyTo: $0.replyTo)
        })
        // Backwards, after the whole file was passed: every reaction read again whole.
        for number in document.reactions.indices.reversed() {
            #expect(index.reaction(at: number) == document.reactions[number])
        }
        // The thread order from the outlines' indexes is the one from the reactions' ids.
        let byIndex = ReactionThreads.order(index)
        let posted = document.reactionsInPostedOrder
        let byID = Self.threadOrderByIDs(posted)
        #expect(byIndex.map { document.reactions[$0.index].id } == byID.map { posted[$0.index].id })
        #expect(byIndex.map(\.depth) == byID.map(\.depth))
        // A reply's target is one reaction read from the file, as the decoded document has it.
        let reader = ReaderState(entry: opened, size: GridSize(width: 80, height: 24), options: LayoutOptions())
        for number in [0, 1_234, document.reactions.count - 1] {
            #expect(reader.reaction(id: document.reactions[number].id) == document.reactions[number])
        }
        #expect(reader.reaction(id: "nobody") == nil)
    }

    /// The thread order as parley made it from the reactions' ids before
    /// the reader kept outlines by index: the reference `order` is held to.
    static func threadOrderByIDs(_ reactions: [Reaction]) -> [(index: Int, depth: Int)] {
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
        var visited: Set<String> = []
        var stack: [(Int, Int)] = roots.reversed().map { ($0, 0) }
        while let (index, depth) = stack.popLast() {
            guard visited.insert(reactions[index].id).inserted else { continue }
            out.append((index, depth))
            for child in (children[reactions[index].id] ?? []).reversed() { stack.append((child, depth + 1)) }
        }
        for index in reactions.indices where !visited.contains(reactions[index].id) {
            visited.insert(reactions[index].id)
            out.append((index, 0))
        }
        return out
    }
}
