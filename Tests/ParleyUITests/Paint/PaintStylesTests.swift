import Testing
@testable import ParleyUI

@Suite("Styles a row is painted with")
struct PaintStylesTests {
    static let cyan = CellStyle(foreground: .cyan, attributes: .bold)
    static let plain = CellStyle.plain
    static let bar = CellStyle(background: .blue)
    static let link = CellStyle(foreground: .blue, attributes: .underline)

    static func cells(_ text: String, _ styles: [CellStyle]) -> [Cell] {
        zip(text, styles).map { Cell($0, style: $1) }
    }

    @Test("a gap between two cells of one style takes it; trailing blanks and visible blanks keep their own")
    func gaps() {
        let c = Self.cyan, p = Self.plain
        // "▌ 1. Q  " : marker, gap, question, trailing blanks.
        let row = Self.cells("▌ 1. Q  ", [c, p, c, c, c, c, p, p])
        #expect(PaintStyles.of(row) == [c, c, c, c, c, c, p, p])
        // Between two different styles, a gap stays as it is.
        #expect(PaintStyles.of(Self.cells("a b", [c, p, p])) == [c, p, p])
        // A blank with a background, or between underlined cells, shows: it keeps its style.
        #expect(PaintStyles.of(Self.cells("a b", [c, Self.bar, c])) == [c, Self.bar, c])
        #expect(PaintStyles.of(Self.cells("a b", [Self.link, p, Self.link])) == [Self.link, p, Self.link])
        // A leading gap has nothing on its left.
        #expect(PaintStyles.of(Self.cells("  a", [p, p, c])) == [p, p, c])
    }
}
