/// Quotation marks as interviews use them: “ ” ‘ ’ « » „ ‚ ‹ › and the
/// typewriter forms " and ,, … ''. Web text mixes them freely (the seed closes
/// an answer with an opening “), so any mark may open or close.
enum QuoteMarks {
    static let marks: Set<Character> = ["“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "\""]

    /// Whether the paragraph starts with a quotation mark: its text is quoted speech.
    /// Dutch contractions ('t, 's, 'n, ’s-Hertogenbosch) are not quotations.
    static func opens(_ text: Substring) -> Bool {
        guard let first = text.first else { return false }
        if text.hasPrefix(",,") || text.hasPrefix("''") { return true }
        guard marks.contains(first) else { return false }
        if first == "’" || first == "‘" {
            let rest = text.dropFirst()
            if let letter = rest.first, "tsnTSN".contains(letter) {
                let after = rest.dropFirst().first
                if after == nil || !(after!.isLetter) { return false }
            }
        }
        return true
    }

    /// Length of the opening mark (",," and "''" are two characters).
    static func openingLength(_ text: Substring) -> Int {
        text.hasPrefix(",,") || text.hasPrefix("''") ? 2 : 1
    }

    /// Whether `text` holds a quotation mark that can close a quotation: any
    /// mark except an apostrophe between two letters (programma’s).
    static func containsClosingMark(_ text: Substring) -> Bool {
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "'" {
                // A lone ' is an apostrophe; only '' closes.
                if next < text.endIndex, text[next] == "'" { return true }
            } else if marks.contains(character) {
                let isApostrophe = character == "’" && (previous?.isLetter ?? false) && next < text.endIndex && text[next].isLetter
                if !isApostrophe { return true }
            }
            previous = character
            index = next
        }
        return false
    }
}
