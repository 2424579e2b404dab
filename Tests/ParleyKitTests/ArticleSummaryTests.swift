import Foundation
import ParleyTestSupport
import Testing
@testable import ParleyKit

/// The library's summary of an article (front matter, question count)
/// against the whole parse: the same front matter, count and errors,
/// wherever the chunks it is read in end.
@Suite("Article summaries for the library")
struct ArticleSummaryTests {
    private static let frontMatter = "---\ntitle: T\n---\n"
    private static let chunkSizes = [1, 2, 3, 5, 8, 13, 64, ArticleSummary.chunkSize]

    /// The whole parse, as a summary, or its error's description.
    private func whole(_ bytes: [UInt8]) -> Result<ArticleSummary, ArticleError> {
        Result { () throws(ArticleError) in
            let result = try ArticleParser(file: "a.md").parse(bytes: bytes, slug: "a")
            return ArticleSummary(slug: "a", metadata: result.article.metadata, questionCount: result.article.exchanges.count)
        }
    }

    private func summary(_ bytes: [UInt8], chunkSize: Int) -> Result<ArticleSummary, ArticleError> {
        Result { () throws(ArticleError) in try ArticleSummary.summary(of: bytes, file: "a.md", slug: "a", chunkSize: chunkSize) }
    }

    private func expectSame(_ bytes: [UInt8], chunkSizes: [Int] = chunkSizes, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = whole(bytes)
        for size in chunkSizes {
            switch (expected, summary(bytes, chunkSize: size)) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "chunks of \(size): \(String(decoding: bytes, as: UTF8.self).debugDescription)", sourceLocation: sourceLocation)
            case (.failure(let a), .failure(let b)):
                #expect(a == b, "chunks of \(size)", sourceLocation: sourceLocation)
            case (let a, let b):
                Issue.record("chunks of \(size): \(String(decoding: bytes, as: UTF8.self).debugDescription): whole \(a), summary \(b)", sourceLocation: sourceLocation)
            }
        }
    }

    private func expectSame(_ text: String, chunkSizes: [Int] = chunkSizes, sourceLocation: SourceLocation = #_sourceLocation) {
        expectSame(Array(text.utf8), chunkSizes: chunkSizes, sourceLocation: sourceLocation)
    }

    @Test("the shipped interview: its front matter and its 5 questions, read from the file in chunks")
    func interview() throws {
        let folder = TestSupport.articlesFolder.path
        let listed = try Library.listEntry(folder: folder, slug: "thissen-richt-je-op-regie")
        let entry = try Library.loadEntry(folder: folder, slug: "thissen-richt-je-op-regie")
        #expect(listed.questionCount == 5)
        #expect(listed.questionCount == entry.article.exchanges.count)
        #expect(listed.metadata == entry.article.metadata)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: entry.file)))
        expectSame(bytes)
        // Read by the scan, not by the whole parse it falls back to.
        #expect(try ArticleSummary.scanned(bytes, file: "a.md", slug: "a", chunkSize: 5)?.questionCount == 5)
    }

    @Test("the examples of docs/article-format.md")
    func documentedExamples() throws {
        let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/article-format.md"), encoding: .utf8)
        let blocks = text.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let articles = blocks.map { $0.drop { $0 != "\n" }.dropFirst() }.filter { $0.hasPrefix("---\n") }
        #expect(!articles.isEmpty)
        for article in articles {
            expectSame(String(article))
            #expect((try? ArticleSummary.summary(of: Array(article.utf8), file: "a.md", slug: "a").title) != nil)
        }
    }

    @Test("every article of three lines from these kinds gives the whole parse's count or error")
    func exhaustive() {
        let kinds = ["## Q?", "# S", "Text.", "", "> ## quoted", "- item", "  ## indented", "1. one", "---", "## ", "### h3", "\t## tab", "# ", "## Q ##", "##"]
        for a in kinds {
            for b in kinds {
                for c in kinds {
                    expectSame(Self.frontMatter + [a, b, c].joined(separator: "\n") + "\n", chunkSizes: [1, 4, 64])
                }
            }
        }
    }

    @Test("front matter and line endings the parser handles: CR LF, a byte order mark, no final line end, comments", arguments: [
        "\u{FEFF}---\r\ntitle: T\r\n---\r\nLead.\r\n## One? ##\r\nA.\r\n> q\r\n## Two\r\n- x\r\n# Over\r\nS.\r\n## In section\r\n# \r\n",
        "---\ntitle: \"A: b\"\ninterviewee: X\n# a comment\n\npublished: 2024-01-02\n---\n## Q?",
        "---\ntitle: T\n---",
        "---\ntitle: T\n--- \t\n## Q?\n",
        "---\ntitle: T\n  ---\nmore: x\n---\n## Q?\n",
        "---\ntitle: T\n",
        "no front matter\n## Q?\n",
        "",
        "---\ntitle: T\ntitle: U\n---\n",
        "---\n---\n## Q?\n",
        "---\ntitle: T\n---\nLead.\n- item\n  ## heading in the item\n## Question?\nanswer\n",
    ])
    func edgeCases(text: String) {
        expectSame(text)
    }

    @Test("bytes that are not UTF-8, in the body, a heading or the front matter, and UTF-16: the whole parse's title, count and errors")
    func encodings() throws {
        var body = Array((Self.frontMatter + "## Q?\n\nBad é: ").utf8)
        body += [0xFF, 0xFE]
        body += Array("\n## R?\n".utf8)
        expectSame(body)
        // Read by the scan: the damage is in an answer.
        #expect(try ArticleSummary.scanned(body, file: "a.md", slug: "a", chunkSize: 3)?.questionCount == 2)
        // In headings, of every kind; an answer of Windows-1252 (no UTF-8 sequence at all).
        expectSame(Array((Self.frontMatter + "## ").utf8) + [0xFF] + Array("\n# Section\n".utf8))
        expectSame(Array((Self.frontMatter + "## Q?\n# ").utf8) + [0xC3] + Array("\n".utf8))
        expectSame(Array((Self.frontMatter + "## Q?\n\nA \u{201C}quote\u{201D}.\n").utf8).map { $0 > 0x7F ? 0x93 : $0 } + Array("## \n".utf8))
        expectSame(Array((Self.frontMatter + "## Waarom?\n\n").utf8) + [0x93, 0x41, 0x94] + Array("\n## Hoe?\n".utf8))
        // Windows-1252 throughout: the title's "ö" is read as such.
        expectSame([UInt8]("---\ntitle: Co".utf8) + [0xF6] + [UInt8]("rdinatie\n---\n## Waarom?\n".utf8))
        expectSame([0xFF, 0xFE] + [UInt8]("-\0-\0-\0".utf8))
    }

    @Test("generated articles: the whole parse's question count whatever the chunk size")
    func generated() {
        var random = SeededRandom(seed: 12)
        let lines = ["## Question \(0)?", "# Section", "Prose with *emphasis* and a [link](http://x).", "", "> A quote", "> ## in a quote",
                     "- a list item", "  continued", "1. numbered", "### Smaller heading", "## Another question? ##", "    ## code-like indent", "#hashtag"]
        for _ in 0 ..< 60 {
            var text = "---\ntitle: \"Made up\"\ninterviewee: Someone\nlanguage: en\n---\n"
            for _ in 0 ..< random.next(upTo: 120) {
                text += lines[random.next(upTo: lines.count)] + (random.next(upTo: 10) == 0 ? "\r\n" : "\n")
            }
            expectSame(text, chunkSizes: [1, 7, 100, ArticleSummary.chunkSize])
            if !text.contains("  ## ") && !text.contains("\t## ") {
                #expect((try? ArticleSummary.scanned(Array(text.utf8), file: "a.md", slug: "a", chunkSize: 7)) != nil)
            }
        }
    }

    @Test("an empty question late in a long file is found by the scan, with its line")
    func lateError() throws {
        let text = Self.frontMatter + String(repeating: "## Q?\n\nAnswer.\n\n", count: 20_000) + "##\n"
        #expect(throws: ArticleError(file: "a.md", line: 80_004, problem: .emptyQuestionHeading)) {
            try ArticleSummary.summary(of: Array(text.utf8), file: "a.md", slug: "a")
        }
        expectSame(text, chunkSizes: [ArticleSummary.chunkSize])
    }

    @Test("a library lists a broken article as a problem, with the whole parse's message, and the others still")
    func brokenFrontMatterInLibrary() throws {
        let folder = try TestSupport.makeTemporaryFolder("parley-summary")
        defer { TestSupport.removeTemporaryFolder(folder) }
        try Data("---\ntitle: Good\n---\n## Q?\n".utf8).write(to: folder.appendingPathComponent("good.md"))
        try Data("---\ntitle: [a, list]\n---\n".utf8).write(to: folder.appendingPathComponent("bad.md"))
        try Data("---\ntitle: Unclosed\n## Q?\n".utf8).write(to: folder.appendingPathComponent("open.md"))
        let library = try Library.load(folder: folder.path)
        #expect(library.entries.map(\.slug) == ["good"])
        #expect(library.entries.map(\.questionCount) == [1])
        for slug in ["bad", "open"] {
            let expected = #expect(throws: ArticleError.self) { try Library.loadEntry(folder: folder.path, slug: slug) }
            #expect(library.problems.contains { $0 == expected }, "\(slug): \(library.problems)")
        }
        #expect(library.problems.count == 2)
    }

    @Test("a long article: one question every 150 lines, 1,000 of them, across many chunks")
    func boundedScan() throws {
        // 8 MB of answers with one question every 100 lines.
        var text = Self.frontMatter
        for number in 1 ... 1000 {
            text += "## Question \(number)?\n\n" + String(repeating: "An answer line of some length, as interviews have them.\n", count: 150)
        }
        let bytes = Array(text.utf8)
        #expect(bytes.count > 8_000_000)
        let summary = try ArticleSummary.scanned(bytes, file: "a.md", slug: "a")
        #expect(summary?.questionCount == 1000)
        expectSame(bytes, chunkSizes: [ArticleSummary.chunkSize])
    }
}

/// A small deterministic generator, so a failure can be run again.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed &+ 0x9E37_79B9_7F4A_7C15
    }

    mutating func next(upTo bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(1, bound)))
    }
}
