@testable import ParleyKit
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

    @Test("FuzzImport: a title that starts with a combining mark is written so that it reads back the same",
          arguments: ["\u{0616}title", "\u{0301}", "\u{200D}x", "\u{1F3FB}y", "\u{0903}a\"b", "e\u{0301}"])
    func titleStartingWithAMark(_ title: String) throws {
        let text = "---\ntitle: \"\(title.unicodeScalars.map { "\\U" + String(repeating: "0", count: 8 - String($0.value, radix: 16).count) + String($0.value, radix: 16) }.joined())\"\n---\n\nA lead.\n"
        let article = try ArticleParser(file: "a.md").parse(text: text, slug: "a").article
        #expect(article.title == title)
        let written = ArticleMarkdown.render(article)
        let reread = try ArticleParser(file: "a.md").parse(text: written, slug: "a").article
        #expect(reread.metadata == article.metadata, "\(written)")
    }

    @Test("FuzzImport: a text whose first line starts with a combining mark imports and reads back")
    func importedMarkFirst() throws {
        // The bytes the fuzzer found: Windows-1252 would not apply, UTF-8 U+0616 starts the title.
        let bytes: [UInt8] = [0xD8, 0x96, 0xB2, 0x9E, 0x8D, 0x20, 0x9A, 0x2E, 0x0E, 0x20, 0x6C]
        let result = try InterviewImporter(options: ImportOptions(file: "fuzz.txt")).run(bytes: bytes)
        let reread = try ArticleParser(file: "l.md").parse(text: result.markdown, slug: result.article.slug).article
        #expect(reread == result.article)
    }
}

@Suite("Fuzz findings: nested lists")
struct NestedListFuzzRegressionTests {
    /// The shape of a block: what the writer must keep (the words may change
    /// where emphasis delimiters touch, docs/fuzzing.md).
    private static func shape(_ block: Block) -> String {
        switch block {
        case .paragraph: "p"
        case .heading(let level, _): "h\(level)"
        case .thematicBreak: "hr"
        case .quote(let inner): "quote(" + inner.map(shape).joined(separator: ",") + ")"
        case .list(let list): "list(" + list.items.map { $0.map(shape).joined(separator: ",") }.joined(separator: ";") + ")"
        }
    }

    // The first is what FuzzArticle minimised its finding to
    // (Fuzz/Corpus/FuzzArticle/nested-lists-with-tabs): an item holding a
    // list whose item holds an empty one was written "- - -", a rule.
    @Test("FuzzArticle: a list item holding lists that end in an empty item reads back as lists, not as a rule",
          arguments: [
            ("-\t*\t-", "list(list(list()))"),
            ("- * -", "list(list(list()))"),
            ("- * + -", "list(list(list(list())))"),
            ("1. - * -", "list(list(list(list())))"),
            ("- * -\n- a", "list(list(list());p)"),
            ("> - * -", "quote(list(list(list())))"),
            ("- * - a", "list(list(list(p)))"),
          ])
    func itemThatWouldReadAsARule(_ body: String, _ expected: String) throws {
        let article = try ArticleParser(file: "a.md").parse(text: "---\ntitle: e\n---\n" + body + "\n", slug: "a").article
        #expect(article.lead.map(Self.shape) == [expected])
        let written = ArticleMarkdown.render(article)
        let reread = try ArticleParser(file: "a.md").parse(text: written, slug: "a").article
        #expect(reread.lead.map(Self.shape) == [expected], "written:\n\(written)")
        #expect(reread == article, "written:\n\(written)")
    }

    @Test("The writer's rule check: only lines Markdown reads as a thematic break")
    func thematicBreakLines() {
        #expect(ArticleMarkdown.isThematicBreak("- - -"))
        #expect(ArticleMarkdown.isThematicBreak("***"))
        #expect(ArticleMarkdown.isThematicBreak("_ _  _"))
        #expect(!ArticleMarkdown.isThematicBreak("- -"))
        #expect(!ArticleMarkdown.isThematicBreak("- * -"))
        #expect(!ArticleMarkdown.isThematicBreak("- - a"))
        #expect(!ArticleMarkdown.isThematicBreak("+ + +"))
    }
}
