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
        let posted = index.indicesInPostedOrder
        var position = [Int](repeating: 0, count: posted.count)
        for (at, reaction) in posted.enumerated() { position[reaction] = at }
        let byIndex = ReactionThreads.order(count: posted.count) { at in index.outlines.parent(of: posted[at]).map { position[$0] } }
        let byID = ReactionThreads.order(document.reactionsInPostedOrder)
        #expect(byIndex.map(\.index) == byID.map(\.index))
        #expect(byIndex.map(\.depth) == byID.map(\.depth))
        // A reply's target is one reaction read from the file, as the decoded document has it.
        let reader = ReaderState(entry: opened, size: GridSize(width: 80, height: 24), options: LayoutOptions())
        for number in [0, 1_234, document.reactions.count - 1] {
            #expect(reader.reaction(id: document.reactions[number].id) == document.reactions[number])
        }
        #expect(reader.reaction(id: "nobody") == nil)
    }
}
