import ParleyKit
import Testing
@testable import ParleyUI

/// A search skips a question whose source cannot show a match once laid out:
/// wrongly skipping one would hide a match, so it must never happen.
@Suite("Skipping questions whose source cannot match")
struct SourcePrefilterTests {
    @Test("a question may match when its bytes hold the pattern, markup between the letters skipped", arguments: [
        ("gemeente", "De Gemeente zegt", true),
        ("Gemeente", "De gemeente zegt", false),
        ("gemeente", "de ge*meen*te", true),
        ("gemeente", "de ge**meen**te", true),
        ("gemeente", "de ge`meen`te", true),
        ("gemeente", "de ge_meen_te", true),
        ("gemeente", "de ge\\meente", true),
        ("gemeente", "[ge](ge)meente", true),           // a link whose target is its text shows the text only
        ("gemeente", "[ge](x(y)z)meente", true),
        ("gemeente", "ge meente", false),
        ("gemeente", "ge\nmeente", false),
        ("gemeente", "gemeent", false),
        ("gemeente", "gem-eente", false),
        ("kilo", "\u{212A}ilo", true),                   // KELVIN SIGN lowercases to k
        ("ua", "x\u{85}y", true),                        // a C1 control is shown as <U+0085>
        ("ua", "x\u{202E}y", true),                      // so is a bidi control
        ("ua", "coöperatie café", false),
    ])
    func mayMatch(pattern: String, source: String, expected: Bool) throws {
        let prefilter = try #require(SourcePrefilter(pattern: pattern))
        #expect(prefilter.mayMatch(Array(source.utf8)[...]) == expected)
    }

    @Test("only patterns of ASCII letters are filtered: digits, spaces and the rest may come from the layout itself",
          arguments: ["12", "a b", "coöperatie", "", "s.", "-"])
    func onlyLetters(pattern: String) {
        #expect(SourcePrefilter(pattern: pattern) == nil)
    }

    /// Every question made of three pieces of markup and text: whenever its
    /// layout shows a match, the prefilter must say it may.
    @Test("never says no where the layout shows a match", arguments: ["gemeente", "ge", "Ge", "e", "ua", "k"])
    func neverMissesAMatch(pattern: String) throws {
        let pieces = ["ge", "meente", "Ge", "*", "**", "_", "`", "[", "](ge)", "](x)", "\\", " ", "\n", "> ", "\u{85}", "\u{212A}", "e\u{301}", "1. "]
        let prefilter = try #require(SourcePrefilter(pattern: pattern))
        var checked = 0
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let body = a + b + c
                    let markdown = "---\ntitle: T\n---\n\n## Q?\n\n" + body + "\n"
                    guard let article = try? IncrementalArticle(bytes: Array(markdown.utf8), slug: "t", file: "t.md"),
                          let source = article.source(ofQuestion: 1) else { continue }
                    var opened = article
                    let layout = ArticleLayout(article: opened.article(), reactions: .none, width: 76)
                    let question = try #require(layout.line(of: .question(1)))
                    // The question's lines: the reactions' heading after them is no part of its source.
                    let end = try #require(layout.line(of: .reactions))
                    let shown = TextSearch.matches(of: pattern, in: layout.lines, range: question ..< end)
                    if !shown.isEmpty {
                        #expect(prefilter.mayMatch(source), "\(pattern) in \(body.debugDescription)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 5000)
    }
}
