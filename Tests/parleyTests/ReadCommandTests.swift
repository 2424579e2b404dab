import Foundation
import ParleyTestSupport
import Testing

/// `parley` and `parley read` when standard output is not a terminal.
@Suite("Without a terminal")
struct ReadCommandTests {
    @Test func readPrintsWhatShowPrints() throws {
        let library = try TestSupport.copyOfLibrary()
        defer { TestSupport.removeTemporaryFolder(library) }
        let read = try TestSupport.parley(["read", "thissen-richt-je-op-regie"], library: library)
        let show = try TestSupport.parley(["show", "thissen-richt-je-op-regie"], library: library)
        #expect(read.status == 0)
        #expect(read.stderr == "")
        #expect(read.stdout == show.stdout)
        #expect(read.stdout.hasPrefix("Thissen: Richt je op regie\nTof Thissen, directeur KING - Gemeente.nu\n"))
    }

    @Test func readOfAnUnknownArticleIsOneClearError() throws {
        let library = try TestSupport.copyOfLibrary()
        defer { TestSupport.removeTemporaryFolder(library) }
        let result = try TestSupport.parley(["read", "no-such-article"], library: library)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "parley: \(library.path)/no-such-article.md: no such article\n")
    }

    @Test(arguments: [("en", "parley: the library screen needs a terminal; in scripts use 'parley list' or 'parley show SLUG'\n"),
                      ("nl", "parley: het bibliotheekscherm heeft een terminal nodig; gebruik in scripts 'parley list' of 'parley show SLUG'\n")])
    func theLibraryScreenSaysItNeedsATerminal(_ language: String, _ message: String) throws {
        let library = try TestSupport.copyOfLibrary()
        defer { TestSupport.removeTemporaryFolder(library) }
        let result = try TestSupport.parley(["--lang", language], library: library)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == message)
    }
}
