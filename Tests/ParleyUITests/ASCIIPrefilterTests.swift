import ParleyKit
import Testing
@testable import ParleyUI

@Suite("Skipping lines that cannot match a search")
struct ASCIIPrefilterTests {
    @Test("a line may match when it holds the pattern's bytes, ignoring ASCII case when asked", arguments: [
        ("gemeente", true, "De Gemeente zegt", true),
        ("gemeente", false, "De Gemeente zegt", false),
        ("Gemeente", false, "De Gemeente zegt", true),
        ("gemeente", true, "gemeent", false),
        ("regie", true, "coöperatie en regie", true),
        ("regie", true, "coöperatie", false),
        ("kilo", true, "\u{212A}ilo", true),        // KELVIN SIGN lowercases to k
        ("a;b", false, "a\u{037E}b", true),         // GREEK QUESTION MARK is ';'
        ("x`", false, "x\u{1FEF}", true),           // GREEK VARIA is '`'
        ("ab", true, "", false),
    ])
    func mayMatch(pattern: String, foldCase: Bool, line: String, expected: Bool) throws {
        let prefilter = try #require(ASCIIPrefilter(pattern: pattern, foldCase: foldCase))
        #expect(prefilter.mayMatch(line) == expected)
    }

    @Test("only ASCII patterns are filtered")
    func nonASCII() {
        #expect(ASCIIPrefilter(pattern: "coöperatie", foldCase: true) == nil)
        #expect(ASCIIPrefilter(pattern: "", foldCase: true) == nil)
    }

    @Test("the search finds what the slow way finds, special characters included")
    func search() throws {
        let markdown = "---\ntitle: T\n---\n\u{212A}ilo en kilo, a\u{037E}b, e\u{301}e en ee, GEMEENTE gemeente\n"
        let article = try ArticleParser(file: "t.md").parse(text: markdown, slug: "t").article
        let layout = ArticleLayout(article: article, reactions: .none, width: 80)
        let line = try #require(layout.lines.firstIndex { $0.text.contains("ilo") })
        #expect(TextSearch.matches(of: "kilo", in: layout).map(\.start) == [0, 8])
        #expect(TextSearch.matches(of: "a;b", in: layout).map(\.line) == [line])
        // "é" as e + U+0301 is one character, not an "e": "ée" does not match, "ee", "EE" and "ee" do.
        #expect(TextSearch.matches(of: "ee", in: layout).map(\.start) == [25, 32, 41])
        #expect(TextSearch.matches(of: "GEMEENTE", in: layout).count == 1)
    }

    /// The search as it was before lines were filtered: every line as `Character`s.
    static func slowMatches(of pattern: String, in layout: ArticleLayout) -> [SearchMatch] {
        let caseSensitive = pattern != pattern.lowercased()
        let needle = caseSensitive ? pattern.map(String.init) : pattern.map { $0.lowercased() }
        var found: [SearchMatch] = []
        for (index, line) in layout.lines.enumerated() {
            let characters = Array(line.text)
            let folded = caseSensitive ? characters.map(String.init) : characters.map { $0.lowercased() }
            var columns = [0]
            for character in characters { columns.append(columns[columns.count - 1] + max(0, DisplayWidth.of(character))) }
            var start = 0
            while start + needle.count <= folded.count {
                if folded[start ..< start + needle.count].elementsEqual(needle) {
                    found.append(SearchMatch(line: index, start: columns[start], end: columns[start + needle.count]))
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return found
    }

    @Test("on the interview and its reaction, every pattern finds what the slow way finds", arguments: [
        "e", "ge", "gemeente", "KING", "King", "zo", " ", "s.", "’", "coöperatie", "Nee,", "x",
    ])
    func sameAsSlow(pattern: String) throws {
        let entry = try Fixture.thissen()
        for width in [20, 76] {
            let layout = ArticleLayout(article: entry.article, reactions: entry.reactions, width: width)
            #expect(TextSearch.matches(of: pattern, in: layout) == Self.slowMatches(of: pattern, in: layout))
        }
    }
}
