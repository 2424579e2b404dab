import Foundation
import Testing
import ParleyTestSupport
@testable import ParleyKit
import ParleyUI

@Suite("Library folder")
struct LibraryTests {
    @Test("resolution: --library, then PARLEY_LIBRARY, then ./articles, then the XDG data folder")
    func resolution() {
        let exists: (String) -> Bool = { $0 == "/work/articles" }
        #expect(LibraryLocation.resolve(option: "/lib", environment: ["PARLEY_LIBRARY": "/env"], currentDirectory: "/work", isDirectory: exists)
            == LibraryLocation(path: "/lib", source: .option))
        #expect(LibraryLocation.resolve(option: nil, environment: ["PARLEY_LIBRARY": "/env"], currentDirectory: "/work", isDirectory: exists)
            == LibraryLocation(path: "/env", source: .environment))
        #expect(LibraryLocation.resolve(option: nil, environment: ["PARLEY_LIBRARY": ""], currentDirectory: "/work", isDirectory: exists)
            == LibraryLocation(path: "articles", source: .workingDirectory))
        #expect(LibraryLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/u"], currentDirectory: "/elsewhere", isDirectory: exists)
            == LibraryLocation(path: "/data/parley/articles", source: .dataHome))
        #expect(LibraryLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"], currentDirectory: "/elsewhere", isDirectory: exists)
            == LibraryLocation(path: "/home/u/.local/share/parley/articles", source: .dataHome))
    }

    private func write(_ text: String, _ name: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    @Test("articles sorted newest first, undated last, then by title; a broken one is reported and hides nothing")
    func loadAndSort() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        try write("---\ntitle: Beta\n---\n", "b.md", in: folder)
        try write("---\ntitle: alpha\n---\n", "a.md", in: folder)
        try write("---\ntitle: Oud\npublished: 2001-01-01\n---\n", "old.md", in: folder)
        try write("---\ntitle: Nieuw\npublished: 2024-05-01\n---\n## V?\n", "new.md", in: folder)
        try write("title: kapot\n", "broken.md", in: folder)
        try write("not json", "a.reactions.json", in: folder)
        try write("{\"version\": 1, \"article\": \"new\", \"reactions\": [{\"id\": \"1\", \"text\": \"t\"}]}", "new.reactions.json", in: folder)
        try write("ignored", "notes.txt", in: folder)
        try write("---\ntitle: hidden\n---\n", ".hidden.md", in: folder)

        let library = try Library.load(folder: folder.path)
        #expect(library.entries.map(\.slug) == ["new", "old", "a", "b"])
        #expect(library.problems.map(Catalogue(.english).message) == ["\(folder.path)/broken.md:1: the file must start with front matter: a line '---', then 'title: ...', then '---'"])
        #expect(library.entry(slug: "new")?.reactionCount == 1)
        #expect(library.entry(slug: "a")?.reactions.error.map(Catalogue(.english).message) == "\(folder.path)/a.reactions.json:1:1: unexpected 'n', expected a value")
        #expect(library.entry(slug: "b")?.reactionCount == 0)
    }

    @Test("a missing folder is an error naming it")
    func missingFolder() {
        #expect(throws: FileSystemError(path: "/nonexistent/parley", operation: .openLibraryFolder, code: ENOENT)) {
            try Library.load(folder: "/nonexistent/parley")
        }
    }

    @Test("a missing article names the file")
    func missingArticle() {
        #expect(Catalogue(.english).message(ArticleError(file: "/tmp/x.md", line: nil, problem: .noSuchArticle)) == "/tmp/x.md: no such article")
        #expect(throws: ArticleError(file: "/tmp/x.md", line: nil, problem: .noSuchArticle)) {
            try Library.loadEntry(folder: "/tmp", slug: "x")
        }
    }

    // A "/" or a leading "." followed by a combining mark is one Character
    // with it, but the file system sees the byte.
    @Test("slugs cannot leave the folder", arguments: ["../etc/passwd", ".hidden", "", "a/b", "a\u{1B}b", "a\u{7F}", "a/\u{301}b", ".\u{301}verborgen"])
    func invalidSlugs(_ slug: String) {
        #expect(!Library.isValidSlug(slug))
    }

    @Test("slugs that name a file in the folder", arguments: ["interview", "één-gesprek", "a.b", "x\u{301}", "2026_11"])
    func validSlugs(_ slug: String) {
        #expect(Library.isValidSlug(slug))
    }

    @Test("check reports every problem with file and line")
    func check() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        try write("---\ntitle: Goed\n---\n", "good.md", in: folder)
        try write("---\ntitle: Goed\npublished: gisteren\n---\n", "date.md", in: folder)
        try write("{\"version\": 1, \"article\": \"other\", \"reactions\": [{\"id\": \"1\", \"text\": \"t\", \"replyTo\": \"9\"}]}", "good.reactions.json", in: folder)
        try write("{\"version\": 1, \"article\": \"gone\", \"reactions\": []}", "gone.reactions.json", in: folder)
        let library = try Library.load(folder: folder.path)
        let report = LibraryCheck.run(library: library, fileNames: try FileSystem.contentsOfDirectory(folder.path))
        let p = folder.path
        #expect(report.articles == 2)
        #expect(report.reactionFiles == 2)
        #expect(report.problems.map(Catalogue(.english).message) == [
            "\(p)/date.md:3: 'published' must be a date written YYYY-MM-DD, found 'gisteren'",
            "\(p)/good.reactions.json: \"article\" is \"other\", but the file belongs to \"good\"",
            "\(p)/good.reactions.json: reaction 1 replies to 9, which is not in the file",
            "\(p)/gone.reactions.json: there is no article gone.md for these reactions",
        ])
    }
}
