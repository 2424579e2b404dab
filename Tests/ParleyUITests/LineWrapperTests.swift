import Testing
import ParleyTestSupport
@testable import ParleyUI

@Suite("Word wrapping")
struct LineWrapperTests {
    private func wrap(_ text: String, _ width: Int, first: String = "", rest: String = "") -> [String] {
        LineWrapper.wrap([Span(text, .body)], width: width,
                         firstPrefix: first.isEmpty ? [] : [Span(first, .body)],
                         restPrefix: rest.isEmpty ? [] : [Span(rest, .body)]).map { $0.spans.map(\.text).joined() }
    }

    @Test("breaks at spaces and drops the spaces at the break")
    func words() {
        #expect(wrap("Het is allereerst natuurlijk vooral een formele zaak.", 20) ==
            ["Het is allereerst", "natuurlijk vooral", "een formele zaak."])
    }

    @Test("keeps runs of spaces inside a line")
    func innerSpaces() {
        #expect(wrap("KING  wil ook", 40) == ["KING  wil ook"])
    }

    @Test("an over-long word is broken between graphemes")
    func longWord() {
        #expect(wrap("decentralisatiegolf", 8) == ["decentra", "lisatieg", "olf"])
        #expect(wrap("ab e\u{301}e\u{301}e\u{301}e\u{301}", 3) == ["ab", "e\u{301}e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test("wide characters never straddle the edge")
    func wide() {
        #expect(wrap("中文中文中", 5) == ["中文", "中文", "中"])
        #expect(wrap("👍👍👍 ok", 4) == ["👍👍", "👍", "ok"])
        #expect(wrap("👨‍👩‍👧👨‍👩‍👧", 3) == ["👨‍👩‍👧", "👨‍👩‍👧"])
    }

    @Test("prefixes indent the first and following lines; a prefix that leaves no room is dropped")
    func prefixes() {
        #expect(wrap("Er is halverwege 2012 voor gekozen", 16, first: "1. ", rest: "   ") ==
            ["1. Er is", "   halverwege", "   2012 voor", "   gekozen"])
        #expect(wrap("citaat hier", 10, first: "│ ", rest: "│ ") == ["│ citaat", "│ hier"])
        #expect(wrap("abc", 3, first: "12. ", rest: "    ") == ["abc"])
    }

    @Test("a newline is a hard break")
    func hardBreak() {
        #expect(wrap("een\ntwee drie", 40) == ["een", "twee drie"])
    }

    @Test("styles are kept per span, adjacent equal styles merge")
    func styles() {
        let bold = TextStyle(.body, marks: .strong)
        let lines = LineWrapper.wrap([Span("een ", .body), Span("vet", bold), Span("woord", bold), Span(" twee", .body)], width: 12)
        #expect(lines.map(\.spans) == [[Span("een ", .body), Span("vetwoord", bold)], [Span("twee", .body)]])
        #expect(lines.map(\.width) == [12, 4])
    }

    @Test("offsets say where each line starts in the text")
    func offsets() {
        let lines = LineWrapper.wrap([Span("aaa bbb ccc", .body)], width: 4)
        #expect(lines.map(\.offset) == [0, 4, 8])
    }

    static let alphabet: [String] = [
        "a", "e", "k", "ö", "ë", "é", "’", "“", "”", "中", "文", "한", "👍", "👨‍👩‍👧", "e\u{301}", "🇳🇱", "❤️", "x", "Я", "ß",
    ]

    static func generatedText(seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        var words: [String] = []
        for _ in 0..<Int.random(in: 1...60, using: &rng) {
            let length = Int.random(in: 1...(Bool.random(using: &rng) ? 8 : 40), using: &rng)
            words.append((0..<length).map { _ in alphabet.randomElement(using: &rng) ?? "a" }.joined())
        }
        return words.joined(separator: " ")
    }

    @Test("generated text: no line over the width, nothing lost or reordered, widths reported right",
          arguments: 0..<200)
    func generated(_ seed: Int) {
        let text = Self.generatedText(seed: UInt64(seed))
        var rng = SplitMix64(seed: UInt64(seed) &* 7919)
        let width = Int.random(in: 2...90, using: &rng)
        let prefix = Bool.random(using: &rng) ? "│ " : ""
        let lines = LineWrapper.wrap([Span(text, .body)], width: width,
                                     firstPrefix: prefix.isEmpty ? [] : [Span(prefix, .body)],
                                     restPrefix: prefix.isEmpty ? [] : [Span(prefix, .body)])
        for line in lines {
            let lineText = line.spans.map(\.text).joined()
            #expect(line.width <= width, "width \(width): \(lineText)")
            #expect(DisplayWidth.of(lineText) == line.width)
        }
        // Nothing lost or reordered: the characters other than the break spaces and prefixes come out as they went in.
        let usedPrefix = width >= DisplayWidth.of(prefix) + 2 ? prefix : ""
        let out = lines.map { Array(String($0.spans.map(\.text).joined().dropFirst(usedPrefix.count))) }.joined()
        #expect(out.filter { $0 != " " } == Array(text).filter { $0 != " " })
        // Where no word had to be broken, the lines joined by one space give back the text.
        if text.split(separator: " ").allSatisfy({ DisplayWidth.of($0) <= width - DisplayWidth.of(usedPrefix) }) {
            #expect(lines.map { String($0.spans.map(\.text).joined().dropFirst(usedPrefix.count)) }.joined(separator: " ") == text)
        }
    }
}
