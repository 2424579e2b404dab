/// Guesses whether a text is Dutch or English from its most common words.
enum LanguageGuess {
    /// Frequent words of one language that are rare in the other ("is", "in",
    /// "we", "of" and "was" are both Dutch and English, so they are not here).
    static let dutch: Set<String> = [
        "de", "het", "een", "en", "van", "dat", "niet", "je", "ik", "wij", "zijn", "op", "voor", "met",
        "wat", "er", "ook", "maar", "om", "naar", "bij", "als", "wordt", "worden", "nog", "heeft",
        "hebben", "deze", "uit", "zich", "moet", "kunnen", "zal", "geen", "veel", "dit",
    ]
    static let english: Set<String> = [
        "the", "a", "an", "and", "that", "not", "you", "are", "on", "for", "with", "what", "it", "to",
        "but", "this", "be", "have", "has", "they", "from", "by", "which", "would", "will", "there",
        "their", "been", "were", "can", "should", "about", "more", "very", "our", "your",
    ]
    /// Enough to decide; the rest of a long text changes nothing.
    static let wordsRead = 5_000
    /// Fewer matches than this is no evidence.
    static let minimumMatches = 3

    /// "nl", "en", or nil when the words do not say.
    static func guess(_ texts: some Sequence<Substring>) -> String? {
        var nl = 0, en = 0, read = 0
        outer: for text in texts {
            var start: Substring.Index?
            var index = text.startIndex
            // Words are scanned one by one (not split up front), so a text of
            // megabytes costs no more than its first `wordsRead` words.
            while true {
                let atEnd = index == text.endIndex
                let isLetter = !atEnd && text[index].isLetter
                if isLetter, start == nil { start = index }
                if !isLetter, let wordStart = start {
                    let word = text[wordStart..<index]
                    // Long runs are not common words; lower-casing them would only cost time.
                    if word.hasAtMost(12) {
                        let lower = word.lowercased()
                        if dutch.contains(lower) { nl += 1 } else if english.contains(lower) { en += 1 }
                    }
                    start = nil
                    read += 1
                    if read >= wordsRead { break outer }
                }
                if atEnd { break }
                index = text.index(after: index)
            }
        }
        if nl > en && nl >= minimumMatches { return "nl" }
        if en > nl && en >= minimumMatches { return "en" }
        return nil
    }
}
