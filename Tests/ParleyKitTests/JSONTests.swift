import Testing
@testable import ParleyKit
import ParleyUI

@Suite("JSON")
struct JSONTests {
    @Test("round trip keeps key order, numbers as written and Unicode as is")
    func roundTrip() throws {
        let text = """
        {
          "zeta": 1.50,
          "alpha": [
            true,
            false,
            null,
            -3e5
          ],
          "text": "coöperatie “quote” \\"x\\" \\\\ 👍",
          "empty": {},
          "none": []
        }

        """
        let value = try JSONParser.parse(text)
        #expect(JSONWriter.pretty(value) == text)
        #expect(value.objectValue?.keys == ["zeta", "alpha", "text", "empty", "none"])
    }

    @Test("escapes are decoded; surrogate pairs join; lone surrogates become U+FFFD")
    func escapes() throws {
        #expect(try JSONParser.parse(#""a\n\t\u00e9\ud83d\udc4d\/""#) == .string("a\n\té👍/"))
        #expect(try JSONParser.parse(#""\ud83d x""#) == .string("\u{FFFD} x"))
    }

    @Test("control characters are written escaped, so cat of a file cannot drive a terminal")
    func controlsEscaped() {
        #expect(JSONWriter.compact(.string("\u{1B}[2J\u{9B}\u{7}")) == #""\u001b[2J\u009b\u0007""#)
    }

    @Test("syntax errors give line and column", arguments: [
        ("{\n  \"a\": 1,\n}", 3, 1, "expected a key"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("[1, 2", 1, 6, "expected ',' or ']'"),
        ("{\"a\": tru}", 1, 7, "expected a value"),
        ("\"open", 1, 6, "unterminated string"),
        ("{\"a\": 1, \"a\": 2}", 1, 16, "appears twice"),
        ("01", 1, 3, "must not start with 0"),
        ("{} x", 1, 4, "after the end"),
        ("\"a\u{1}\"", 1, 3, "must be escaped"),
        ("", 1, 1, "expected a value"),
        ("\"coöp\" ]", 1, 8, "after the end"),
    ] as [(String, Int, Int, String)])
    func syntaxErrors(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("parsed: \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(Catalogue(.english).message(error.problem).contains(message), "\(error)")
        }
    }

    @Test("nesting past the limit is an error, not a stack overflow")
    func deep() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(text) }
        let ok = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect((try? JSONParser.parse(ok)) != nil)
    }

    @Test("invalid UTF-8 inside a string becomes U+FFFD")
    func invalidUTF8() throws {
        #expect(try JSONParser.parse([0x22, 0x61, 0xFF, 0x22]) == .string("a\u{FFFD}"))
    }
}
