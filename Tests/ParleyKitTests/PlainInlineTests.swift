import Foundation
import ParleyTestSupport
import Testing
@testable import ParleyKit

@Suite("Lines without markup skip the inline parser")
struct PlainInlineTests {
    /// What the full parser makes of the bytes, without the shortcut.
    static func parsedFully(_ text: String) -> [Inline] {
        var parser = InlineParser(bytes: Array(text.utf8), hardBreaks: [])
        return parser.run()
    }

    @Test("the shortcut gives what the parser gives", arguments: [
        "Regie is een veel gehoord woord vanuit KING, waarom?", "  leading and trailing  ", "a", " ", "coöperatie één 漢字 👨‍👩‍👧",
        "<b>not html</b> &amp; entities", "!not an image", "(parens) and \"quotes\" and 'single'", "a  b   c", "tab\there",
        "1. not a list", "# not a heading", "> not a quote", "ends with a backslash-free line.", "\u{FFFD}",
    ])
    func sameAsParser(text: String) {
        #expect(InlineParser.parse(Array(text.utf8)[...]) == Self.parsedFully(text))
        let bytes = Array(text.utf8)
        #expect(InlineParser.parse(lines: [(0 ..< bytes.count, hardBreak: false)], of: bytes) == Self.parsedFully(text))
    }

    @Test("every line of the shipped interview parses the same either way")
    func interview() throws {
        let text = try String(contentsOf: TestSupport.articlesFolder.appendingPathComponent("thissen-richt-je-op-regie.md"), encoding: .utf8)
        for line in text.split(separator: "\n") {
            #expect(InlineParser.parse(Array(line.utf8)[...]) == Self.parsedFully(String(line)))
        }
    }
}
