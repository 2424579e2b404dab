import Testing
import ParleyTestSupport
@testable import ParleyKit
import ParleyUI

@Suite("Article files")
struct ArticleParserTests {
    private func parse(_ text: String) throws(ArticleError) -> Article {
        try ArticleParser(file: "a.md").parse(text: text, slug: "a").article
    }

    private func error(_ text: String) -> ArticleError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("front matter: plain and double-quoted values, comments, all known keys, unknown keys kept in order")
    func frontMatter() throws {
        let article = try parse("""
        ---
        # a comment
        title: "Thissen: Richt je op regie"
        interviewee: Tof Thissen
        role: directeur KING
        source: Gemeente.nu
        url: https://www.gemeente.nu/thissen
        published: 2013-01-15
        language: nl
        photographer: "Jan \\"de\\" Vries \\u00e9"
        ---
        """)
        #expect(article.title == "Thissen: Richt je op regie")
        #expect(article.metadata.interviewee == "Tof Thissen")
        #expect(article.metadata.role == "directeur KING")
        #expect(article.metadata.source == "Gemeente.nu")
        #expect(article.metadata.url == "https://www.gemeente.nu/thissen")
        #expect(article.metadata.published == PublishedDate(year: 2013, month: 1, day: 15))
        #expect(article.metadata.language == "nl")
        #expect(article.metadata["photographer"] == "Jan \"de\" Vries é")
        #expect(article.metadata.fields.map(\.key) == ["title", "interviewee", "role", "source", "url", "published", "language", "photographer"])
        #expect(article.lead.isEmpty && article.exchanges.isEmpty)
    }

    @Test("front matter errors name the line", arguments: [
        ("title: T\n", 1, "the file must start with front matter"),
        ("---\ntitle: T\n", 1, "never closed"),
        ("---\nrole: x\n---\n", 1, "no 'title'"),
        ("---\ntitle: \"\"\n---\n", 2, "the title is empty"),
        ("---\ntitle: T\ntitle: U\n---\n", 3, "'title' is given twice"),
        ("---\ntitle: T\n  nested: x\n---\n", 3, "indented lines"),
        ("---\ntitle: T\nrole\n---\n", 3, "expected 'key: value'"),
        ("---\ntitle: T\nrole:x\n---\n", 3, "put a space after the ':'"),
        ("---\ntitle: T\nrole:\n---\n", 3, "'role' has no value"),
        ("---\ntitle: 'T'\n---\n", 2, "single-quoted"),
        ("---\ntitle: [a, b]\n---\n", 2, "lists and maps"),
        ("---\ntitle: |\n---\n", 2, "block scalars"),
        ("---\ntitle: *ref\n---\n", 2, "anchors, aliases and tags"),
        ("---\ntitle: a: b\n---\n", 2, "must be in double quotes"),
        ("---\ntitle: nummer #1\n---\n", 2, "starts a comment"),
        ("---\ntitle: \"open\n---\n", 2, "no closing double quote"),
        ("---\ntitle: \"a\\qb\"\n---\n", 2, "unknown escape"),
        ("---\ntitle: \"a\" b\n---\n", 2, "after the closing quote"),
        ("---\ntitle: T\npublished: 15-01-2013\n---\n", 3, "YYYY-MM-DD"),
        ("---\ntitle: T\npublished: 2013-02-30\n---\n", 3, "YYYY-MM-DD"),
        ("---\ntitle: T\nlanguage: Nederlands\n---\n", 3, "language code"),
        ("---\ntitle: T\nmy key: x\n---\n", 3, "is not a key"),
        ("---\ntitle: T\n---\n## \n", 4, "question heading"),
        ("---\ntitle: T\n---\n## V\n# \n", 5, "section heading has no text"),
    ] as [(String, Int, String)])
    func frontMatterErrors(_ text: String, _ line: Int, _ message: String) {
        let found = error(text)
        #expect(found?.file == "a.md")
        #expect(found?.line == line)
        #expect(found.map { Catalogue(.english).message($0.problem) }?.contains(message) == true, "\(String(describing: found))")
    }

