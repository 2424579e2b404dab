import Foundation
@testable import ParleyKit
import ParleyUI
import ParleyTestSupport
import Testing

/// Issue #12: whatever a shared library folder holds in place of a file, no
/// read blocks, nothing is written outside the library or through a link,
/// and damaged data is reported, never rewritten.
@Suite("Hostile files")
struct HostileFilesTests {
    static let slug = "a"
    static let article = "---\ntitle: A\n---\n\n## Q?\n\nAnswer.\n"

    private func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = try TestSupport.makeTemporaryFolder("parley-hostile")
        defer { TestSupport.removeTemporaryFolder(folder) }
        try body(folder)
    }

    private func write(_ text: String, _ folder: URL, _ name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    private func readError(_ path: String, links: FileSystem.Links = .follow) -> FileSystemError? {
        do {
            _ = try FileSystem.readFile(path, links: links)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Files are not always files

    @Test("a FIFO, a device, a folder and a link to a device are refused at once, naming what they are")
    func notRegularFiles() throws {
        try withFolder { folder throws in
            let fifo = folder.appendingPathComponent("fifo.md").path
            #expect(mkfifo(fifo, 0o644) == 0)
            let link = folder.appendingPathComponent("zero.md").path
            #expect(symlink("/dev/zero", link) == 0)
            // Each returns at once: a blocking open of the FIFO would hang this test.
            #expect(readError(fifo)?.notRegular == .fifo)
            #expect(readError(fifo).map(Catalogue(.english).message) == "\(fifo): cannot read: not a regular file but a FIFO (named pipe)")
            #expect(readError("/dev/zero")?.notRegular == .characterDevice)
            #expect(readError(link)?.notRegular == .characterDevice)
            #expect(readError(folder.path)?.notRegular == .directory)
            #expect(readError(link, links: .refuse)?.notRegular == .symbolicLink)
            #expect(readError(folder.appendingPathComponent("missing").path)?.isNotFound == true)
        }
    }

    @Test("the config and a draft that are FIFOs are refused at once, naming the file")
    func configAndDraftFIFOs() throws {
        try withFolder { folder throws in
            let config = folder.appendingPathComponent("config").path
            #expect(mkfifo(config, 0o644) == 0)
            #expect(throws: ConfigError.self) { try UserConfig.load(file: config) }
            do throws(ConfigError) {
                _ = try UserConfig.load(file: config)
            } catch {
                #expect(Catalogue(.english).message(error).contains("not a regular file but a FIFO"))
            }
            var drafts = DraftStore(folder: folder.path)
            #expect(mkfifo(drafts.file(for: "a"), 0o600) == 0)
            #expect(throws: DraftError.fileSystem(FileSystemError(path: drafts.file(for: "a"), operation: .read, notRegular: .fifo))) {
                try drafts.load(slug: "a")
            }
        }
    }

    @Test("one bad entry never hides the others: a FIFO, a folder and a device link beside a good article")
    func libraryKeepsGoodArticles() throws {
        try withFolder { folder throws in
            try write(Self.article, folder, "a.md")
            #expect(mkfifo(folder.appendingPathComponent("fifo.md").path, 0o644) == 0)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir.md"), withIntermediateDirectories: false)
            #expect(symlink("/dev/zero", folder.appendingPathComponent("zero.md").path) == 0)
            let library = try Library.load(folder: folder.path)
            #expect(library.entries.map(\.slug) == ["a"])
            #expect(library.problems.map(Catalogue(.english).message) == [
                "\(folder.path)/dir.md: cannot read: not a regular file but a folder",
                "\(folder.path)/fifo.md: cannot read: not a regular file but a FIFO (named pipe)",
                "\(folder.path)/zero.md: cannot read: not a regular file but a device",
            ])
        }
    }

    @Test("a reactions file that is a FIFO is unreadable, not 'no reactions', and nothing is added to it")
    func reactionsFIFO() throws {
        try withFolder { folder throws in
            try write(Self.article, folder, "a.md")
            #expect(mkfifo(folder.appendingPathComponent("a.reactions.json").path, 0o644) == 0)
            let store = ReactionStore(folder: folder.path, slug: Self.slug)
            #expect(store.read().error.map { Catalogue(.english).message($0.problem) } == "cannot read: not a regular file but a FIFO (named pipe)")
            #expect(throws: ReactionStoreError.notRegularFile(file: store.file, .fifo)) {
                try store.add(ReactionInput(author: nil, text: "Eens."))
            }
        }
    }

    @Test("a symlinked lock file is never followed: nothing is created where it points")
    func symlinkedLockFile() throws {
        try withFolder { folder throws in
            let store = ReactionStore(folder: folder.path, slug: Self.slug)
            let target = folder.appendingPathComponent("elsewhere").path
            #expect(symlink(target, store.lockFile) == 0)
            #expect(throws: ReactionStoreError.self) { try store.add(ReactionInput(author: nil, text: "Eens.")) }
            #expect(!FileManager.default.fileExists(atPath: target))
            #expect(!FileManager.default.fileExists(atPath: store.file))
        }
    }

    @Test("a lock file that is a FIFO fails at once instead of hanging")
    func fifoLockFile() throws {
        try withFolder { folder throws in
            let store = ReactionStore(folder: folder.path, slug: Self.slug)
            #expect(mkfifo(store.lockFile, 0o644) == 0)
            do throws(ReactionStoreError) {
                try store.add(ReactionInput(author: nil, text: "Eens."))
                Issue.record("a reaction was added through a FIFO lock file")
            } catch {
                #expect(Catalogue(.english).message(error).contains("not a regular file but a FIFO"))
            }
        }
    }

    @Test("a symlinked reactions file is read through, but never written through or replaced")
    func symlinkedReactionsFile() throws {
        try withFolder { folder throws in
            let real = folder.appendingPathComponent("real.json")
            try Data(ReactionsDocument(article: Self.slug).encoded().utf8).write(to: real)
            let store = ReactionStore(folder: folder.path, slug: Self.slug)
            #expect(symlink(real.path, store.file) == 0)
            #expect(store.read().document?.reactions == [])
            #expect(throws: ReactionStoreError.notRegularFile(file: store.file, .symbolicLink)) {
                try store.checkCanAdd(replyTo: nil)
            }
            #expect(throws: ReactionStoreError.notRegularFile(file: store.file, .symbolicLink)) {
                try store.add(ReactionInput(author: nil, text: "Eens."))
            }
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: store.file) == real.path)
        }
    }

    @Test("AtomicFile never writes through a link: the link and its target stay as they were")
    func atomicWriteRefusesLinks() throws {
        try withFolder { folder throws in
            let target = folder.appendingPathComponent("target")
            try Data("old".utf8).write(to: target)
            let link = folder.appendingPathComponent("link").path
            #expect(symlink(target.path, link) == 0)
            #expect(throws: FileSystemError(path: link, operation: .replace, notRegular: .symbolicLink)) {
                try AtomicFile.write(Array("new".utf8), to: link, permissions: .keepExisting)
            }
            #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        }
    }

    @Test("a reactions file without write permission for its owner is closed: refused, unchanged")
    func closedReactionsFile() throws {
        try withFolder { folder throws in
            let store = ReactionStore(folder: folder.path, slug: Self.slug)
            try Data(ReactionsDocument(article: Self.slug).encoded().utf8).write(to: URL(fileURLWithPath: store.file))
            #expect(chmod(store.file, 0o444) == 0)
            #expect(throws: ReactionStoreError.closed(file: store.file)) { try store.checkCanAdd(replyTo: nil) }
            #expect(throws: ReactionStoreError.closed(file: store.file)) { try store.add(ReactionInput(author: nil, text: "Eens.")) }
            #expect(Catalogue(.english).message(ReactionStoreError.closed(file: store.file)).hasSuffix("is read-only (no write permission for its owner): reactions to this article are closed"))
        }
    }

    // MARK: - Damaged data

    @Test("bytes that are not UTF-8 and lone surrogates: read as U+FFFD with their lines, never added to")
    func damagedReactions() throws {
        try withFolder { folder throws in
            let store = ReactionStore(folder: folder.path, slug: Self.slug)
            var bytes = Array("{\"version\": 1, \"article\": \"a\", \"reactions\": [\n{\"id\": \"x\", \"text\": \"caf".utf8)
            bytes += [0xE9]  // Latin-1 é
            bytes += Array("\"},\n{\"id\": \"y\", \"text\": \"\\ud800\"}\n]}\n".utf8)
            try Data(bytes).write(to: URL(fileURLWithPath: store.file))
            let document = try #require(store.read().document)
            #expect(document.damagedLines == [2, 3])
            #expect(document.reactions.map(\.text) == ["caf\u{FFFD}", "\u{FFFD}"])
            #expect(throws: ReactionStoreError.damaged(file: store.file, line: 2)) { try store.add(ReactionInput(author: nil, text: "Eens.")) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: store.file)) == Data(bytes))
            try write(Self.article, folder, "a.md")
            let check = LibraryCheck.run(library: try Library.load(folder: folder.path), fileNames: try FileManager.default.contentsOfDirectory(atPath: folder.path))
            #expect(check.problems.map(Catalogue(.english).message).contains { $0.hasPrefix("\(store.file):2: text that is not UTF-8") })
            #expect(check.problems.map(Catalogue(.english).message).contains { $0.hasPrefix("\(store.file):3: text that is not UTF-8") })
        }
    }

    @Test("valid escapes of a surrogate pair are not damage")
    func surrogatePairIsFine() throws {
        let parsed = try JSONParser.parseRecordingDamage(Array("[\"\\ud83d\\ude00\"]".utf8))
        #expect(parsed.value == .array([.string("😀")]))
        #expect(parsed.damagedLines == [])
    }

    // MARK: - Names

    @Test("invisible and direction-changing characters are refused in names; emoji joiners are not")
    func invisibleInNames() throws {
        for scalar: Unicode.Scalar in ["\u{200B}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{2060}", "\u{00AD}"] {
            #expect(throws: ReactionInputError.invisibleCharacterInName(scalar)) {
                try ReactionInput.validatedName("Ann\(scalar)a")
            }
        }
        #expect(try ReactionInput.validatedName("👩‍💻 Ann") == "👩‍💻 Ann")
        #expect(try ReactionInput.validatedName("❤️ Bo") == "❤️ Bo")
    }
}

