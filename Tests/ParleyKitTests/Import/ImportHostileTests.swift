import ParleyKit
import ParleyUI
import Testing

/// Input no interview should be: each gets a clear error or an article, never a crash or a hang.
@Suite struct ImportHostileTests {
    static let emptyError = ImportError(file: "text.txt", problem: .empty)

    @Test func theEmptyErrorSaysSo() {
        #expect(Catalogue(.english).message(Self.emptyError) == "text.txt: the text is empty: there is nothing to import")
    }

    @Test(arguments: ["", "\n\n", " \t\n\u{A0}\n\r\n"])
    func anEmptyTextIsAClearError(text: String) {
        #expect(throws: Self.emptyError) { try ImportTesting.run(text) }
    }

    @Test func onlyATitleIsAnArticleWithATitleAndNoQuestions() throws {
        let result = try ImportTesting.run("Alleen een titel")
        #expect(ImportTesting.structure(result) == ["title: Alleen een titel"])
        #expect(result.hasNoQuestions)
        #expect(result.markdown == "---\ntitle: Alleen een titel\nlanguage: nl\n---\n")
    }

    @Test func fiveMegabytesOfOneLineBecomeTheTitle() throws {
        let piece = "regie* [x] “quoted”? \\ # "
        let line = String(repeating: piece, count: 5 * 1024 * 1024 / piece.utf8.count)
        let result = try ImportTesting.run(line, slug: nil)
        // The line's last character is a space: white space at the ends is trimmed.
        #expect(result.article.title == String(line.dropLast()))
        #expect(result.article.slug == "regie-x-quoted-regie-x-quoted-regie-x-quoted-regie-x-quoted-regie-x-quoted-regie")
        #expect(result.article.lead.isEmpty)
        #expect(result.hasNoQuestions)
    }

    @Test func fiveMegabytesOfOneParagraphReadBackExactly() throws {
        let piece = "*a* _b_ `c` [d](e) <f> \\g \"h\" ##i !j 1. k? "
        let paragraph = String(repeating: piece, count: 5 * 1024 * 1024 / piece.utf8.count) + "end."
        let result = try ImportTesting.run("Titel\n\n" + paragraph + "\n")
        #expect(result.article.lead == [.paragraph([.text(paragraph)])])
        #expect(result.hasNoQuestions)
    }

    @Test func nulBytesBecomeReplacementCharactersAndAreNotedWithTheirLines() throws {
        let result = try ImportTesting.run("Titel\n\nWaarom\0 dit?\n\nOm\0 te \0testen.\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "Q1: Waarom\u{FFFD} dit?", "A1: Om\u{FFFD} te \u{FFFD}testen."])
        #expect(ImportTesting.notes(result.decoding) == ["3 controlCharacters", "5 controlCharacters"])
    }

    @Test func controlSequencesCannotReachTheArticle() throws {
        let result = try ImportTesting.run("Titel\u{1B}]0;pwned\u{07}\n\nTekst\u{9B}31m.\n")
        #expect(result.article.title == "Titel\u{FFFD}]0;pwned\u{FFFD}")
        #expect(result.article.lead == [.paragraph([.text("Tekst\u{FFFD}31m.")])])
        #expect(ImportTesting.notes(result.decoding) == ["1 controlCharacters", "3 controlCharacters"])
    }

    @Test func invalidUTF8BecomesReplacementCharactersAndIsNotedWithItsLine() throws {
        // "één" makes it UTF-8 with damage, not Windows-1252 (#12).
        let bytes = Array("Titel\n\néén vraag?\n\n".utf8) + [0x41, 0xFF, 0xC3, 0x42] + Array(".\n".utf8)
        let result = try ImportTesting.run(bytes: bytes)
        #expect(ImportTesting.structure(result) == ["title: Titel", "Q1: één vraag?", "A1: A\u{FFFD}\u{FFFD}B."])
        #expect(ImportTesting.notes(result.decoding) == ["5 invalidUTF8"])
    }

    @Test func aUTF16TextIsAClearError() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("T\0i\0t\0e\0l\0".utf8)
        #expect(Catalogue(.english).message(ImportError(file: "text.txt", problem: .utf16)) == "text.txt: the text is UTF-16, not UTF-8; save it as UTF-8")
        #expect(throws: ImportError(file: "text.txt", problem: .utf16)) {
            try ImportTesting.run(bytes: bytes)
        }
    }

    @Test func windowsLineEndingsReadAsLineEndings() throws {
        let result = try ImportTesting.run("Titel\r\n\r\nVraag?\r\n\r\nAntwoord.\r\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "Q1: Vraag?", "A1: Antwoord."])
        #expect(result.decoding.isEmpty)
    }
}
