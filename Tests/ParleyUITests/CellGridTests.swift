import ParleyUI
import Testing

@Suite("Cell grid")
struct CellGridTests {
    private func grid(_ width: Int, _ height: Int = 1) -> CellGrid {
        CellGrid(size: GridSize(width: width, height: height))
    }

    @Test func writesClipAtTheRightEdge() {
        var grid = grid(5)
        let end = grid.write("abcdefgh", row: 0, column: 2, style: .plain)
        #expect(grid.text(row: 0) == "  abc")
        #expect(end == 5)
    }

    @Test func aWideCharacterTakesTwoCellsAndIsNeverSplit() {
        var grid = grid(5)
        grid.write("a中b", row: 0, column: 0, style: .plain)
        #expect(grid[0, 1].character == "中")
        #expect(grid[0, 1].width == 2)
        #expect(grid[0, 2].isContinuation)
        #expect(grid[0, 3].character == "b")
        // At the edge with one column left it becomes a blank, not half a character.
        var edge = self.grid(4)
        let end = edge.write("abc中", row: 0, column: 0, style: .plain)
        #expect(edge.text(row: 0) == "abc")
        #expect(edge[0, 3] == Cell.blank())
        #expect(end == 4)
        var limited = self.grid(8)
        limited.write("中中中", row: 0, column: 0, style: .plain, limit: 5)
        #expect(limited.text(row: 0) == "中中")
        #expect(!limited[0, 4].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = grid(6)
        grid.write("中文", row: 0, column: 0, style: .plain)
        grid.write("x", row: 0, column: 1, style: .plain)
        #expect(grid.text(row: 0) == " x文")
        #expect(grid[0, 0] == Cell.blank())
        grid.write("y", row: 0, column: 2, style: .plain)
        #expect(grid.text(row: 0) == " xy")
        #expect(!grid[0, 3].isContinuation)
        grid.write("中", row: 0, column: 3, style: .plain)
        grid.write("文", row: 0, column: 2, style: .plain)
        #expect(grid.text(row: 0) == " x文")
        #expect(grid[0, 4] == Cell.blank())
    }

    @Test func everyContinuationFollowsAWideCharacter() {
        var grid = grid(7, 3)
        let writes: [(String, Int)] = [("中文字", 0), ("ab", 1), ("😀x", 4), ("字", 5), ("é", 6), ("中", -1)]
        for (index, (text, column)) in writes.enumerated() {
            grid.write(text, row: index % 3, column: column, style: .plain)
            for row in 0 ..< 3 {
                for column in 0 ..< 7 where grid[row, column].isContinuation {
                    #expect(column > 0 && grid[row, column - 1].width == 2)
                }
            }
        }
    }

    /// The grid passes everything through the Sanitizer (whose own tests
    /// cover every unsafe character); here: no C0 or C1 control survives.
    @Test func controlCharactersNeverReachTheGrid() {
        var grid = grid(40)
        grid.write("a\u{1B}[31mred\u{07}\u{9B}2J\u{00}b\u{7F}", row: 0, column: 0, style: .plain)
        for column in 0 ..< 40 {
            for scalar in grid[0, column].character.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F ... 0x9F).contains(scalar.value))
            }
        }
        #expect(grid.text(row: 0).hasPrefix("a"))
        #expect(grid.text(row: 0).contains("[31mred"))
    }

    @Test func zeroWidthCharactersAreDroppedAndCombiningMarksStayOnTheirBase() {
        var grid = grid(10)
        grid.write("\u{301}e\u{301}xy", row: 0, column: 0, style: .plain)
        #expect(grid[0, 0].character == "e\u{301}")
        #expect(grid.text(row: 0) == "e\u{301}xy")
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var grid = grid(3, 2)
        grid.write("abc", row: 5, column: 0, style: .plain)
        grid.write("abc", row: -1, column: 0, style: .plain)
        grid.write("abc", row: 0, column: 7, style: .plain)
        grid.fill(row: 9, style: .plain)
        #expect(grid.lines == ["", ""])
        grid.write("abcd", row: 1, column: -2, style: .plain)
        #expect(grid.lines == ["", "cd"])
    }

    @Test func restyleKeepsTheCharacters() {
        var grid = grid(6)
        grid.write("ab中d", row: 0, column: 0, style: .plain)
        grid.restyle(row: 0, from: 3, to: 4) { $0.attributes.insert(.reverse) }
        #expect(grid.text(row: 0) == "ab中d")
        // Starting on a continuation restyles the whole wide character.
        #expect(grid[0, 2].style.attributes == .reverse)
        #expect(grid[0, 3].style.attributes == .reverse)
        #expect(grid[0, 4].style.attributes == [])
    }

    @Test func aOneByOneGridTakesAnything() {
        var grid = grid(1)
        grid.write("中文 and more", row: 0, column: 0, style: .plain)
        #expect(grid.lines == [""])
        grid.write("xyz", row: 0, column: 0, style: .plain)
        #expect(grid.lines == ["x"])
    }
}
