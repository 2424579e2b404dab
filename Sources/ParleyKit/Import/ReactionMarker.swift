/// How a reaction starts in copied web text: a number ("1. ", "2) ") or a
/// line naming its writer ("Jan said:", "Marie schreef op 3 maart 2013 om 10:15:").
enum ReactionMarker {
    /// `N.` or `N)` (one to three digits) and a space: the number and the text after it.
    /// Also how numbered questions are written.
    static func numbered(_ text: Substring) -> (number: Int, rest: Substring)? {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...3).contains(digits.count), let number = Int(digits) else { return nil }
        let after = text[digits.endIndex...]
        guard let delimiter = after.first, delimiter == "." || delimiter == ")" else { return nil }
        let rest = after.dropFirst()
        guard let space = rest.first, space.isWhitespace else { return nil }
        return (number, rest.trimmingWhitespace)
    }

    private static let verbs = [
        "said", "says", "wrote", "writes", "commented", "replied",
        "schreef", "schrijft", "zei", "zegt", "reageerde", "reageert", "antwoordde",
    ]
    /// Words that may follow the verb before the colon: a date or time.
    private static let dateWords = ["on", "op", "at", "om", "in"]
    private static let maximumNameLength = 60
    private static let maximumNameWords = 6

    /// "Name said:" and what follows it on the same paragraph (possibly
    /// nothing). The verb must end the line or be followed by ':' or '...',
    /// possibly after a date ("op 3 maart om 10:15:"), so that a reaction
    /// starting "Jan said the article ..." is not taken for one.
    static func said(_ text: Substring) -> (author: String, rest: Substring)? {
        let head = text.prefix(maximumNameLength + 20)
        let words = head.split(separator: " ", omittingEmptySubsequences: true)
        for (position, word) in words.enumerated() where position >= 1 && position <= maximumNameWords {
            var verb = word[...]
            var colonOnVerb = false
            if verb.hasSuffix(":") { verb = verb.dropLast(); colonOnVerb = true }
            if verb.hasSuffix("...") { verb = verb.dropLast(3); colonOnVerb = true }
            if verb.hasSuffix("…") { verb = verb.dropLast(); colonOnVerb = true }
            guard verbs.contains(verb.lowercased()) else { continue }
            let name = text[text.startIndex..<word.startIndex].trimmingWhitespace
            guard !name.isEmpty, !name.contains(":"), name.hasAtMost(maximumNameLength),
                  let first = name.first, first.isLetter || first.isNumber || first == "@" else { return nil }
            let after = text[word.endIndex...]
            if colonOnVerb { return (String(name), after.trimmingWhitespace) }
            let trimmed = after.trimmingWhitespace
            if trimmed.isEmpty { return (String(name), trimmed) }
            if let rest = textAfterTerminator(trimmed, allowingDate: true) { return (String(name), rest) }
            return nil
        }
        return nil
    }

    /// What follows ':' or '...' at the start of `text`, or after a date
    /// clause that starts with one of `dateWords` and ends in ': ' or ':' at the end.
    private static func textAfterTerminator(_ text: Substring, allowingDate: Bool) -> Substring? {
        if text.hasPrefix(":") { return text.dropFirst().trimmingWhitespace }
        if text.hasPrefix("...") { return text.dropFirst(3).trimmingWhitespace }
        if text.hasPrefix("…") { return text.dropFirst().trimmingWhitespace }
        guard allowingDate else { return nil }
        let firstWord = text.prefix(while: { !$0.isWhitespace && $0 != "," }).lowercased()
        guard dateWords.contains(firstWord) || text.hasPrefix(",") else { return nil }
        // The date ends at the first ':' that is followed by a space or the end
        // (so the ':' of "10:15" is part of it).
        var index = text.startIndex
        var scanned = 0
        while index < text.endIndex, scanned < 80 {
            let next = text.index(after: index)
            if text[index] == ":" && (next == text.endIndex || text[next].isWhitespace) {
                return text[next...].trimmingWhitespace
            }
            if text[index] == "…" { return text[next...].trimmingWhitespace }
            index = next
            scanned += 1
        }
        return nil
    }
}
