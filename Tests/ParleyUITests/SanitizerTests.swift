import Testing
import ParleyTestSupport

@testable import ParleyUI

@Suite("Sanitizer")
struct SanitizerTests {
    // MARK: Single controls

    /// Every C0 control but the tab becomes its Control Pictures character U+2400 + code.
    @Test(arguments: (UInt32(0x00)..<0x20).filter { $0 != 0x09 })
    func c0ControlBecomesControlPicture(code: UInt32) throws {
        let control = try #require(Unicode.Scalar(code))
        let picture = try #require(Unicode.Scalar(0x2400 + code))
        #expect(Sanitizer.sanitizeLine("a\(control)b") == "a\(picture)b")
        #expect(!Sanitizer.isClean("a\(control)b"))
    }

    @Test func namedC0Controls() {
        #expect(Sanitizer.sanitizeLine("\u{0}") == "␀")
        #expect(Sanitizer.sanitizeLine("\u{7}") == "␇")
        #expect(Sanitizer.sanitizeLine("\u{8}") == "␈")
        #expect(Sanitizer.sanitizeLine("\u{1B}") == "␛")
        #expect(Sanitizer.sanitizeLine("one\ntwo") == "one␊two")
        #expect(Sanitizer.sanitizeLine("one\r\ntwo") == "one␍␊two")
        #expect(Sanitizer.sanitizeLine("one\rtwo") == "one␍two")
    }

    @Test func deleteBecomesControlPicture() {
        #expect(Sanitizer.sanitizeLine("a\u{7F}b") == "a␡b")
        #expect(!Sanitizer.isClean("\u{7F}"))
    }

    @Test func nulInsideText() {
        #expect(Sanitizer.sanitizeLine("Zeker\u{0}bij\u{0}") == "Zeker␀bij␀")
    }

    /// Every C1 control, U+0080 to U+009F, becomes `<U+00XX>`.
    @Test(arguments: UInt32(0x80)...0x9F)
    func c1ControlBecomesCode(code: UInt32) throws {
        let control = try #require(Unicode.Scalar(code))
        let expected = "a<U+00" + String(code, radix: 16, uppercase: true) + ">b"
        #expect(Sanitizer.sanitizeLine("a\(control)b") == expected)
        #expect(!Sanitizer.isClean("a\(control)b"))
    }

    @Test func c1ControlSequenceIntroducer() {
        #expect(Sanitizer.sanitizeLine("\u{9B}31mred") == "<U+009B>31mred")
        #expect(Sanitizer.sanitizeLine("x\u{85}y") == "x<U+0085>y")  // NEL
    }

    static let bidiControls: [UInt32] = [
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
    ]

    @Test(arguments: bidiControls)
    func bidiControlBecomesCode(code: UInt32) throws {
        let control = try #require(Unicode.Scalar(code))
        let hex = String(code, radix: 16, uppercase: true)
        let expected = "invoice<U+" + String(repeating: "0", count: 4 - hex.count) + hex + ">fdp.exe"
        #expect(Sanitizer.sanitizeLine("invoice\(control)fdp.exe") == expected)
        #expect(!Sanitizer.isClean("invoice\(control)fdp.exe"))
    }

    @Test func rightToLeftOverrideExample() {
        #expect(Sanitizer.sanitizeLine("photo\u{202E}gpj.exe") == "photo<U+202E>gpj.exe")
    }

    @Test func lineAndParagraphSeparators() {
        #expect(Sanitizer.sanitizeLine("a\u{2028}b\u{2029}c") == "a<U+2028>b<U+2029>c")
    }

    // MARK: Escape sequences

    @Test func clearScreen() {
        #expect(Sanitizer.sanitizeLine("\u{1B}[2J") == "␛[2J")
        #expect(Sanitizer.sanitizeLine("\u{1B}[31mred\u{1B}[0m") == "␛[31mred␛[0m")
    }

    @Test func osc52ClipboardWithBel() {
        #expect(Sanitizer.sanitizeLine("\u{1B}]52;c;aGk=\u{7}") == "␛]52;c;aGk=␇")
    }

    @Test func osc0TitleWithBel() {
        #expect(Sanitizer.sanitizeLine("\u{1B}]0;pwned\u{7}after") == "␛]0;pwned␇after")
    }

