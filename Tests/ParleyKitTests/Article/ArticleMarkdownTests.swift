import Foundation
import ParleyKit
import ParleyTestSupport
import Testing

/// `ArticleMarkdown` writes what `ArticleParser` reads back to the same article.
@Suite struct ArticleMarkdownTests {
    static func article(lead: [Block] = [], exchanges: [Exchange] = [], sections: [Section] = [], metadata: ArticleMetadata = ArticleMetadata(title: "Titel")) -> Article {
        Article(slug: "test", metadata: metadata, lead: lead, exchanges: exchanges, sections: sections)
    }

    static func readBack(_ markdown: String) throws -> Article {
        try ArticleParser(file: "test.md").parse(text: markdown, slug: "test").article.withoutLines
    }

    @Test(arguments: [
        ("plain text, “quoted” and ‘too’", "plain text, “quoted” and ‘too’"),
        ("a*b_c`d[e]f\\g", "a\\*b\\_c\\`d\\[e\\]f\\\\g"),
        ("# not a heading", "\\# not a heading"),
        ("## not a question?", "\\## not a question?"),
        ("> not a quote", "\\> not a quote"),
        ("- not a bullet", "\\- not a bullet"),
        ("+ not a bullet", "\\+ not a bullet"),
        ("* not a bullet", "\\* not a bullet"),
        ("1. not a list", "1\\. not a list"),
        ("2012) not a list", "2012\\) not a list"),
        ("--- not a break", "\\--- not a break"),
        ("___", "\\_\\_\\_"),
        ("![not an image](x.png)", "!\\[not an image\\](x.png)"),
        ("C# and 1. in the middle", "C# and 1. in the middle"),
        ("ends with a backslash \\", "ends with a backslash \\\\"),
    ])
    func textIsEscapedWhereMarkdownWouldReadMarkupAndReadsBackExactly(text: String, line: String) throws {
        let article = Self.article(lead: [.paragraph([.text(text)])])
        let markdown = ArticleMarkdown.render(article)
        #expect(markdown == "---\ntitle: Titel\n---\n\n\(line)\n")
        #expect(try Self.readBack(markdown) == article)
    }

    @Test(arguments: [
        ("Wat is C#", "## Wat is C\\#"),
        ("Nummer ##", "## Nummer \\##"),
        ("#1 of *twee*?", "## #1 of \\*twee\\*?"),
        ("tab\t#", "## tab\t\\#"),
    ])
    func aQuestionsClosingHashesAreEscaped(question: String, line: String) throws {
        let article = Self.article(exchanges: [Exchange(number: 1, question: [.text(question)], answer: [.paragraph([.text("Ja.")])])])
        let markdown = ArticleMarkdown.render(article)
        #expect(markdown == "---\ntitle: Titel\n---\n\n\(line)\n\nJa.\n")
        #expect(try Self.readBack(markdown) == article)
    }

    @Test func aLineBreakInsideTextBecomesASpaceAndCannotOpenAQuestion() throws {
        let article = Self.article(lead: [.paragraph([.text("een\n## twee\r\ndrie")])])
        let markdown = ArticleMarkdown.render(article)
        #expect(markdown == "---\ntitle: Titel\n---\n\neen ## twee drie\n")
        #expect(try Self.readBack(markdown).exchanges.isEmpty)
    }

    @Test(arguments: [
        ("Tof Thissen", "Tof Thissen"),
        ("Gemeente.nu", "Gemeente.nu"),
        ("Thissen: Richt je op regie", "\"Thissen: Richt je op regie\""),
        ("\"Quoted\" title", "\"\\\"Quoted\\\" title\""),
        ("C# #1", "\"C# #1\""),
        ("yes", "\"yes\""),
        ("-dash", "\"-dash\""),
        ("'t Hoen", "\"'t Hoen\""),
        ("tab\there", "\"tab\\there\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("no-break space at the end\u{A0}", "\"no-break space at the end\u{A0}\""),
        ("escape \u{1B}[31m", "\"escape \\u001B[31m\""),
        ("ends with a colon:", "\"ends with a colon:\""),
    ])
    func frontMatterValuesArePlainWhenSafeAndQuotedOtherwise(value: String, written: String) throws {
        var metadata = ArticleMetadata(title: "Titel")
        metadata["interviewee"] = value
        let article = Self.article(metadata: metadata)
        let markdown = ArticleMarkdown.render(article)
        #expect(markdown == "---\ntitle: Titel\ninterviewee: \(written)\n---\n")
        #expect(try Self.readBack(markdown).metadata == metadata)
    }

