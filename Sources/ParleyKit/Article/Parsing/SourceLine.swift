/// One line of an article's body and where it is in the file.
struct SourceLine {
    var text: Substring
    /// 1-based line in the file.
    var number: Int

    var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }

    /// Columns of leading white space (a tab counts to the next multiple of 4, as in CommonMark).
    var indent: Int {
        var columns = 0
        for character in text {
            if character == " " { columns += 1 } else if character == "\t" { columns += 4 - columns % 4 } else { break }
        }
        return columns
    }

    /// The line with `columns` columns of leading white space removed (or all
    /// of it, when there is less).
    func dropping(columns: Int) -> SourceLine {
        var removed = 0
        var index = text.startIndex
        while index < text.endIndex, removed < columns {
            let character = text[index]
            if character == " " { removed += 1 } else if character == "\t" { removed += 4 - removed % 4 } else { break }
            index = text.index(after: index)
        }
        // A tab that spans past the cut leaves its remaining columns as spaces.
        let leftover = max(0, removed - columns)
        let rest = text[index...]
        return SourceLine(text: leftover > 0 ? Substring(String(repeating: " ", count: leftover) + rest) : rest, number: number)
    }
}

extension String {
    /// Lines split at "\n" and "\r\n" only, so line numbers agree with editors.
    func sourceLines() -> [Substring] {
        split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }
}