    @Test func osc8HyperlinkWithStringTerminator() {
        let link = "\u{1B}]8;;https://example.com/\u{1B}\\klik hier\u{1B}]8;;\u{1B}\\"
        #expect(Sanitizer.sanitizeLine(link) == "␛]8;;https://example.com/␛\\klik hier␛]8;;␛\\")
    }

    @Test func osc8HyperlinkWithEightBitTerminator() {
        let link = "\u{1B}]8;;https://example.com/\u{9C}link\u{9D}8;;\u{9C}"
        #expect(Sanitizer.sanitizeLine(link) == "␛]8;;https://example.com/<U+009C>link<U+009D>8;;<U+009C>")
    }

    @Test func deviceControlString() {
        #expect(Sanitizer.sanitizeLine("\u{1B}P+q544e\u{1B}\\ok") == "␛P+q544e␛\\ok")
        #expect(Sanitizer.sanitizeLine("\u{90}1$r0m\u{9C}ok") == "<U+0090>1$r0m<U+009C>ok")
    }

    @Test func applicationProgramCommand() {
        #expect(Sanitizer.sanitizeLine("\u{1B}_Gf=100;AAAA\u{1B}\\") == "␛_Gf=100;AAAA␛\\")
        #expect(Sanitizer.sanitizeLine("\u{9F}Gf=100\u{9C}") == "<U+009F>Gf=100<U+009C>")
    }

    @Test func privacyMessageAndStartOfString() {
        #expect(Sanitizer.sanitizeLine("\u{1B}^secret\u{1B}\\") == "␛^secret␛\\")
        #expect(Sanitizer.sanitizeLine("\u{1B}Xsos\u{1B}\\") == "␛Xsos␛\\")
    }

    @Test func otherEscapeSequences() {
        #expect(Sanitizer.sanitizeLine("\u{1B}c") == "␛c")  // full reset
        #expect(Sanitizer.sanitizeLine("\u{1B}(0lqk") == "␛(0lqk")  // line drawing charset
        #expect(Sanitizer.sanitizeLine("\u{1B}7\u{1B}8") == "␛7␛8")
    }

    @Test func unterminatedSequencesAtEndOfString() {
        #expect(Sanitizer.sanitizeLine("abc\u{1B}") == "abc␛")
        #expect(Sanitizer.sanitizeLine("abc\u{1B}[") == "abc␛[")
        #expect(Sanitizer.sanitizeLine("abc\u{1B}[38;5") == "abc␛[38;5")
        #expect(Sanitizer.sanitizeLine("abc\u{1B}]0;title") == "abc␛]0;title")
        #expect(Sanitizer.sanitizeLine("abc\u{1B}P1$r") == "abc␛P1$r")
        #expect(Sanitizer.sanitizeLine("abc\u{1B}]8;;https://x\u{1B}") == "abc␛]8;;https://x␛")
        #expect(Sanitizer.sanitizeLine("abc\u{9B}") == "abc<U+009B>")
        #expect(Sanitizer.sanitizeLine("abc\u{9D}52;c;") == "abc<U+009D>52;c;")
    }

    @Test func controlsInsideSequencesBecomePlaceholders() {
        // A tab inside a sequence is shown, not expanded; so are newlines and bidi controls.
        #expect(Sanitizer.sanitizeLine("\u{1B}]0;a\tb\u{7}") == "␛]0;a␉b␇")
        #expect(Sanitizer.sanitizeLine("\u{1B}[3\t1m") == "␛[3␉1m")
        #expect(Sanitizer.sanitizeLine("\u{1B}]0;a\nb\u{202E}c\u{7}") == "␛]0;a␊b<U+202E>c␇")
        // CAN cancels a sequence: the tab after it is text again.
        #expect(Sanitizer.sanitizeLine("\u{1B}]0;a\u{18}\tb") == "␛]0;a␘  b")
    }

    @Test func sequenceEndsAtFinalByteThenTabsExpandAgain() {
        // ␛[1m is 4 columns; the tab goes to column 8.
        #expect(Sanitizer.sanitizeLine("\u{1B}[1m\tx") == "␛[1m    x")
        // After BEL ends an OSC, likewise: ␛]0;t␇ is 6 columns.
        #expect(Sanitizer.sanitizeLine("\u{1B}]0;t\u{7}\tx") == "␛]0;t␇  x")
    }

