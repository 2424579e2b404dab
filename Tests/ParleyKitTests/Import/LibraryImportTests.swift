import Foundation
import ParleyKit
import ParleyTestSupport
import Testing

/// Writing an import into the library: both files or neither, never a replaced file.
@Suite struct LibraryImportTests {
    static func result(_ text: String = "Titel\n\nVraag?\n\nAntwoord.\n\n1 reactie\n\n1. Eens.\n") throws -> ImportResult {
        try ImportTesting.run(text, slug: "nieuw")
    }

    static func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func theArticleAndItsReactionsAreWrittenAndNothingElse() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let result = try Self.result()
        let added = try Library.add(result, folder: folder.path)
        #expect(added.article == folder.appendingPathComponent("nieuw.md").path)
        #expect(added.reactions == folder.appendingPathComponent("nieuw.reactions.json").path)
        #expect(try Self.names(folder) == ["nieuw.md", "nieuw.reactions.json"])
        #expect(try String(contentsOfFile: added.article, encoding: .utf8) == result.markdown)
        #expect(try String(contentsOfFile: try #require(added.reactions), encoding: .utf8) == result.reactionsFile)
        let entry = try Library.loadEntry(folder: folder.path, slug: "nieuw")
        #expect(entry.article == result.article)
        #expect(entry.reactions.document == result.reactions)
    }

    @Test func withoutReactionsNoReactionsFileIsWritten() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let added = try Library.add(try Self.result("Titel\n\nVraag?\n\nAntwoord.\n"), folder: folder.path)
        #expect(added.reactions == nil)
        #expect(try Self.names(folder) == ["nieuw.md"])
    }

    @Test func aMissingLibraryFolderIsCreated() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(root) }
        let folder = root.appendingPathComponent("data/parley/articles")
        try Library.add(try Self.result(), folder: folder.path)
        #expect(try Self.names(folder) == ["nieuw.md", "nieuw.reactions.json"])
    }

    @Test(arguments: ["nieuw.md", "nieuw.reactions.json"])
    func anExistingFileIsNeverReplacedAndNothingIsWritten(existing: String) throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let path = folder.appendingPathComponent(existing).path
        try "keep me\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: Library.AddError.exists(path)) { try Library.add(try Self.result(), folder: folder.path) }
        #expect(try Self.names(folder) == [existing])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
    }

    @Test func whenTheArticleCannotBeCreatedTheReactionsFileWrittenBeforeItIsRemoved() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        // A dangling link passes the check for an existing file (it names
        // nothing), but creating the article under its name fails.
        let article = folder.appendingPathComponent("nieuw.md").path
        try FileManager.default.createSymbolicLink(atPath: article, withDestinationPath: folder.appendingPathComponent("nowhere").path)
        #expect(throws: Library.AddError.exists(article)) { try Library.add(try Self.result(), folder: folder.path) }
        #expect(try Self.names(folder) == ["nieuw.md"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: article).hasSuffix("nowhere"))
    }
}
