/// The parts of a web page that are not the interview: a comment count under
/// the title, the reactions heading, an author box, newsletter sign-ups and
/// share buttons. Each test looks at one paragraph; all are bounded, so a
/// paragraph of megabytes costs no more than a short one.
enum PageChrome {
    /// Longer paragraphs are never chrome.
    static let maximumLength = 200

    /// A lone number ("1"): the comment count a page shows under its title.
    static func isLoneNumber(_ text: Substring) -> Bool {
        !text.isEmpty && text.hasAtMost(6) && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A reactions heading: "1 reactie", "12 comments", "Reacties", "Comments (3)".
    /// `count` is the number it gives, nil when it gives none.
    struct ReactionsHeading: Equatable {
        var count: Int?
    }

    private static let reactionWords: Set<String> = [
        "reactie", "reacties", "reaction", "reactions", "comment", "comments", "opmerking", "opmerkingen",
    ]
    private static let bareHeadings: Set<String> = ["reacties", "reactions", "comments", "opmerkingen"]
    private static let noneWords: Set<String> = ["geen", "no"]

    static func reactionsHeading(_ text: Substring) -> ReactionsHeading? {
        // Most paragraphs end in punctuation: no heading, decided without lower-casing.
        guard let last = text.last, last.isLetter || last == ")" || last == ":", text.hasAtMost(40) else { return nil }
        var lower = text.lowercased()[...]
        if lower.last == ":" { lower = lower.dropLast().trimmingWhitespace }
        if bareHeadings.contains(String(lower)) { return ReactionsHeading(count: nil) }
        // "Reacties (3)"
        if lower.last == ")", let open = lower.lastIndex(of: "(") {
            let word = lower[..<open].trimmingWhitespace
            let digits = lower[lower.index(after: open)..<lower.index(before: lower.endIndex)]
            if bareHeadings.contains(String(word)), let count = Int(digits), digits.allSatisfy(\.isASCII) {
                return ReactionsHeading(count: count)
            }
            return nil
        }
        let words = lower.split(separator: " ")
        guard words.count == 2, reactionWords.contains(String(words[1])) else { return nil }
        if noneWords.contains(String(words[0])) { return ReactionsHeading(count: 0) }
        guard words[0].count <= 6, words[0].allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(words[0]) else { return nil }
        return ReactionsHeading(count: count)
    }

    private static let authorBoxHeadings: Set<String> = [
        "over auteur", "over de auteur", "over de auteurs", "over de schrijver",
        "about the author", "about the authors", "auteur", "author",
    ]

    /// "Over Auteur", "About the author": the heading of an author box.
    static func isAuthorBoxHeading(_ text: Substring) -> Bool {
        guard let last = text.last, last.isLetter || last == ":", text.hasAtMost(30) else { return false }
        var lower = text.lowercased()[...]
        if lower.last == ":" { lower = lower.dropLast().trimmingWhitespace }
        return authorBoxHeadings.contains(String(lower))
    }

    private static let signUpPhrases = [
        "aanmelden", "meld je aan", "meld u aan", "abonneer", "abonneren", "inschrijven", "schrijf je in",
        "schrijf u in", "subscribe", "sign up", "signup",
    ]
    private static let newsletterWords = ["nieuwsbrief", "newsletter", "mailbox", "inbox"]

    /// A newsletter sign-up. In the body of the interview it must both ask to
    /// sign up and name the newsletter (or be a lone sign-up button); after the
    /// interview (`afterInterview`) naming a newsletter or mailbox is enough.
    static func isNewsletter(_ text: Substring, afterInterview: Bool) -> Bool {
        guard text.hasAtMost(maximumLength) else { return false }
        let lower = text.lowercased()
        let signsUp = signUpPhrases.contains { lower.contains($0) }
        let namesNewsletter = newsletterWords.contains { lower.contains($0) }
        if signsUp && namesNewsletter { return true }
        if afterInterview && namesNewsletter { return true }
        let bare = lower.droppingEnds(in: ".!:")
        return signUpPhrases.contains(bare)
    }

    private static let shareWords: Set<String> = [
        "deel", "delen", "share", "tweet", "twitter", "facebook", "linkedin", "whatsapp", "pinterest",
        "reddit", "email", "mail", "print", "printen", "afdrukken", "telegram", "bluesky", "mastodon",
    ]
    private static let shareFillers: Set<String> = [
        "dit", "this", "artikel", "article", "bericht", "post", "op", "on", "via", "e", "x", "link", "kopieer", "copy", "de", "het", "the",
    ]

    /// Share buttons: a short paragraph of nothing but share words ("Delen:
    /// Twitter Facebook LinkedIn E-mail").
    static func isShareButtons(_ text: Substring) -> Bool {
        guard text.hasAtMost(80) else { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard words.contains(where: shareWords.contains) else { return false }
        return words.allSatisfy { shareWords.contains($0) || shareFillers.contains($0) }
    }

    private static let replyButtons: Set<String> = ["reageer", "reageren", "beantwoorden", "antwoorden", "reply", "respond"]

    /// A reply button under a reaction ("Reageer", "Reply").
    static func isReplyButton(_ text: Substring) -> Bool {
        guard text.hasAtMost(20) else { return false }
        return replyButtons.contains(text.lowercased().droppingEnds(in: ".!:↵→ "))
    }
}

extension Substring {
    /// At most `count` characters, found without counting a long text to its end.
    func hasAtMost(_ count: Int) -> Bool { dropFirst(count).isEmpty }
}

extension String {
    /// Without the given characters at either end.
    func droppingEnds(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