    @Test("a UTF-16 file is refused; invalid UTF-8 in the front matter is read as in the body, with a warning naming its line (#12)")
    func encodingErrors() {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("---".utf8).flatMap { [$0, 0] }
        let utf16Error = ArticleError(file: "a.md", line: 1, problem: .utf16)
        #expect(Catalogue(.english).message(utf16Error) == "a.md:1: the file is UTF-16, not UTF-8; save it as UTF-8")
        #expect(throws: utf16Error) {
            try ArticleParser(file: "a.md").parse(bytes: utf16, slug: "a")
        }
        let bad: [UInt8] = Array("---\ntitle: café ".utf8) + [0xFF] + Array("\n---\n".utf8)
        let result = try? ArticleParser(file: "a.md").parse(bytes: bad, slug: "a")
        #expect(result?.article.title == "café \u{FFFD}")
        #expect(result?.warnings == [ArticleWarning(file: "a.md", line: 2, problem: .invalidUTF8)])
        #expect(result?.warnings.map(Catalogue(.english).message) == ["a.md:2: bytes that are not UTF-8 are shown as \u{FFFD}"])
    }

    @Test("invalid UTF-8 in the body becomes U+FFFD with a warning naming the line")
    func invalidBody() throws {
        // The title's "é" makes it UTF-8 with damage, not Windows-1252 (#12).
        let bytes: [UInt8] = Array("---\ntitle: Té\n---\n\ncaf".utf8) + [0xE9, 0xFF] + Array(" au lait\n".utf8)
        let result = try ArticleParser(file: "a.md").parse(bytes: bytes, slug: "a")
        #expect(result.article.lead == [.paragraph([.text("caf\u{FFFD}\u{FFFD} au lait")])])
        #expect(result.warnings == [ArticleWarning(file: "a.md", line: 5, problem: .invalidUTF8)])
        #expect(result.warnings.map(Catalogue(.english).message) == ["a.md:5: bytes that are not UTF-8 are shown as \u{FFFD}"])
    }

    @Test("NUL bytes and CRLF line ends are read, not a crash")
    func nulAndCRLF() throws {
        let article = try parse("---\r\ntitle: T\r\n---\r\n\r\na\u{0}b\r\n## V?\r\nA\r\n")
        #expect(article.lead == [.paragraph([.text("a\u{0}b")])])
        #expect(article.exchanges.map(\.question) == [[.text("V?")]])
        #expect(article.exchanges[0].line == 6)
    }

    @Test("structure: lead, numbered questions with answers, trailing sections")
    func structure() throws {
        let article = try parse("""
        ---
        title: T
        ---
        Lead een.

        # Kop in de lead

        ## Eerste vraag?

        Antwoord een.

        ### Tussenkop

        Antwoord twee.

        ## Tweede *vraag*?

        # Over de auteur

        Tekst.

        ## Geen vraag meer
        """)
        #expect(article.lead == [.paragraph([.text("Lead een.")]), .heading(level: 1, [.text("Kop in de lead")])])
        #expect(article.exchanges.count == 2)
        #expect(article.exchanges[0] == Exchange(number: 1, question: [.text("Eerste vraag?")],
            answer: [.paragraph([.text("Antwoord een.")]), .heading(level: 3, [.text("Tussenkop")]), .paragraph([.text("Antwoord twee.")])], line: 8))
        #expect(article.exchanges[1].number == 2)
        #expect(article.exchanges[1].question == [.text("Tweede "), .emphasis([.text("vraag")]), .text("?")])
        #expect(article.exchanges[1].answer.isEmpty)
        #expect(article.sections == [Section(title: [.text("Over de auteur")], blocks: [.paragraph([.text("Tekst.")]), .heading(level: 2, [.text("Geen vraag meer")])], line: 18)])
    }

    @Test("a 2 MB single-line paragraph of marks and links parses")
    func hugeLine() throws {
        let line = String(repeating: "woord *x* [y](z) ", count: 120_000)
        let article = try parse("---\ntitle: T\n---\n" + line)
        #expect(article.lead.count == 1)
    }
}

@Suite("The interview in articles/")
struct InterviewTests {
    static let entry: LibraryEntry? = try? Library.loadEntry(folder: TestSupport.articlesFolder.path, slug: "thissen-richt-je-op-regie")

    @Test("metadata as published")
    func metadata() throws {
        let article = try #require(Self.entry).article
        #expect(article.title == "Thissen: Richt je op regie")
        #expect(article.metadata.interviewee == "Tof Thissen")
        #expect(article.metadata.role == "directeur KING")
        #expect(article.metadata.source == "Gemeente.nu")
        #expect(article.metadata.language == "nl")
    }

    @Test("the five questions, word for word")
    func questions() throws {
        let article = try #require(Self.entry).article
        #expect(article.exchanges.map { $0.question.plainText } == [
            "Er is halverwege 2012 voor gekozen om KING al coöperatie onder te brengen binnen de VNG. Verandert daardoor in de praktijk iets aan de werkwijze van KING?",
            "Regie is een veel gehoord woord vanuit KING, waarom?",
            "Dat klinkt als een proces dat jaren gaat duren",
            "Iets wat gemeenten niet alleen kunnen, of ?",
            "En wat zijn de uitdagingen voor KING?",
        ])
    }

    @Test("the lead, every answer and the reaction are the published paragraphs, byte for byte")
    func answersAndReaction() throws {
        let entry = try #require(Self.entry)
        let seed = try #require(SeedText.paragraphs)
        #expect(entry.article.lead.plainParagraphs == [seed[2]])
        #expect(entry.article.exchanges.map(\.answer.plainParagraphs) == [[seed[4]], [seed[6]], [seed[8]], [seed[10]], [seed[12]]])
        let reactions = try #require(entry.reactions.document).reactions
        #expect(reactions.count == 1)
        #expect(reactions[0].author == nil && reactions[0].posted == nil && reactions[0].replyTo == nil)
        #expect("  1. " + reactions[0].text == seed[15])
        #expect(entry.warnings.isEmpty)
    }
}
