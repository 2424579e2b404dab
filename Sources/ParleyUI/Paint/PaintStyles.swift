/// The styles a terminal backend paints a row's cells with: each cell's own,
/// except that a gap of blanks between two cells of one style takes that
/// style, when a blank looks the same either way (no background colour,
/// reverse or underline on either side). The terminal then gets no
/// attribute change around the gap: a question line's marker, its gap and
/// its text cost one colour change instead of three (about 25 bytes a line
/// on the wire). Trailing blanks keep their own style, so the backend can
/// still clear to the end of the line.
public enum PaintStyles {
    public static func of(_ cells: some Collection<Cell>) -> [CellStyle] {
        var styles = cells.map(\.style)
        let blank = cells.map { $0.width == 1 && $0.singleByte == 0x20 && looksPlainWhenBlank($0.style) }
        var index = 0
        while index < styles.count {
            guard blank[index], index > 0, looksPlainWhenBlank(styles[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < styles.count && blank[end] { end += 1 }
            if end < styles.count, styles[end] == styles[index - 1] {
                for gap in index ..< end { styles[gap] = styles[index - 1] }
            }
            index = end
        }
        return styles
    }

    /// A blank in this style shows nothing but the terminal's own background.
    static func looksPlainWhenBlank(_ style: CellStyle) -> Bool {
        style.background == .default && style.attributes.isDisjoint(with: [.reverse, .underline])
    }
}
