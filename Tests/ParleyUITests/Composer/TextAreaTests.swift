import ParleyUI
import Testing

/// Wrapping, rows and the cursor of the composer's text area, without a screen.
@Suite("Text area")
struct TextAreaTests {
    private func rows(_ text: String, width: Int) -> [String] {
        TextArea(text, width: width, height: 100).visibleRows
    }

    @Test(arguments: [
        // Breaks after a space; the space stays on its row.
        ("een twee drie", 9, ["een twee ", "drie"]),
        // A word wider than a row is broken where it must be.
        ("abcdefghijkl", 5, ["abcde", "fghij", "kl"]),
        ("ab abcdefghijkl", 5, ["ab ", "abcde", "fghij", "kl"]),
        // A row that is exactly full leaves an empty row for the cursor after it.
        ("abcde", 5, ["abcde", ""]),
        // Wide characters are two columns and never split.
        ("中文字符", 5, ["中文", "字符"]),
        ("a中文字", 4, ["a中", "文字", ""]),
        // Line breaks are rows of their own; an empty line is a row.
        ("a\n\nb", 5, ["a", "", "b"]),
        // A control character takes the width of its placeholder (␛ is one column).
        ("ab\u{1B}[2J", 3, ["ab\u{1B}", "[2J", ""]),
    ])
    func wrapping(_ text: String, _ width: Int, _ expected: [String]) {
        #expect(rows(text, width: width) == expected)
    }

    @Test func homeEndAndUpDownWorkOnRowsOnScreen() {
        var area = TextArea("een twee drie zes", width: 9, height: 5)
        // Rows: "een twee ", "drie zes"; the cursor is at the end.
        #expect(area.cursorRow == 1)
        #expect(area.cursorColumn == 8)
        area.moveToRowStart()
        #expect(area.buffer.cursor == TextPosition(line: 0, index: 9))
        area.moveVertically(by: -1)
        #expect(area.buffer.cursor == TextPosition(line: 0, index: 0))
        area.moveToRowEnd()
        // The end of a row that wraps is before its last character (the space):
        // after it is the start of the next row.
        #expect(area.buffer.cursor == TextPosition(line: 0, index: 8))
        #expect(area.cursorColumn == 8)
        area.moveVertically(by: 1)
        #expect(area.buffer.cursor == TextPosition(line: 0, index: 17))
        #expect(area.cursorRow == 1)
    }

    @Test func upAndDownKeepTheColumnAcrossWideCharacters() {
        var area = TextArea("abcdef\n中文字\nabcdef", width: 20, height: 5)
        area.moveVertically(by: -1)
        // Column 6 in "中文字" is after 字.
        #expect(area.buffer.cursor == TextPosition(line: 1, index: 3))
        area.moveToRowStart()
        area.moveRight()
        area.moveVertically(by: 1)
        // Column 2 (after 中) is column 2 in "abcdef".
        #expect(area.buffer.cursor == TextPosition(line: 2, index: 2))
    }

    @Test func theBoxScrollsToTheCursorAndNoFurther() {
        var area = TextArea((1 ... 10).map { "r\($0)" }.joined(separator: "\n"), width: 10, height: 3)
        #expect(area.scroll == 7)
        #expect(area.visibleRows == ["r8", "r9", "r10"])
        area.moveVertically(by: -4)
        #expect(area.scroll == 5)
        #expect(area.visibleRows == ["r6", "r7", "r8"])
        area.edit { $0.deleteToLineStart() }
        area.resize(width: 10, height: 20)
        #expect(area.scroll == 0)
    }

    @Test func theCountIsWhatPostingCounts() {
        #expect(TextBuffer("  \n Eens.\n\n  ").characterCount == 5)
        #expect(TextBuffer("een\ntwee").characterCount == 8)
        #expect(TextBuffer("e\u{301}👨‍👩‍👧🇳🇱").characterCount == 3)
        #expect(TextBuffer(" \n ").characterCount == 0)
    }
}
