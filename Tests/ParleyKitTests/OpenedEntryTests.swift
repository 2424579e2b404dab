import Foundation
import Testing
import ParleyTestSupport
@testable import ParleyKit
import ParleyUI

@Suite("Opening an article for reading")
struct OpenedEntryTests {
    private func write(_ text: String, _ name: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    private func error(_ body: () throws(ArticleError) -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return Catalogue(.english).message(error)
        }
    }

    @Test("opened and then loaded, it is what loadEntry gives: the shipped interview and its reaction")
    func sameAsLoaded() throws {
        let folder = TestSupport.articlesFolder.path
        let slug = "thissen-richt-je-op-regie"
        let expected = try Library.loadEntry(folder: folder, slug: slug)
        var opened = try Library.openEntry(folder: folder, slug: slug)
        #expect(opened.article.parsedExchanges.isEmpty)
        let loaded = opened.loaded()
        #expect(loaded.article == expected.article)
        #expect(loaded.file == expected.file)
        #expect(loaded.reactions.document == expected.reactions.document)
        #expect(loaded.reactions.document?.reactions.count == 1)
    }

    @Test("no reactions file, an unreadable one, a missing article: the same states and errors as loadEntry")
    func failures() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        try write("---\ntitle: A\n---\n## V?\n", "a.md", in: folder)
        try write("---\ntitle: B\n---\n", "b.md", in: folder)
        try write("not json", "b.reactions.json", in: folder)
        try write("title: kapot\n", "c.md", in: folder)

        let a = try Library.openEntry(folder: folder.path, slug: "a")
        guard case .none = a.reactions.decode() else {
            Issue.record("a has no reactions file")
            return
        }
        let b = try Library.openEntry(folder: folder.path, slug: "b")
        #expect(b.reactions.decode().error == Library.loadReactions(folder: folder.path, slug: "b").error)
        #expect(b.reactions.decode().error != nil)
        for slug in ["c", "missing"] {
            let opened = error { () throws(ArticleError) in _ = try Library.openEntry(folder: folder.path, slug: slug) }
            let loaded = error { () throws(ArticleError) in _ = try Library.loadEntry(folder: folder.path, slug: slug) }
            #expect(opened != nil)
            #expect(opened == loaded)
        }
    }

    @Test("the reactions file is read when first needed, as it was when the article was opened")
    func reactionsReadLater() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let source = TestSupport.articlesFolder.appendingPathComponent("thissen-richt-je-op-regie")
        try FileManager.default.copyItem(at: source.appendingPathExtension("md"), to: folder.appendingPathComponent("t.md"))
        let reactions = try Data(contentsOf: source.appendingPathExtension("reactions.json"))
        let text = try #require(String(data: reactions, encoding: .utf8)).replacingOccurrences(of: "thissen-richt-je-op-regie", with: "t")
        try write(text, "t.reactions.json", in: folder)
        let expected = Library.loadReactions(folder: folder.path, slug: "t")
        #expect(expected.document?.reactions.count == 1)

        let opened = try Library.openEntry(folder: folder.path, slug: "t")
        #expect(opened.reactions.byteCount == text.utf8.count)
        // A writer replaces the file by a rename: the opened entry still reads the one it opened.
        try write("not json", "new.json", in: folder)
        #expect(rename(folder.appendingPathComponent("new.json").path, folder.appendingPathComponent("t.reactions.json").path) == 0)
        #expect(opened.reactions.decode().document == expected.document)
        #expect(opened.reactions.outline().outlines.map(\.id) == expected.document?.reactions.map(\.id))
        // A reaction shown is read again from the file opened, not the new one.
        guard case .indexed(let index) = opened.reactions.outline() else {
            Issue.record("the opened file indexes")
            return
        }
        #expect(index.reaction(at: 0) == expected.document?.reactions.first)
        // Opened again, it is the new file, said to be broken.
        #expect(try Library.openEntry(folder: folder.path, slug: "t").reactions.decode().error != nil)
    }

    @Test("an empty or broken reactions file indexes to the error decode gives", arguments: ["", "not json", "{\"version\": 1, \"article\": \"t\", \"reactions\": [{\"id\": \"a\"}"])
    func brokenReactionsMapped(text: String) throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        try write("---\ntitle: T\n---\n## V?\n", "t.md", in: folder)
        try write(text, "t.reactions.json", in: folder)
        let opened = try Library.openEntry(folder: folder.path, slug: "t")
        guard case .failed(let error) = opened.reactions.outline() else {
            Issue.record("a broken file does not index")
            return
        }
        #expect(error == opened.reactions.decode().error)
        #expect(error == Library.loadReactions(folder: folder.path, slug: "t").error)
    }

    @Test("a file only its owner can write is mapped; one the group or others can write is not, and cannot be cut short under parley",
          arguments: [(0o644, true), (0o600, true), (0o444, true), (0o664, false), (0o646, false), (0o666, false)])
    func mappedOnlyWhenNoOneElseCanWrite(mode: Int, mapped: Bool) throws {
        let me = geteuid()
        #expect(MappedFile.isSafeToMap(owner: me, mode: mode_t(mode), user: me) == mapped)
        // Another user's file can be cut short by them, whatever its mode.
        #expect(!MappedFile.isSafeToMap(owner: me &+ 1, mode: mode_t(mode), user: me))
        // A real file: the same answer, and its reactions the same either way.
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        try write("---\ntitle: T\n---\n## V?\n", "t.md", in: folder)
        let reactions = (0 ..< 3).map { Reaction(id: "id-\($0)", author: "A", posted: nil, text: "Tekst \($0)", replyTo: $0 == 2 ? "id-0" : nil) }
        try write(ReactionsDocument(article: "t", reactions: reactions).encoded(), "t.reactions.json", in: folder)
        let file = folder.appendingPathComponent("t.reactions.json").path
        #expect(chmod(file, mode_t(mode)) == 0)
        let descriptor = open(file, O_RDONLY)
        defer { close(descriptor) }
        #expect(MappedFile.isSafeToMap(descriptor: descriptor) == mapped)
        let opened = try Library.openEntry(folder: folder.path, slug: "t")
        guard case .indexed(let index) = opened.reactions.outline() else {
            Issue.record("the reactions index, mapped or read")
            return
        }
        #expect(index.count == 3)
        #expect(index.outlines.map(\.id) == reactions.map(\.id))
        #expect(index.outlines.map(\.replyTo) == reactions.map(\.replyTo))
        #expect((0 ..< index.count).map { index.reaction(at: $0) } == reactions)
    }
}
