/// Every string parley shows, in English and Dutch, in one place.
///
/// Two catalogues are in play while reading: the UI's (from the locale or
/// `--lang`) for parley's own words, and the article's (from its `language`)
/// for the labels that belong to the page, such as "1 reactie".
public struct Catalogue: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The labels of an article's own page, in the article's language.
    public init(articleLanguage tag: String?) {
        self.language = tag.flatMap(Language.init(tag:)) ?? .english
    }

    private func pick(_ en: String, _ nl: String) -> String {
        language == .dutch ? nl : en
    }

    // MARK: - Reactions section (article language)

    public func reactionCount(_ count: Int) -> String {
        switch (language, count) {
        case (.english, 0): "No reactions"
        case (.english, 1): "1 reaction"
        case (.english, _): "\(count) reactions"
        case (.dutch, 0): "Geen reacties"
        case (.dutch, 1): "1 reactie"
        case (.dutch, _): "\(count) reacties"
        }
    }

    public var reactionsHeading: String { pick("Reactions", "Reacties") }
    public var anonymous: String { pick("anonymous", "anoniem") }

    // MARK: - Notices (UI language)

    public func reactionsUnreadable(_ reason: String) -> String {
        pick("The reactions could not be read: \(reason)", "De reacties konden niet worden gelezen: \(reason)")
    }

    public func replyTo(_ author: String) -> String {
        pick("in reply to \(author)", "als antwoord op \(author)")
    }

    // MARK: - Command line (UI language)

    public func questionCount(_ count: Int) -> String {
        switch (language, count) {
        case (.english, 1): "1 question"
        case (.english, _): "\(count) questions"
        case (.dutch, 1): "1 vraag"
        case (.dutch, _): "\(count) vragen"
        }
    }

    public func checkSummary(articles: Int, reactionFiles: Int, problems: Int) -> String {
        let a = pick(articles == 1 ? "1 article" : "\(articles) articles", articles == 1 ? "1 artikel" : "\(articles) artikelen")
        let r = pick(reactionFiles == 1 ? "1 reactions file" : "\(reactionFiles) reactions files",
                     reactionFiles == 1 ? "1 reactiebestand" : "\(reactionFiles) reactiebestanden")
        switch (language, problems) {
        case (.english, 0): return "checked \(a) and \(r): no problems"
        case (.english, 1): return "checked \(a) and \(r): 1 problem"
        case (.english, _): return "checked \(a) and \(r): \(problems) problems"
        case (.dutch, 0): return "\(a) en \(r) gecontroleerd: geen problemen"
        case (.dutch, 1): return "\(a) en \(r) gecontroleerd: 1 probleem"
        case (.dutch, _): return "\(a) en \(r) gecontroleerd: \(problems) problemen"
        }
    }

    public var emptyLibrary: String { pick("The library has no articles.", "De bibliotheek heeft geen artikelen.") }

    // MARK: - Adding reactions from the command line (UI language)

    public var reactTypingHint: String {
        pick("Type your reaction, then Ctrl-D on a new line to post it (Ctrl-C to cancel).",
             "Typ je reactie en druk op een nieuwe regel op Ctrl-D om te plaatsen (Ctrl-C om te stoppen).")
    }

    public func reactKeptAsDraft(_ problem: String, draft: String) -> String {
        pick("\(problem) (your text is kept in the draft \(draft))",
             "\(problem) (je tekst is bewaard als concept in \(draft))")
    }

    public func reactKeptAsDraft(_ problem: String, draft: String, earlierDraft: String) -> String {
        pick("\(problem) (your text is kept in the draft \(draft); the earlier draft is now \(earlierDraft))",
             "\(problem) (je tekst is bewaard als concept in \(draft); het eerdere concept staat nu in \(earlierDraft))")
    }

    public func reactDraftFailed(_ problem: String, reason: String) -> String {
        pick("\(problem) (and your text could not be kept as a draft: \(reason))",
             "\(problem) (en je tekst kon niet als concept worden bewaard: \(reason))")
    }

    public func reactDraftNotRemoved(_ reason: String) -> String {
        pick("the reaction was posted, but its draft could not be removed: \(reason)",
             "de reactie is geplaatst, maar het concept kon niet worden verwijderd: \(reason)")
    }

    public func reactStdinTooLong(_ limit: Int) -> String {
        pick("the text on standard input is longer than \(limit) bytes: that is not a reaction",
             "de tekst op standaardinvoer is langer dan \(limit) bytes: dat is geen reactie")
    }

    public var reactInterrupted: String {
        pick("stopped by a hang-up or termination signal before the text was complete; nothing was posted",
             "gestopt door een ophang- of beëindigingssignaal voordat de tekst compleet was; er is niets geplaatst")
    }
}
