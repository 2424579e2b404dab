import Testing
@testable import ParleyKit

@Suite("Block Markdown")
struct BlockParserTests {
    private func blocks(_ body: String) throws -> [Block] {
        let article = try ArticleParser(file: "t.md").parse(text: "---\ntitle: T\n---\n" + body, slug: "t").article
        return article.lead
    }

    @Test("paragraphs are separated by blank lines; lines within join with a space")
    func paragraphs() throws {
        #expect(try blocks("een\ntwee\n\ndrie\n") == [.paragraph([.text("een twee")]), .paragraph([.text("drie")])])
    }

    @Test("block quotes, nested, with lazy continuation")
    func quotes() throws {
        #expect(try blocks("> citaat\n> gaat door\n") == [.quote([.paragraph([.text("citaat gaat door")])])])
        #expect(try blocks("> een\nlui\n") == [.quote([.paragraph([.text("een lui")])])])
        #expect(try blocks("> a\n>\n> > b\n") == [.quote([.paragraph([.text("a")]), .quote([.paragraph([.text("b")])])])])
    }

    @Test("bullet and ordered lists, nested, with continuation lines")
    func lists() throws {
        #expect(try blocks("- een\n- twee\n") == [.list(ListBlock(ordered: false, start: 1, items: [[.paragraph([.text("een")])], [.paragraph([.text("twee")])]]))])
        #expect(try blocks("3. drie\n4. vier\n   verder\n") == [.list(ListBlock(ordered: true, start: 3, items: [[.paragraph([.text("drie")])], [.paragraph([.text("vier verder")])]]))])
        #expect(try blocks("* a\n  - b\n") == [.list(ListBlock(ordered: false, start: 1, items: [[.paragraph([.text("a")]), .list(ListBlock(ordered: false, start: 1, items: [[.paragraph([.text("b")])]]))]]))])
        #expect(try blocks("1) a\n\n   tweede alinea\n") == [.list(ListBlock(ordered: true, start: 1, items: [[.paragraph([.text("a")]), .paragraph([.text("tweede alinea")])]]))])
    }

    @Test("a different bullet starts a new list")
    func listKinds() throws {
        #expect(try blocks("- a\n+ b\n").count == 2)
    }

    @Test("a number inside a paragraph does not start a list")
    func numberInProse() throws {
        #expect(try blocks("Het was\n2012. Toen begon het.\n") == [.paragraph([.text("Het was 2012. Toen begon het.")])])
    }

    @Test("thematic breaks", arguments: ["---", "***", "___", "* * *", " - - -"])
    func breaks(_ line: String) throws {
        #expect(try blocks("a\n\n\(line)\n\nb\n") == [.paragraph([.text("a")]), .thematicBreak, .paragraph([.text("b")])])
    }

    @Test("headings of level 3 and deeper inside the lead are headings")
    func headings() throws {
        #expect(try blocks("### Tussenkop ###\ntekst\n") == [.heading(level: 3, [.text("Tussenkop")]), .paragraph([.text("tekst")])])
        #expect(try blocks("#geen kop\n") == [.paragraph([.text("#geen kop")])])
    }

    @Test("unsupported syntax is kept as literal text", arguments: [
        ("```\ncode\n```", "``` code ```"),
        ("Kop\n===", "Kop ==="),
        ("<div>html</div>", "<div>html</div>"),
        ("| a | b |\n|---|---|", "| a | b | |---|---|"),
        ("    ingesprongen", "ingesprongen"),
    ])
    func literal(_ source: String, _ expected: String) throws {
        let text = try blocks(source + "\n").plainParagraphs.joined(separator: " ")
        // The fence becomes an inline code span (its backticks are markup); everything else stays as written.
        if source.hasPrefix("```") { #expect(text == "code") } else { #expect(text == expected) }
    }

    @Test("ten thousand nested quotes and list markers are read, the rest as text")
    func deepNesting() throws {
        let text = String(repeating: "> ", count: 10_000) + "diep\n\n" + String(repeating: "- ", count: 10_000) + "lijst\n"
        let parsed = try blocks(text)
        #expect(parsed.count == 2)
        #expect(parsed.plainParagraphs.count == 2)
        #expect(parsed.plainParagraphs[0].hasSuffix("diep"))
        #expect(parsed.plainParagraphs[1].hasSuffix("lijst"))
    }
}
