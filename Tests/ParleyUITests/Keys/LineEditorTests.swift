import ParleyUI
import Testing

/// The one line editor of the search and the filter.
@Suite("Line editor")
struct LineEditorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var start: String
        var key: Key
        var outcome: LineEditor.Outcome
        var text: String
        var testDescription: String { "\(start) + \(key)" }
    }

    static let cases: [Case] = [
        Case(start: "ab", key: .character("c"), outcome: .edited, text: "abc"),
        Case(start: "", key: .character("é"), outcome: .edited, text: "é"),
        Case(start: "ab", key: .backspace, outcome: .edited, text: "a"),
        Case(start: "e\u{301}", key: .backspace, outcome: .edited, text: ""),
        Case(start: "", key: .backspace, outcome: .emptied, text: ""),
        Case(start: "abc", key: .control("u"), outcome: .edited, text: ""),
        Case(start: "abc", key: .enter, outcome: .accepted, text: "abc"),
        Case(start: "abc", key: .escape, outcome: .cancelled, text: "abc"),
        Case(start: "abc", key: .control("c"), outcome: .cancelled, text: "abc"),
        Case(start: "abc", key: .control("g"), outcome: .cancelled, text: "abc"),
        Case(start: "abc", key: .up, outcome: .ignored, text: "abc"),
        Case(start: "abc", key: .control("x"), outcome: .ignored, text: "abc"),
    ]

    @Test(arguments: cases)
    func aKey(_ testCase: Case) {
        var line = PromptText(testCase.start)
        #expect(LineEditor.apply(testCase.key, to: &line, keys: KeyTable.defaults.search) == testCase.outcome)
        #expect(line.text == testCase.text)
    }

    /// A rebound prompt: the key is the keymap's, and a character bound to
    /// an action no longer types.
    @Test func theKeymapDecides() throws {
        let keys = try UserConfigFixture.settings("key.search.accept: ;", "key.search.clear: Ctrl-K").keys.search
        var line = PromptText("ab")
        #expect(LineEditor.apply(.character(";"), to: &line, keys: keys) == .accepted)
        #expect(LineEditor.apply(.enter, to: &line, keys: keys) == .ignored)
        #expect(LineEditor.apply(.control("u"), to: &line, keys: keys) == .ignored)
        #expect(line.text == "ab")
        #expect(LineEditor.apply(.control("k"), to: &line, keys: keys) == .edited)
        #expect(line.text == "")
    }
}

@Suite("Key names")
struct KeyNameTests {
    static let every: [Key] = [.character("j"), .character("G"), .character("?"), .character(" "), .character("é"), .control("n"),
                               .enter, .escape, .tab, .backTab, .backspace, .delete, .insert, .up, .down, .left, .right,
                               .home, .end, .pageUp, .pageDown, .function(1), .function(12)]

    @Test(arguments: every)
    func aNameReadsBackAsItsKey(_ key: Key) {
        #expect(Key(configName: key.configName) == key)
    }

    @Test func aliasesAndCase() {
        #expect(Key(configName: "C-s") == .control("s"))
        #expect(Key(configName: "ctrl-S") == .control("s"))
        #expect(Key(configName: "esc") == .escape)
        #expect(Key(configName: "PageDown") == .pageDown)
        #expect(Key(configName: "space") == .character(" "))
        #expect(Key(configName: "S-Tab") == .backTab)
        #expect(Key(configName: "g") != Key(configName: "G"))
    }

    @Test(arguments: ["Ctrl-", "Ctrl-1", "F13", "F0", "Hyper-x", "jj", "\u{7}"])
    func notAKey(_ name: String) {
        #expect(Key(configName: name) == nil)
    }
}
