import ParleyKit
import ParleyUI
import Testing

@Suite("Validating a new reaction")
struct ReactionInputTests {
    @Test("text is trimmed and every line end becomes a newline", arguments: [
        ("  Eens.  ", "Eens."),
        ("\n\nEens.\n\n", "Eens."),
        ("\tEens.\t", "Eens."),
        ("eerste\r\ntweede", "eerste\ntweede"),
        ("eerste\rtweede\r", "eerste\ntweede"),
        ("eerste\n\n  tweede", "eerste\n\n  tweede"),
    ])
    func trimsText(typed: String, stored: String) throws {
        #expect(try ReactionInput(author: nil, text: typed).validated().text == stored)
    }

    @Test("each rule refuses with its own message", arguments: [
        (ReactionInput(author: nil, text: ""), ReactionInputError.emptyText,
         "the reaction is empty: write some text"),
        (ReactionInput(author: nil, text: " \n\u{A0}\n  "), .emptyText,
         "the reaction is empty: write some text"),
        (ReactionInput(author: nil, text: String(repeating: "a", count: 10_001)), .textTooLong(characters: 10_001),
         "the reaction is 10001 characters long; at most 10000 are allowed"),
        (ReactionInput(author: nil, text: String(repeating: "👨‍👩‍👧", count: 10_001)), .textTooLong(characters: 10_001),
         "the reaction is 10001 characters long; at most 10000 are allowed"),
        (ReactionInput(author: nil, text: "a\tb"), .controlCharacterInText("\t", line: 1),
         "the reaction contains a control character (U+0009 TAB) on line 1; only line breaks are allowed"),
        (ReactionInput(author: nil, text: "\n\neerste\ntweede \u{1B}[31mrood"), .controlCharacterInText("\u{1B}", line: 4),
         "the reaction contains a control character (U+001B ESC) on line 4; only line breaks are allowed"),
        (ReactionInput(author: nil, text: "nul\u{0}"), .controlCharacterInText("\u{0}", line: 1),
         "the reaction contains a control character (U+0000 NUL) on line 1; only line breaks are allowed"),
        (ReactionInput(author: nil, text: "del\u{7F}"), .controlCharacterInText("\u{7F}", line: 1),
         "the reaction contains a control character (U+007F DEL) on line 1; only line breaks are allowed"),
        (ReactionInput(author: nil, text: "csi\u{9B}2J"), .controlCharacterInText("\u{9B}", line: 1),
         "the reaction contains a control character (U+009B) on line 1; only line breaks are allowed"),
        (ReactionInput(author: nil, text: "page\u{0C}break"), .controlCharacterInText("\u{0C}", line: 1),
         "the reaction contains a control character (U+000C FORM FEED) on line 1; only line breaks are allowed"),
        (ReactionInput(author: String(repeating: "n", count: 81), text: "Eens."), .nameTooLong(characters: 81),
         "the name is 81 characters long; at most 80 are allowed"),
        (ReactionInput(author: "Jan\nde Vries", text: "Eens."), .controlCharacterInName("\n"),
         "the name contains a control character (U+000A LINE FEED); a name is one line of text"),
        (ReactionInput(author: "Jan\u{1B}]0;pwned\u{7}", text: "Eens."), .controlCharacterInName("\u{1B}"),
         "the name contains a control character (U+001B ESC); a name is one line of text"),
    ])
    func refuses(input: ReactionInput, error: ReactionInputError, message: String) {
        #expect(throws: error) { try input.validated() }
        #expect(Catalogue(.english).message(error) == message)
    }

    @Test("the limits count Characters, not bytes or code points")
    func countsCharacters() throws {
        // 10,000 Characters of two code points each, and of five.
        let accents = String(repeating: "e\u{301}", count: 10_000)
        #expect(try ReactionInput(author: nil, text: accents).validated().text.count == 10_000)
        let families = String(repeating: "👨‍👩‍👧", count: 10_000)
        #expect(try ReactionInput(author: nil, text: families).validated().text == families)
        let name = String(repeating: "é", count: 80)
        #expect(try ReactionInput(author: name, text: "Eens.").validated().author == name)
    }

    @Test("a name is trimmed; a blank name is anonymous", arguments: [
        ("  Jan de Vries ", "Jan de Vries" as String?),
        ("", nil),
        ("   ", nil),
    ])
    func trimsName(typed: String, stored: String?) throws {
        #expect(try ReactionInput(author: typed, text: "Eens.").validated().author == stored)
    }

    @Test("newlines inside the text are kept")
    func keepsNewlines() throws {
        let input = ReactionInput(author: "Jan", text: "Eerste alinea.\n\nTweede alinea.", replyTo: "abc")
        #expect(try input.validated() == input)
    }
}