/// Texts in another encoding: Windows-1252 is read as that, binary is refused.
@Suite("Windows-1252 and binary input")
struct EncodingTests {
    /// “Één vraag” and ö as Windows-1252 single bytes.
    static let windowsArticle: [UInt8] = Array("---\ntitle: Co".utf8) + [0xF6] + Array("rdinatie\n---\n\n## ".utf8)
        + [0x93] + Array("Waarom?".utf8) + [0x94] + Array("\n\nOmdat het ".utf8) + [0x96] + Array(" zo is.\n".utf8)

    @Test("a Windows-1252 article is read as Windows-1252, with one note, not U+FFFD")
    func windowsArticleReads() throws {
        let result = try ArticleParser(file: "a.md").parse(bytes: Self.windowsArticle, slug: "a")
        #expect(result.article.title == "Coördinatie")
        #expect(result.article.exchanges.map(\.question) == [[.text("“Waarom?”")]])
        #expect(result.article.exchanges.first?.answer == [.paragraph([.text("Omdat het – zo is.")])])
        #expect(result.warnings.map(Catalogue(.english).message) == ["a.md:1: the file is not UTF-8; it is read as Windows-1252 (save it as UTF-8)"])
        var incremental = try IncrementalArticle(bytes: Self.windowsArticle, slug: "a", file: "a.md")
        #expect(incremental.article() == result.article)
    }