    @Test func theShippedArticleIsWrittenBackByteForByte() throws {
        let file = TestSupport.articlesFolder.appendingPathComponent("thissen-richt-je-op-regie.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let article = try ArticleParser(file: file.path).parse(text: text, slug: "thissen-richt-je-op-regie").article
        #expect(ArticleMarkdown.render(article) == text)
    }

    @Test func markupBlocksReadBackToTheSameBlocks() throws {
        let lead: [Block] = [
            .paragraph([
                .text("a "), .emphasis([.text("b")]), .text(" "), .strong([.text("c")]), .text(" "),
                .code("d`e"), .text(" "), .link(text: [.text("f")], url: "https://example.org/(x)"), .text(" g"),
            ]),
            .quote([.paragraph([.text("quoted")]), .paragraph([.text("# still quoted")])]),
            .list(ListBlock(ordered: true, start: 3, items: [[.paragraph([.text("three")])], [.paragraph([.text("four")])]])),
            .thematicBreak,
            .list(ListBlock(ordered: false, start: 1, items: [[.paragraph([.text("bullet")])]])),
            .heading(level: 3, [.text("Smaller heading")]),
        ]
        let sections = [Section(title: [.text("Over de auteur")], blocks: [.paragraph([.text("Jan.")])])]
        let exchanges = [Exchange(number: 1, question: [.text("Vraag?")], answer: [.paragraph([.text("Antwoord.")])])]
        let article = Self.article(lead: lead, exchanges: exchanges, sections: sections)
        #expect(try Self.readBack(ArticleMarkdown.render(article)) == article)
    }

    // MARK: - The round trip on generated text

    /// Pieces that text is made of: Markdown's special characters, quotation
    /// marks, white space of several kinds, letters beyond ASCII.
    static let pieces = [
        "a", "b", "Z", "regie", " ", " ", "\t", "\u{A0}", "*", "**", "_", "`", "``", "[", "]", "(", ")", "#", "##", ">", "-", "+",
        "1.", "2)", "10.", "!", "?", ":", ": ", " #", "\\", "\\*", "<", "&amp;", "“", "”", "‘", "’", "«", "»", "„", "\"", "'",
        ",,", "''", "é", "e\u{301}", "漢", "👍🏽", "\u{202E}", "---", "***", "===", "~~~",
    ]

    static func text<G: RandomNumberGenerator>(_ generator: inout G) -> String {
        var text = ""
        while text.isEmpty {
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                text += pieces.randomElement(using: &generator) ?? "a"
            }
            // What Markdown cannot keep: white space at the ends of a paragraph.
            text = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        }
        return text
    }

    static func paragraphs<G: RandomNumberGenerator>(_ range: ClosedRange<Int>, _ generator: inout G) -> [Block] {
        (0..<Int.random(in: range, using: &generator)).map { _ in .paragraph([.text(text(&generator))]) }
    }

    @Test func generatedArticlesOfPlainTextReadBackExactly() throws {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<400 {
            var metadata = ArticleMetadata(title: Self.text(&generator))
            if Bool.random(using: &generator) { metadata["interviewee"] = Self.text(&generator) }
            let exchanges = (0..<Int.random(in: 0...4, using: &generator)).map { index in
                Exchange(number: index + 1, question: [.text(Self.text(&generator))], answer: Self.paragraphs(0...3, &generator))
            }
            let sections = exchanges.isEmpty || Bool.random(using: &generator) ? [] : [
                Section(title: [.text(Self.text(&generator))], blocks: Self.paragraphs(0...2, &generator)),
            ]
            let article = Self.article(lead: Self.paragraphs(0...3, &generator), exchanges: exchanges, sections: sections, metadata: metadata)
            let markdown = ArticleMarkdown.render(article)
            let back = try Self.readBack(markdown)
            #expect(back == article, "\(markdown)")
            if back != article { return }
        }
    }
}
