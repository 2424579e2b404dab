import ParleyUI
import Testing

/// What the terminal sends, byte by byte, and the events that come out.
@Suite("Input decoding")
struct InputDecoderTests {
    /// A readable form of events, for comparing.
    static func describe(_ events: [Event]) -> [String] {
        events.map { event in
            switch event {
            case .key(.character(let character)): "char \(character)"
            case .key(let key): "key \(key)"
            case .paste(let text): "paste \(text.debugDescription)"
            default: "other"
            }
        }
    }

    static func decode(_ input: String, idleAfter: Bool = false) -> [String] {
        var decoder = InputDecoder()
        var events: [Event] = []
        for scalar in input.unicodeScalars { events += decoder.feed(scalar) }
        if idleAfter { events += decoder.idle(milliseconds: 30) }
        return describe(events)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var events: [String]
        var idleAfter = false
        var testDescription: String { input.debugDescription }
    }

    static let cases: [Case] = [
        Case(input: "jk", events: ["char j", "char k"]),
        Case(input: "coö", events: ["char c", "char o", "char ö"]),
        Case(input: "中😀", events: ["char 中", "char 😀"]),
        Case(input: "\r", events: ["key enter"]),
        Case(input: "\n", events: ["key enter"]),
        Case(input: "\t", events: ["key tab"]),
        Case(input: "\u{7F}", events: ["key backspace"]),
        Case(input: "\u{08}", events: ["key backspace"]),
        Case(input: "\u{06}\u{02}\u{03}\u{1A}", events: ["key control(\"f\")", "key control(\"b\")", "key control(\"c\")", "key control(\"z\")"]),
        // NUL and C1 controls are not keys.
        Case(input: "\u{00}\u{9B}\u{1C}", events: []),
        // A lone Esc waits for the rest of a sequence, then is the Esc key.
        Case(input: "\u{1B}", events: []),
        Case(input: "\u{1B}", events: ["key escape"], idleAfter: true),
        Case(input: "\u{1B}\u{1B}", events: ["key escape", "key escape"], idleAfter: true),
        Case(input: "\u{1B}q", events: ["key escape", "char q"]),
        // Sequences ncurses left alone.
        Case(input: "\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D", events: ["key up", "key down", "key right", "key left"]),
        Case(input: "\u{1B}OA\u{1B}OH\u{1B}OP", events: ["key up", "key home", "key function(1)"]),
        Case(input: "\u{1B}[5~\u{1B}[6~\u{1B}[1~\u{1B}[4~\u{1B}[3~\u{1B}[Z", events: ["key pageUp", "key pageDown", "key home", "key end", "key delete", "key backTab"]),
        // Unknown sequences vanish whole: none of their bytes runs a command.
        Case(input: "\u{1B}[1;5Gq", events: ["char q"]),
        Case(input: "\u{1B}[?1;2c", events: []),
        Case(input: "\u{1B}O5", events: []),
        Case(input: "\u{1B}[12", events: [], idleAfter: true),
        Case(input: "\u{1B}[" + String(repeating: "1", count: 40) + "~G", events: ["char G"]),
        // Bracketed paste: one event, whatever it contains.
        Case(input: "\u{1B}[200~hello q]G\u{1B}[201~", events: ["paste \"hello q]G\""]),
        Case(input: "\u{1B}[200~line one\rline two\r\nthree\u{1B}[201~", events: ["paste \"line one\\nline two\\nthree\""]),
        Case(input: "\u{1B}[200~a\u{1B}[20b\u{1B}\u{1B}[201~j", events: ["paste \"a\\u{1B}[20b\\u{1B}\"", "char j"]),
        Case(input: "\u{1B}[200~\u{1B}[201~", events: ["paste \"\""]),
        Case(input: "\u{1B}[200~unfinished", events: [], idleAfter: true),
    ]

    @Test(arguments: cases)
    func decodes(_ testCase: Case) {
        #expect(Self.decode(testCase.input, idleAfter: testCase.idleAfter) == testCase.events)
    }

    @Test func keysNcursesRecognisedPassThroughAndEndAPendingEscape() {
        var decoder = InputDecoder()
        #expect(Self.describe(decoder.feed(.pageDown)) == ["key pageDown"])
        _ = decoder.feed("\u{1B}")
        #expect(decoder.isInSequence)
        #expect(Self.describe(decoder.feed(.up)) == ["key escape", "key up"])
        #expect(!decoder.isInSequence)
    }

    @Test func aPasteWithoutItsEndMarkerEndsAfterThreeQuietSeconds() {
        var decoder = InputDecoder()
        for scalar in "\u{1B}[200~abc".unicodeScalars { _ = decoder.feed(scalar) }
        #expect(decoder.isPasting)
        #expect(decoder.idle(milliseconds: 2000).isEmpty)
        #expect(Self.describe(decoder.feed(.up)).isEmpty)
        #expect(Self.describe(decoder.idle(milliseconds: 2999)).isEmpty)
        #expect(Self.describe(decoder.idle(milliseconds: 1)) == ["paste \"abc\""])
        #expect(Self.describe(decoder.feed("j")) == ["char j"])
    }

    @Test func aHugePasteIsCappedNotUnbounded() {
        var decoder = InputDecoder()
        for scalar in "\u{1B}[200~".unicodeScalars { _ = decoder.feed(scalar) }
        for _ in 0 ..< InputDecoder.pasteLimit + 10 { _ = decoder.feed("x") }
        let events = "\u{1B}[201~".unicodeScalars.flatMap { decoder.feed($0) }
        guard case .paste(let text)? = events.first else {
            Issue.record("no paste")
            return
        }
        #expect(text.unicodeScalars.count == InputDecoder.pasteLimit)
    }
}
