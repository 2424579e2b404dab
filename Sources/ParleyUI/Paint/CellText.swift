/// What a cell becomes on a terminal whose character library may measure it
/// differently from the layout (`DisplayWidth`): the columns always stay the
/// layout's, so the rest of the line does not move.
enum CellText: Equatable {
    /// The library agrees on the width.
    case exact(String)
    /// The library gives fewer columns than the layout (a wide character it
    /// thinks narrow): written, then padded with a blank.
    case narrow(String)
    /// Not printable here (not ASCII without UTF-8, unknown to the library,
    /// or wider than the layout allows): one `?` per column.
    case unprintable

    /// One spacing character and up to four zero-width ones (accents,
    /// variation selectors), as one terminal cell takes it.
    static func of(_ cell: Cell, unicode: Bool, libraryWidth: (Unicode.Scalar) -> Int) -> CellText {
        let scalars = cell.character.unicodeScalars
        guard let base = scalars.first else { return .unprintable }
        if !unicode && !cell.character.isASCII { return .unprintable }
        let baseWidth = libraryWidth(base)
        guard baseWidth >= 1 && baseWidth <= Int(cell.width) else { return .unprintable }
        var text = String.UnicodeScalarView()
        text.append(base)
        var count = 1
        for scalar in scalars.dropFirst() {
            // A joiner or a second spacing character (emoji sequences, flags)
            // cannot go into one terminal cell: show the first part only.
            guard count < 5, scalar.value != 0x200D, libraryWidth(scalar) == 0 else { break }
            text.append(scalar)
            count += 1
        }
        return baseWidth == Int(cell.width) ? .exact(String(text)) : .narrow(String(text))
    }
}
