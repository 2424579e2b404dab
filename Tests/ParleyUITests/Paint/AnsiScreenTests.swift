import Testing
@testable import ParleyUI

/// The bytes `AnsiScreen` writes for small screens, exactly: CR LF between
/// rows, a shifted screen moved with delete/insert line, short SGR.
struct AnsiScreenTests {
    private let features = AnsiScreen.Features(attributes: [.bold, .italic, .reverse], colour: true,
                                               showCursor: Array("<show>".utf8), hideCursor: Array("<hide>".utf8))

    private func put(_ rows: [String], on screen: inout AnsiScreen, style: CellStyle = .plain) {
        for (row, text) in rows.enumerated() {
            for (column, character) in text.enumerated() {
                screen.put(String(character), width: 1, row: row, column: column, style: style)
            }
            for column in text.count ..< screen.size.width {
                screen.put(" ", width: 1, row: row, column: column, style: .plain)
            }
        }
    }

    private func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "^")
    }

    @Test func rowsAfterTheFirstAreReachedWithCarriageReturnAndLineFeed() {
        var screen = AnsiScreen(size: GridSize(width: 8, height: 4), features: features)
        put(["  ab", "  cd", "", "status"], on: &screen)
        // The first row's margin is jumped (the cursor's place is not known yet), the others' written.
        #expect(text(screen.render()) == "^[1;3H^[mab\r\n  cd\r\n\nstatus<hide>")
    }

    @Test func aScreenShiftedByOneRowMovesWithDeleteAndInsertLine() {
        var screen = AnsiScreen(size: GridSize(width: 8, height: 5), features: features)
        put(["  one", "  two", "  three", "  four", "status"], on: &screen)
        _ = screen.render()
        put(["  two", "  three", "  four", "  five", "status"], on: &screen)
        // Delete the top row, insert one above the status line, write the new row only.
        #expect(text(screen.render()) == "^[H^[M^[4H^[L  five")
    }

    @Test func styleChangesAreOneShortSequence() {
        var screen = AnsiScreen(size: GridSize(width: 6, height: 2), features: features)
        screen.put("a", width: 1, row: 0, column: 0, style: CellStyle(foreground: .cyan, attributes: [.bold]))
        screen.put("b", width: 1, row: 0, column: 1, style: .plain)
        // Underline is not a feature of this terminal: it is dropped, as ncurses drops it.
        screen.put("c", width: 1, row: 0, column: 2, style: CellStyle(attributes: [.underline]))
        #expect(text(screen.render()) == "^[H^[0;1;36ma^[mbc<hide>")
    }

    @Test func aLineThatGotShorterIsErasedToItsEnd() {
        var screen = AnsiScreen(size: GridSize(width: 10, height: 2), features: features)
        put(["  abcdefgh", "x"], on: &screen)
        _ = screen.render()
        put(["  ab", "x"], on: &screen)
        #expect(text(screen.render()) == "^[1;5H^[K")
    }

    @Test func theCursorIsShownWhereTheGridWantsIt() {
        var screen = AnsiScreen(size: GridSize(width: 6, height: 3), features: features)
        put(["ab", "", "/x"], on: &screen)
        screen.setCursor(GridPoint(row: 2, column: 2))
        #expect(text(screen.render()) == "^[H^[mab\r\n\n/x<show>")
    }
}
