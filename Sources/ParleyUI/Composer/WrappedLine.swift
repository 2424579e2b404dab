/// One line of a `TextBuffer` wrapped to a width: where each row on screen
/// starts, and the columns of every character, so the cursor's row and
/// column are found without measuring again.
///
/// Wraps at spaces (the space stays at the end of its row); a word wider
/// than the whole row is broken where it must be.
struct WrappedLine: Equatable, Sendable {
    /// The character index each row starts at; the first is 0.
    let rowStarts: [Int]
    /// `columns[i]`: display columns of characters `0..<i` (one more entry than characters).
    let columns: [Int]

    init(_ characters: [Character], width: Int) {
        let width = max(1, width)
        var columns = [0]
        columns.reserveCapacity(characters.count + 1)
        var starts = [0]
        var rowStart = 0
        /// Index after the last space on the current row: where it would rather break.
        var lastBreak = 0
        for (index, character) in characters.enumerated() {
            let characterWidth = Self.width(of: character)
            if columns[index] - columns[rowStart] + characterWidth > width && index > rowStart {
                rowStart = lastBreak > rowStart ? lastBreak : index
                starts.append(rowStart)
                // The word carried over plus this character may still not fit.
                if columns[index] - columns[rowStart] + characterWidth > width && index > rowStart {
                    rowStart = index
                    starts.append(rowStart)
                }
            }
            columns.append(columns[index] + characterWidth)
            if character.isWhitespace { lastBreak = index + 1 }
        }
        // A full last row leaves no column for the cursor after it: it gets a row of its own.
        if !characters.isEmpty && columns[characters.count] - columns[rowStart] >= width {
            starts.append(characters.count)
        }
        rowStarts = starts
        self.columns = columns
    }

    var rowCount: Int { rowStarts.count }
    var characterCount: Int { columns.count - 1 }

    /// Characters `start..<end` of `row`.
    func range(ofRow row: Int) -> Range<Int> {
        rowStarts[row] ..< (row + 1 < rowStarts.count ? rowStarts[row + 1] : characterCount)
    }

    /// The row showing the cursor at `index`: a cursor where a row ends and
    /// the next begins is at the start of the next.
    func row(of index: Int) -> Int {
        var low = 0, high = rowStarts.count
        while low < high {
            let mid = (low + high) / 2
            if rowStarts[mid] <= index { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    /// Column of the cursor at `index` within its row.
    func column(of index: Int) -> Int {
        columns[index] - columns[rowStarts[row(of: index)]]
    }

    /// The cursor position on `row` nearest to `column` without passing it.
    /// On every row but the last the cursor stops before the row's last
    /// character: after it is the start of the next row.
    func index(onRow row: Int, column: Int) -> Int {
        let range = range(ofRow: row)
        let last = row + 1 < rowStarts.count ? max(range.lowerBound, range.upperBound - 1) : range.upperBound
        var index = range.lowerBound
        let base = columns[range.lowerBound]
        while index < last && columns[index + 1] - base <= column { index += 1 }
        return index
    }

    /// The last cursor position of `row` (End).
    func endIndex(ofRow row: Int) -> Int {
        let range = range(ofRow: row)
        return row + 1 < rowStarts.count ? max(range.lowerBound, range.upperBound - 1) : range.upperBound
    }

    /// Columns a character takes on screen, as drawn: a control character
    /// is drawn as its visible placeholder (`␛`, `<U+202E>`).
    static func width(of character: Character) -> Int {
        if character.isASCII && character != "\u{7F}" && (character.asciiValue ?? 0) >= 0x20 { return 1 }
        return max(0, DisplayWidth.of(Sanitizer.sanitizeLine(String(character))))
    }
}
