import Testing
@testable import ParleyUI

@Suite("What the painter writes to the terminal")
struct ScreenPainterTests {
    static let size = GridSize(width: 6, height: 3)
    static let bold = CellStyle(attributes: .bold)
    static let red = CellStyle(foreground: .red)

    /// A grid with three lines of text, already painted once, and a fresh backend.
    static func painted(_ lines: [String] = ["abc", "de", "f"], unicode: Bool = true) -> (ScreenPainter, CellGrid, TestBackend) {
        var painter = ScreenPainter(unicode: unicode)
        let grid = grid(lines)
        var first = TestBackend()
        painter.paint(grid, to: &first)
        return (painter, grid, TestBackend())
    }

    static func grid(_ lines: [String], size: GridSize = size) -> CellGrid {
        var grid = CellGrid(size: size)
        for (row, line) in lines.enumerated() { grid.write(line, row: row, column: 0, style: .plain) }
        return grid
    }

    @Test("an unchanged grid writes no character, only hides the cursor again")
    func unchanged() {
        var (painter, grid, backend) = Self.painted()
        painter.paint(grid, to: &backend)
        #expect(backend.calls == [.cursorVisible(false)])
    }

    @Test("one changed cell rewrites its row only; every cell of that row, not the others")
    func oneCell() {
        var (painter, grid, backend) = Self.painted()
        grid.write("X", row: 1, column: 1, style: .plain)
        painter.paint(grid, to: &backend)
        // The row is handed over whole; ncurses sends only the changed cell.
        let row1 = Array("dX    ").enumerated().map { TestBackend.Call.put(String($1), row: 1, column: $0, style: .plain) }
        #expect(backend.puts == row1)
    }

    @Test("a changed style alone rewrites the row, the cell in its new style")
    func style() {
        var (painter, grid, backend) = Self.painted()
        grid.restyle(row: 0, from: 1, to: 2) { $0 = Self.bold }
        painter.paint(grid, to: &backend)
        #expect(backend.puts.count == 6)
        #expect(backend.puts.allSatisfy { if case .put(_, 0, _, _) = $0 { true } else { false } })
        #expect(backend.puts[1] == .put("b", row: 0, column: 1, style: Self.bold))
        #expect(backend.puts[0] == .put("a", row: 0, column: 0, style: .plain))
    }

    @Test("a wide character is written once at its first column; its continuation is skipped")
    func wide() {
        var (painter, grid, backend) = Self.painted()
        grid.write("中😀x", row: 2, column: 0, style: Self.red)
        painter.paint(grid, to: &backend)
        #expect(backend.puts == [
            .put("中", row: 2, column: 0, style: Self.red),
            .put("😀", row: 2, column: 2, style: Self.red),
            .put("x", row: 2, column: 4, style: Self.red),
            .put(" ", row: 2, column: 5, style: .plain),
        ])
    }

    @Test("a wide character cut by the right edge is written as a blank, never half of it")
    func clippedWide() {
        var (painter, grid, backend) = Self.painted()
        grid.write("abcde中", row: 0, column: 0, style: .plain)
        painter.paint(grid, to: &backend)
        #expect(backend.puts.last == .put(" ", row: 0, column: 5, style: .plain))
        #expect(!backend.puts.contains { if case .put("中", _, _, _) = $0 { true } else { false } })
    }

    @Test("when the terminal's library measures a character differently, the layout's columns are kept")
    func libraryDisagrees() {
        var (painter, grid, backend) = Self.painted()
        grid.write("中é", row: 1, column: 0, style: .plain)
        // Narrower than the layout: the character, then a blank pad.
        backend.libraryWidths["中"] = 1
        painter.paint(grid, to: &backend)
        #expect(Array(backend.puts.prefix(3)) == [
            .put("中", row: 1, column: 0, style: .plain),
            .put(" ", row: 1, column: 1, style: .plain),
            .put("é", row: 1, column: 2, style: .plain),
        ])
        // Unknown to the library: one '?' per column.
        painter.invalidate()
        backend = TestBackend(libraryWidths: ["中": -1])
        painter.paint(grid, to: &backend)
        #expect(Array(backend.puts.filter { if case .put(_, 1, _, _) = $0 { true } else { false } }.prefix(3)) == [
            .put("?", row: 1, column: 0, style: .plain),
            .put("?", row: 1, column: 1, style: .plain),
            .put("é", row: 1, column: 2, style: .plain),
        ])
    }

    @Test("a combining accent goes into its base's cell; a joined emoji sequence keeps only its first part")
    func clusters() {
        var (painter, grid, backend) = Self.painted()
        grid.write("e\u{301}👩‍💻", row: 2, column: 0, style: .plain)
        painter.paint(grid, to: &backend)
        #expect(Array(backend.puts.prefix(2)) == [
            .put("e\u{301}", row: 2, column: 0, style: .plain),
            .put("👩", row: 2, column: 1, style: .plain),
        ])
    }

    @Test("a terminal without UTF-8 gets '?' for anything not ASCII, as many as its columns")
    func ascii() {
        var painter = ScreenPainter(unicode: false)
        var backend = TestBackend()
        painter.paint(Self.grid(["é中a"]), to: &backend)
        #expect(Array(backend.puts.prefix(4)) == [
            .put("?", row: 0, column: 0, style: .plain),
            .put("?", row: 0, column: 1, style: .plain),
            .put("?", row: 0, column: 2, style: .plain),
            .put("a", row: 0, column: 3, style: .plain),
        ])
    }

    @Test("after invalidate (Ctrl-L, resize, resume) or on a new size, every cell is written again")
    func fullRepaint() {
        var (painter, grid, backend) = Self.painted()
        painter.invalidate()
        painter.paint(grid, to: &backend)
        #expect(backend.puts.count == 18)
        #expect(backend.puts[0] == .put("a", row: 0, column: 0, style: .plain))
        #expect(backend.puts[17] == .put(" ", row: 2, column: 5, style: .plain))

        var resized = TestBackend()
        painter.paint(Self.grid(["abc"], size: GridSize(width: 4, height: 2)), to: &resized)
        #expect(resized.puts.count == 8)
    }

    @Test("a prompt shows the cursor where typing goes; otherwise it is hidden")
    func cursor() {
        var (painter, grid, backend) = Self.painted()
        grid.cursor = GridPoint(row: 2, column: 1)
        painter.paint(grid, to: &backend)
        #expect(backend.calls == [.cursorVisible(true), .moveCursor(GridPoint(row: 2, column: 1))])

        grid.cursor = nil
        var hidden = TestBackend()
        painter.paint(grid, to: &hidden)
        #expect(hidden.calls == [.cursorVisible(false)])
    }
}
