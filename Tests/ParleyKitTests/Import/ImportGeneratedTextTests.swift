import ParleyKit
import Testing
import ParleyTestSupport

/// The round trip on generated text: interviews built from hostile pieces
/// (Markdown's special characters, quotation marks, odd white space) import to
/// exactly the paragraphs they were built from, and the article file reads
/// back to them.
@Suite struct ImportGeneratedTextTests {
    static let pieces = [
        "regie", "KING", "é", "e\u{301}", "漢", "👍🏽", " ", "  ", "\t", "\u{A0}", "*", "**", "_", "`", "[", "]", "(", ")",
        "#", "##", ">", "-", "+", "1.", "2)", "!", "?", ":", ": ", " #", "\\", "<b>", "&amp;", "“", "”", "‘", "’", "«", "»",
        "„", "\"", "'", ",,", "''", "---", "\u{202E}",
    ]

    /// Text that starts with a lower-case word, so it is never a label, a
    /// number or a quotation, and ends with `end`.
    static func text<G: RandomNumberGenerator>(_ end: String, _ generator: inout G) -> String {
        var text = "tekst "
        for _ in 0..<Int.random(in: 0...10, using: &generator) {
            text += pieces.randomElement(using: &generator) ?? "a"
        }
        return text + " slot" + end
    }

    @Test func generatedInterviewsImportToTheParagraphsTheyWereBuiltFrom() throws {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<200 {
            let title = Self.text("", &generator)
            var source = [title, ""]
            var expected = ["title: \(title)"]
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                let lead = Self.text(".", &generator)
                source += [lead, ""]
                expected.append("lead: \(lead)")
            }
            let questions = Int.random(in: 1...4, using: &generator)
            for number in 1...questions {
                let question = Self.text("?", &generator)
                source += [question, ""]
                expected.append("Q\(number): \(question)")
                for _ in 0..<Int.random(in: 1...2, using: &generator) {
                    let answer = "“" + Self.text(".”", &generator)
                    source += [answer, ""]
                    expected.append("A\(number): \(answer)")
                }
            }
            let reactions = (0..<Int.random(in: 0...2, using: &generator)).map { _ in Self.text("", &generator) }
            if !reactions.isEmpty {
                source += ["\(reactions.count) reacties", ""]
                for (index, reaction) in reactions.enumerated() {
                    source += ["\(index + 1). \(reaction)", ""]
                    expected.append("reaction (anonymous): \(reaction)")
                }
            }
            let text = source.joined(separator: "\n")
            let result = try ImportTesting.run(text)
            #expect(ImportTesting.structure(result) == expected, "\(text)")
            #expect(result.dropped.isEmpty && result.uncertain.isEmpty, "\(text)")
            if ImportTesting.structure(result) != expected { return }
        }
    }
}
