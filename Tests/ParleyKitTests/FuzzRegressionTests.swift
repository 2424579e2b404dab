import ParleyKit
import Testing

/// Inputs the fuzz targets (Fuzz/, docs/fuzzing.md) found, kept as tests of
/// what the writer does guarantee for them.
@Suite("Fuzz findings: the article writer")
struct ArticleFuzzRegressionTests {
    @Test("FuzzArticle: where emphasis delimiters touch, the writer keeps the blocks and the letters",
          arguments: ["---\ntitle: e\n---\n***a*n*\n", "---\ntitle: e\n---\n*\u{05A4} *_***\n"])
    func touchingDelimiters(_ text: String) throws {
        let article = try ArticleParser(file: "a.md").parse(text: text, slug: "a").article
        let written = ArticleMarkdown.render(article)
        let reread = try ArticleParser(file: "a.md").parse(text: written, slug: "a").article
        #expect(reread.metadata == article.metadata)
        #expect(reread.lead.count == 1)
        let letters = { (s: String) in String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != "*" && $0 != "_" })) }
        #expect(letters(reread.lead.plainParagraphs.joined()) == letters(article.lead.plainParagraphs.joined()))
    }

    @Test("FuzzArticle: a lone CR at the end of a file's last line is text, not a line end; the article still reads")
    func loneCR() throws {
        let article = try ArticleParser(file: "a.md").parse(text: "---\ntitle: e\n---\n\r ", slug: "a").article
        #expect(article.title == "e")
        #expect(article.exchanges.isEmpty)
    }
}
