/// Quotation marks as interviews use them: “ ” ‘ ’ « » „ ‚ ‹ › and the
/// typewriter forms " and ,, … ''. Web text mixes them freely (the seed closes
/// an answer with an opening “), so any mark may open or close.
///
/// Works on Unicode scalars: every mark is one scalar, and paragraphs are
/// tested by the hundred thousand.
enum QuoteMarks {
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "\"": true
        default: false
        }
    }

    /// Whether the paragraph starts with a quotation mark: its text is quoted speech.
    /// Dutch contractions ('t, 's, 'n, ’s-Hertogenbosch) are not quotations.
    static func opens(_ text: Substring) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return false }
        let second = scalars.next()
        if first == "," || first == "'" { return second == first }
        guard isMark(first) else { return false }
        if first == "’" || first == "‘", let letter = second, "tsnTSN".unicodeScalars.contains(letter) {
            let after = scalars.next()
            if !(after?.properties.isAlphabetic ?? false) { return false }
        }
        return true
    }

    /// Length in characters of the opening mark (",," and "''" are two).
    static func openingLength(_ text: Substring) -> Int {
        text.hasPrefix(",,") || text.hasPrefix("''") ? 2 : 1
    }

    /// Whether `text` holds a quotation mark that can close a quotation: any
    /// mark except an apostrophe between two letters (programma’s); a lone '
    /// is an apostrophe, only '' closes.
    static func containsClosingMark(_ text: Substring) -> Bool {
        var previous: Unicode.Scalar = " "
        var iterator = text.unicodeScalars.makeIterator()
        var current = iterator.next()
        while let scalar = current {
            let next = iterator.next()
            if scalar == "'" {
                if next == "'" { return true }
            } else if isMark(scalar) {
                let isApostrophe = scalar == "’" && previous.properties.isAlphabetic && (next?.properties.isAlphabetic ?? false)
                if !isApostrophe { return true }
            }
            previous = scalar
            current = next
        }
        return false
    }

    /// Whether the character is a quotation mark (for end-of-sentence tests).
    static func isMark(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && character.unicodeScalars.first.map(isMark) == true
    }
}