    // MARK: Tabs

    @Test(arguments: [
        // (text, tabWidth, startColumn, expected)
        ("\tx", 8, 0, "        x"),
        ("\tx", 8, 3, "     x"),
        ("\tx", 8, 7, " x"),
        ("\tx", 8, 8, "        x"),
        ("\tx", 8, 13, "   x"),
        ("ab\tc", 8, 0, "ab      c"),
        ("ab\tc", 8, 5, "ab c"),
        ("ab\tc", 4, 0, "ab  c"),
        ("abcd\te", 4, 0, "abcd    e"),
        ("a\tb\tc", 4, 0, "a   b   c"),
        ("\t\t", 8, 0, String(repeating: " ", count: 16)),
        ("x\t", 2, 1, "x  "),
        ("\tx", 1, 0, " x"),
        ("\tx", 0, 0, " x"),  // a tab width below 1 counts as 1
        ("\tx", 8, -4, "        x"),  // a negative start column counts as 0
    ])
    func tabsExpandToTheNextStop(text: String, tabWidth: Int, startColumn: Int, expected: String) {
        #expect(Sanitizer.sanitizeLine(text, tabWidth: tabWidth, startColumn: startColumn) == expected)
    }

    @Test func tabsCountDisplayColumns() {
        #expect(Sanitizer.sanitizeLine("中\tx") == "中      x")  // 中 is 2 columns
        #expect(Sanitizer.sanitizeLine("👍🏽\tx") == "👍🏽      x")
        #expect(Sanitizer.sanitizeLine("e\u{301}\tx") == "e\u{301}       x")
        #expect(Sanitizer.sanitizeLine("coöperatie\tx") == "coöperatie      x")
        #expect(Sanitizer.sanitizeLine("\u{1}\tx") == "␁       x")  // a placeholder is 1 column
        #expect(Sanitizer.sanitizeLine("\u{85}\tx") == "<U+0085>        x")  // 8 columns
        #expect(Sanitizer.sanitizeLine("\u{9B}\tx") == "<U+009B>␉x")  // inside the CSI it opens
        #expect(Sanitizer.sanitizeLine("中文\t中\t|") == "中文    中      |")
    }

    @Test func tabStopsFollowTheClustersOfTheOutput() {
        // A spacing mark after a tab joins the tab's last space: " ः" is 2 columns.
        #expect(Sanitizer.sanitizeLine("\t\u{903}\tx") == "        \u{903}       x")
        // A combining mark after a tab adds nothing.
        #expect(Sanitizer.sanitizeLine("\t\u{301}\tx") == "        \u{301}        x")
    }

