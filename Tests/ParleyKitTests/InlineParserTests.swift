import Testing
@testable import ParleyKit

@Suite("Inline Markdown")
struct InlineParserTests {
    private func parse(_ text: String) -> [Inline] { InlineParser.parse(text) }

    @Test("plain text stays one text run")
    func plain() {
        #expect(parse("Het is allereerst een formele zaak.") == [.text("Het is allereerst een formele zaak.")])
    }

    @Test("emphasis and strong with * and _")
    func emphasis() {
        #expect(parse("een *formele* zaak") == [.text("een "), .emphasis([.text("formele")]), .text(" zaak")])
        #expect(parse("een _formele_ zaak") == [.text("een "), .emphasis([.text("formele")]), .text(" zaak")])
        #expect(parse("**KING** doet") == [.strong([.text("KING")]), .text(" doet")])
        #expect(parse("__KING__ doet") == [.strong([.text("KING")]), .text(" doet")])
        #expect(parse("***beide***") == [.emphasis([.strong([.text("beide")])])])
        #expect(parse("*een **sterk** woord*") == [.emphasis([.text("een "), .strong([.text("sterk")]), .text(" woord")])])
    }

    @Test("delimiters that cannot open or close stay literal")
    func literalDelimiters() {
        #expect(parse("snake_case_name") == [.text("snake_case_name")])
        #expect(parse("2 * 3 * 4") == [.text("2 * 3 * 4")])
        #expect(parse("*niet gesloten") == [.text("*niet gesloten")])
        #expect(parse("**") == [.text("**")])
    }

    @Test("code spans keep their content literally")
    func code() {
        #expect(parse("run `parley show`") == [.text("run "), .code("parley show")])
        #expect(parse("``a `b` c``") == [.code("a `b` c")])
        #expect(parse("`*niet nadruk*`") == [.code("*niet nadruk*")])
        #expect(parse("een `open code") == [.text("een `open code")])
    }

    @Test("links with and without a title")
    func links() {
        #expect(parse("[KING](https://king.nl)") == [.link(text: [.text("KING")], url: "https://king.nl")])
        #expect(parse("zie [de *site*](https://vng.nl \"VNG\") nu") ==
            [.text("zie "), .link(text: [.text("de "), .emphasis([.text("site")])], url: "https://vng.nl"), .text(" nu")])
        #expect(parse("[a](<met spatie>)") == [.link(text: [.text("a")], url: "met spatie")])
        #expect(parse("[wiki](https://x.org/a_(b))") == [.link(text: [.text("wiki")], url: "https://x.org/a_(b)")])
    }

    @Test("brackets that are not links stay literal, images too")
    func notLinks() {
        #expect(parse("[geen link]") == [.text("[geen link]")])
        #expect(parse("[geen](link") == [.text("[geen](link")])
        #expect(parse("![foto](a.png)") == [.text("![foto](a.png)")])
        #expect(parse("[[a](b)]") == [.text("["), .link(text: [.text("a")], url: "b"), .text("]")])
    }

    @Test("backslash escapes and hard line breaks")
    func escapesAndBreaks() {
        #expect(parse("\\*geen nadruk\\*") == [.text("*geen nadruk*")])
        #expect(parse("C:\\pad") == [.text("C:\\pad")])
        #expect(parse("eerste\\\ntweede") == [.text("eerste"), .lineBreak, .text("tweede")])
        #expect(parse("eerste  \ntweede") == [.text("eerste"), .lineBreak, .text("tweede")])
        #expect(parse("eerste\ntweede") == [.text("eerste tweede")])
        #expect(parse("  eerste  \n   tweede  ") == [.text("eerste"), .lineBreak, .text("tweede")])
    }

    @Test("HTML and entities are literal text")
    func htmlIsLiteral() {
        #expect(parse("<b>vet</b> &amp;") == [.text("<b>vet</b> &amp;")])
    }

    @Test("nesting is capped, so no input builds a tree deep enough to overflow a stack")
    func nestingCap() {
        func depth(_ inlines: [Inline]) -> Int {
            inlines.map { inline -> Int in
                switch inline {
                case .emphasis(let inner), .strong(let inner), .link(let inner, _): 1 + depth(inner)
                default: 0
                }
            }.max() ?? 0
        }
        let deep = String(repeating: "*a ", count: 1_000) + "x" + String(repeating: " a*", count: 1_000)
        let parsed = parse(deep)
        #expect(depth(parsed) == InlineParser.maximumNesting)
        #expect(parsed.plainText.filter { $0 == "a" }.count == 2_000)
    }

    @Test("plain text removes the markup")
    func plainText() {
        #expect(parse("**KING** is *de* [site](https://x) `code`").plainText == "KING is de site code")
    }

    @Test("pathological input is handled in one pass", arguments: [
        String(repeating: "*a ", count: 50_000),
        String(repeating: "[", count: 100_000),
        String(repeating: "[a](", count: 30_000),
        String(repeating: "`", count: 5_000) + "x" + String(repeating: "` ", count: 5_000),
        String(repeating: "**a", count: 40_000),
        String(repeating: "_a_ ", count: 40_000),
        String(repeating: "*a ", count: 20_000) + String(repeating: " a*", count: 20_000),
        String(repeating: "[a ", count: 20_000) + String(repeating: "](b)", count: 20_000),
        String(repeating: "*", count: 100_000) + "a" + String(repeating: "*", count: 100_000),
    ])
    func pathological(_ text: String) {
        // Nothing dropped: every non-markup character survives.
        let plain = parse(text).plainText
        #expect(plain.filter { $0 == "a" || $0 == "x" }.count == text.filter { $0 == "a" || $0 == "x" }.count)
    }
}