    @Test("a UTF-8 file with one damaged byte stays UTF-8: its letters are kept, the byte is U+FFFD")
    func damagedUTF8StaysUTF8() throws {
        let bytes = Array("---\ntitle: Één\n---\n\nKapot: ".utf8) + [0x93] + Array("\n".utf8)
        let result = try ArticleParser(file: "a.md").parse(bytes: bytes, slug: "a")
        #expect(result.article.title == "Één")
        #expect(result.article.lead == [.paragraph([.text("Kapot: \u{FFFD}")])])
    }

    @Test("importing a Windows-1252 copy of the interview gives the questions the UTF-8 copy gives, with a note")
    func windowsImport() throws {
        let fixture = TestSupport.repositoryRoot.appendingPathComponent("Tests/ParleyKitTests/Fixtures/000_366deef6f2f8370a.txt")
        let utf8 = try String(contentsOf: fixture, encoding: .utf8)
        let windows = try #require(Self.windows1252(utf8))
        #expect(windows.count < utf8.utf8.count)  // it did have letters and quote marks beyond ASCII
        let fromUTF8 = try InterviewImporter(options: ImportOptions(file: "t.txt")).run(bytes: Array(utf8.utf8))
        let fromWindows = try InterviewImporter(options: ImportOptions(file: "t.txt")).run(bytes: windows)
        #expect(fromWindows.decoding.map(\.reason) == [.windows1252])
        #expect(fromWindows.article.exchanges.map(\.question) == fromUTF8.article.exchanges.map(\.question))
        #expect(fromWindows.article == fromUTF8.article)
        #expect(!fromWindows.markdown.contains("\u{FFFD}"))
    }

    /// `text` as Windows-1252 bytes; nil when it has a character Windows-1252 lacks.
    static func windows1252(_ text: String) -> [UInt8]? {
        let high: [UInt32: UInt8] = [
            0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02C6: 0x88,
            0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
            0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
            0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
        ]
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                bytes.append(UInt8(scalar.value))
            } else if let byte = high[scalar.value] {
                bytes.append(byte)
            } else {
                return nil
            }
        }
        return bytes
    }

    @Test("binary input to import is refused: a PDF, a zip (docx), NUL-filled bytes")
    func binaryImportRefused() {
        for bytes: [UInt8] in [Array("%PDF-1.7\n".utf8) + [0, 1, 2], [0x50, 0x4B, 0x03, 0x04, 0, 0, 9], [UInt8](repeating: 0, count: 100) + Array("a".utf8)] {
            #expect(Catalogue(.english).message(ImportError(file: "t.txt", problem: .notText)) == "t.txt: this is not text (a document, an image or an archive): give a plain-text copy of the interview")
            #expect(throws: ImportError(file: "t.txt", problem: .notText)) {
                try InterviewImporter(options: ImportOptions(file: "t.txt")).run(bytes: bytes)
            }
        }
    }
}