    /// Against a slow reference: each tab goes to the next stop after the width of everything
    /// sanitised so far, measured whole.
    @Test func randomTabbedTextMatchesAReference() {
        let pieces: [String] = [
            "a", " ", "ë", "中", "👍", "\u{1F3FD}", "\u{301}", "\u{903}", "\u{915}", "\u{94D}", "\u{200D}",
            "\u{FE0F}", "\u{2764}", "\u{1F1F3}", "\u{600}", "\u{1100}", "\u{1161}", "\u{AD}", "\u{200B}", "\t",
            "\t", "\u{1}",
        ]
        var random = SplitMix64(seed: 0x7AB5)
        var failures: [String] = []
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(random.next() % 16) {
                text += pieces[Int(random.next() % UInt64(pieces.count))]
            }
            let tabWidth = 1 + Int(random.next() % 8)
            let startColumn = Int(random.next() % 10)
            var reference = ""
            for scalar in text.unicodeScalars {
                if scalar == "\t" {
                    let column = startColumn + DisplayWidth.of(reference)
                    reference += String(repeating: " ", count: (column / tabWidth + 1) * tabWidth - column)
                } else if scalar == "\u{1}" {
                    reference += "␁"
                } else {
                    reference.unicodeScalars.append(scalar)
                }
            }
            if Sanitizer.sanitizeLine(text, tabWidth: tabWidth, startColumn: startColumn) != reference {
                failures.append(String(reflecting: text))
            }
        }
        #expect(failures.isEmpty, "\(failures.count) inputs, e.g. \(failures.prefix(5))")
    }

    @Test func manyTabsInALongLine() {
        let text = String(repeating: "ab\t", count: 10_000)
        let expected = String(repeating: "ab      ", count: 10_000)
        #expect(Sanitizer.sanitizeLine(text) == expected)
        #expect(!Sanitizer.isClean("a\tb"))
    }

    // MARK: Clean text

    @Test(arguments: [
        "",
        "Thissen: Richt je op regie",
        "“De gemeente is regisseur”, zegt hij — coöperatie, ideeën, België",
        "中文 한국어 日本語 👍🏽 👨‍👩‍👧 🇳🇱 #️⃣ e\u{301}",
        "replacement \u{FFFD} character stays",
        "\u{200B}\u{200D}\u{FEFF}\u{AD}",  // invisible, but not controls
        "\u{2400}\u{241B}<U+009B>",  // what placeholders look like is clean itself
    ])
    func cleanTextIsReturnedUnchanged(text: String) {
        #expect(Sanitizer.isClean(text))
        #expect(Sanitizer.sanitizeLine(text) == text)
    }

    @Test func cleanTextIsNotCopied() {
        let text = String(repeating: "Zeker bij nieuwe taakstellingen. ", count: 100)
        let result = Sanitizer.sanitizeLine(text)
        let original = text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        let returned = result.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        #expect(original != nil && original == returned)
    }

    @Test func isCleanAgreesWithTheScalarRule() {
        // Around each byte pattern isClean(utf8:) looks at, both sides of the boundaries.
        let probes: [UInt32] = [
            0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0x600, 0x61B, 0x61C, 0x61D, 0x63F, 0x200D, 0x200E,
            0x200F, 0x2010, 0x2027, 0x2028, 0x202E, 0x202F, 0x2040, 0x2065, 0x2066, 0x2069, 0x206A, 0x2FFF,
            0xFFFD, 0x1F600,
        ]
        for code in probes {
            guard let scalar = Unicode.Scalar(code) else { continue }
            let text = "x\(scalar)y"
            #expect(Sanitizer.isClean(text) == !Sanitizer.needsReplacement(code), "U+\(String(code, radix: 16))")
        }
    }

    // MARK: Property: no forbidden scalar ever comes out

    @Test func randomTextNeverYieldsAForbiddenScalar() {
        let pieces: [String] = [
            "a", "Z", " ", "ë", "中", "👍", "\u{301}", "\u{200D}", "\u{FFFD}", "\\", "[", "]", "P", "_", "^", "X",
            "0", ";", "m", "?", "\u{1B}", "\u{1B}[", "\u{1B}]", "\u{1B}\\", "\u{7}", "\t", "\n", "\r", "\r\n",
            "\u{0}", "\u{7F}", "\u{9B}", "\u{9C}", "\u{9D}", "\u{90}", "\u{85}", "\u{18}", "\u{202E}", "\u{2066}",
            "\u{200F}", "\u{61C}", "\u{2028}", "\u{2029}", "<U+", ">",
        ]
        var random = SplitMix64(seed: 0xC0FFEE)
        var failures: [String] = []
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int(random.next() % 20) {
                text += pieces[Int(random.next() % UInt64(pieces.count))]
            }
            let tabWidth = Int(random.next() % 10)
            let startColumn = Int(random.next() % 20)
            let result = Sanitizer.sanitizeLine(text, tabWidth: tabWidth, startColumn: startColumn)
            let forbidden = result.unicodeScalars.contains { scalar in
                let value = scalar.value
                return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                    || (0x2066...0x2069).contains(value) || [0x200E, 0x200F, 0x061C, 0x2028, 0x2029].contains(value)
            }
            let consistent =
                Sanitizer.isClean(result)
                && Sanitizer.sanitizeLine(result, tabWidth: tabWidth, startColumn: startColumn) == result
                && Sanitizer.isClean(text) == (result == text)
            if forbidden || !consistent {
                failures.append(String(reflecting: text))
            }
        }
        #expect(failures.isEmpty, "\(failures.count) inputs, e.g. \(failures.prefix(5))")
    }

    @Test func placeholderFormat() {
        #expect(Sanitizer.codePlaceholder(0x9B) == "<U+009B>")
        #expect(Sanitizer.codePlaceholder(0x202E) == "<U+202E>")
        #expect(Sanitizer.codePlaceholder(0x1F600) == "<U+1F600>")
    }
}
