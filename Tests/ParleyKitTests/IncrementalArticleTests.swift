import Foundation
import ParleyTestSupport
import Testing
@testable import ParleyKit
import ParleyUI

@Suite("Articles parsed a question at a time")
struct IncrementalArticleTests {
    private static let frontMatter = "---\ntitle: T\n---\n"

    /// The whole parse's result, or its error's description.
    private func whole(_ text: String) -> Result<ArticleParser.Result, ArticleError> {
        Result { () throws(ArticleError) in try ArticleParser(file: "a.md").parse(bytes: Array(text.utf8), slug: "a") }
    }

    /// The incremental parse, completed, in the same shape.
    private func incremental(_ text: String) -> Result<ArticleParser.Result, ArticleError> {
        Result { () throws(ArticleError) in
            var article = try IncrementalArticle(bytes: Array(text.utf8), slug: "a", file: "a.md")
            return ArticleParser.Result(article: article.article(), warnings: article.warnings)
        }
    }

    private func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        switch (whole(text), incremental(text)) {
        case (.success(let a), .success(let b)):
            #expect(a.article == b.article, "\(text.debugDescription)", sourceLocation: sourceLocation)
            #expect(a.warnings == b.warnings, sourceLocation: sourceLocation)
        case (.failure(let a), .failure(let b)):
            #expect(a == b, sourceLocation: sourceLocation)
        case (let a, let b):
            Issue.record("\(text.debugDescription): whole \(a), incremental \(b)", sourceLocation: sourceLocation)
        }
    }

    @Test("the shipped interview: the same article, and only the lead parsed at first")
    func interview() throws {
        let file = TestSupport.articlesFolder.appendingPathComponent("thissen-richt-je-op-regie.md")
        let bytes = Array(try Data(contentsOf: file))
        let expected = try ArticleParser(file: "x").parse(bytes: bytes, slug: "thissen").article
        var article = try IncrementalArticle(bytes: bytes, slug: "thissen", file: "x")
        #expect(article.parsedExchanges.isEmpty)
        #expect(article.lead == expected.lead)
        #expect(article.questions == expected.exchanges.map(\.question))
        #expect(article.exchangeCount == 5)
        article.parseExchanges(through: 2)
        #expect(article.parsedExchanges == Array(expected.exchanges.prefix(2)))
        #expect(!article.isComplete)
        #expect(article.article() == expected)
        #expect(article.isComplete)
    }

    @Test("every article of four lines from these kinds parses the same either way")
    func exhaustive() {
        let kinds = ["## Q?", "# S", "Text.", "", "> quote", "- item", "  ## indented", "  more", "1. one", "---", "## ", "### h3", "\t## tab", "# "]
        for a in kinds {
            for b in kinds {
                for c in kinds {
                    for d in kinds {
                        expectSame(Self.frontMatter + [a, b, c, d].joined(separator: "\n") + "\n")
                    }
                }
            }
        }
    }

    @Test("line endings, a byte order mark, invalid UTF-8, closing hashes, sections after questions", arguments: [
        "\u{FEFF}---\r\ntitle: T\r\n---\r\nLead.\r\n## One? ##\r\nA.\r\n> q\r\n## Two\r\n- x\r\n- y\r\n# Over\r\nS.\r\n## In section\r\nz\r\n",
        frontMatter + "Lead.\n\n# Lead heading\n\n## One?\n\nAnswer.\n\n# Section\n\nText.\n\n# Second\n",
        frontMatter + "## Only a question",
        frontMatter + "No questions at all.\n\n# Not a section: in the lead\n",
        frontMatter + "Lead.\n- item\n  ## heading in the item\n## Question?\nanswer\n",
    ])
    func edgeCases(text: String) {
        expectSame(text)
    }

    @Test("invalid UTF-8 in an answer: the same warning and replacement characters")
    func invalidUTF8() throws {
        // "é" makes it UTF-8 with damage, not Windows-1252 (#12).
        var bytes = Array((Self.frontMatter + "## Q?\n\nBad é: ").utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\n## R?\n".utf8)
        let expected = try ArticleParser(file: "a.md").parse(bytes: bytes, slug: "a")
        var article = try IncrementalArticle(bytes: bytes, slug: "a", file: "a.md")
        #expect(article.warnings == expected.warnings)
        #expect(article.warnings.map(\.line) == [6])
        #expect(article.article() == expected.article)
    }

    @Test("an empty question late in the file is reported at once, as the whole parse reports it")
    func lateError() {
        let text = Self.frontMatter + String(repeating: "## Q?\n\nAnswer.\n\n", count: 50) + "##\n"
        guard case .failure(let error) = incremental(text) else {
            Issue.record("no error")
            return
        }
        #expect(Catalogue(.english).message(error) == "a.md:204: a question heading ('##') has no text")
        expectSame(text)
    }

    @Test("byte offsets: the lead ends where the first question starts; the last answer ends the file")
    func byteOffsets() throws {
        let text = Self.frontMatter + "Lead.\n\n## One?\n\nA.\n\n## Two?\n\nB.\n"
        let article = try IncrementalArticle(bytes: Array(text.utf8), slug: "a", file: "a.md")
        let firstQuestion = text.utf8.count - "## One?\n\nA.\n\n## Two?\n\nB.\n".utf8.count
        #expect(article.byteOffset(afterQuestion: 0) == firstQuestion)
        #expect(article.byteOffset(afterQuestion: 1) == text.utf8.count - "## Two?\n\nB.\n".utf8.count)
        #expect(article.byteOffset(afterQuestion: 2) == text.utf8.count)
        #expect(article.byteCount == text.utf8.count)
    }
}
