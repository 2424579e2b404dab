import ParleyKit

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

    // MARK: - Import (UI language)

    public var importDryRun: String { pick("Dry run: nothing was written.", "Proefimport: er is niets geschreven.") }
    public var importTitle: String { pick("title", "titel") }
    public var importSlug: String { pick("slug", "naam") }
    public var importLanguage: String { pick("language", "taal") }
    public var importInterviewee: String { pick("interviewee", "geïnterviewde") }
    public var importLead: String { pick("lead", "inleiding") }
    public var importQuestion: String { pick("question", "vraag") }
    public var importAnswer: String { pick("answer", "antwoord") }
    public var importSection: String { pick("section", "sectie") }
    public var importReaction: String { pick("reaction", "reactie") }
    public var importDropped: String { pick("dropped", "weggelaten") }
    public var importUncertain: String { pick("uncertain", "onzeker") }
    public var importChanged: String { pick("changed", "veranderd") }
    public var importNone: String { pick("none", "geen") }

    public func importLine(_ line: Int) -> String { pick("line \(line)", "regel \(line)") }

    public func importLanguageGuessed(_ tag: String) -> String {
        pick("\(tag) (guessed from common words; set it with --language)", "\(tag) (geraden uit veelgebruikte woorden; kies zelf met --language)")
    }

    public var importLanguageUnknown: String {
        pick("unknown (no common Dutch or English words; set it with --language)", "onbekend (geen veelgebruikte Nederlandse of Engelse woorden; kies met --language)")
    }

    public func importParagraphs(_ count: Int, characters: Int) -> String {
        let p = pick(count == 1 ? "1 paragraph" : "\(count) paragraphs", count == 1 ? "1 alinea" : "\(count) alinea's")
        return p + ", " + pick(characters == 1 ? "1 character" : "\(characters) characters", characters == 1 ? "1 teken" : "\(characters) tekens")
    }

    public func importCharacters(_ count: Int) -> String {
        pick(count == 1 ? "1 character" : "\(count) characters", count == 1 ? "1 teken" : "\(count) tekens")
    }

    public var importNoQuestions: String {
        pick("no questions found: the whole text is the article's lead", "geen vragen gevonden: de hele tekst is de inleiding van het artikel")
    }

    public func importExists(_ path: String) -> String {
        pick("\(path) already exists: a real import would stop", "\(path) bestaat al: een echte import zou stoppen")
    }

    public func importSummary(questions: Int, reactions: Int, dropped: Int, uncertain: Int) -> String {
        let d = pick("\(dropped) dropped", "\(dropped) weggelaten")
        let u = pick("\(uncertain) uncertain", "\(uncertain) onzeker")
        return pick("found", "gevonden") + ": " + questionCount(questions) + ", " + reactionCount(reactions).lowercased() + ", " + d + ", " + u
    }

    public func imported(slug: String, questions: Int, reactions: Int, files: [String]) -> String {
        let what = questionCount(questions) + ", " + reactionCount(reactions).lowercased()
        return pick("imported \(slug) (\(what)): ", "\(slug) geïmporteerd (\(what)): ") + files.joined(separator: ", ")
    }

    /// Why a paragraph was dropped or is uncertain, or how a line was changed.
    public func importReason(_ reason: ImportNote.Reason) -> String {
        switch reason {
        case .invalidUTF8: pick("bytes that are not UTF-8 are shown as U+FFFD", "bytes die geen UTF-8 zijn staan er als U+FFFD")
        case .controlCharacters: pick("control characters are shown as U+FFFD", "stuurtekens staan er als U+FFFD")
        case .commentCount: pick("the comment count under the title", "het aantal reacties onder de titel")
        case .emptyAuthorBox: pick("an empty author box", "een leeg auteursblok")
        case .newsletter: pick("a newsletter sign-up", "een aanmelding voor een nieuwsbrief")
        case .shareButtons: pick("share buttons", "deelknoppen")
        case .replyButton: pick("a reply button", "een reageerknop")
        case .replacedTitle: pick("the title line, replaced by --title", "de titelregel, vervangen door --title")
        case .emptyReaction: pick("a reaction without text", "een reactie zonder tekst")
        case .questionInsideQuotation(let line):
            pick("ends with '?' but is inside the quotation opened on line \(line): kept in the answer",
                 "eindigt op '?' maar staat in het citaat dat op regel \(line) begint: bij het antwoord gehouden")
        case .unmarkedQuestion:
            pick("ends with '?' but has no question label or number: kept in the answer",
                 "eindigt op '?' maar heeft geen vraaglabel of nummer: bij het antwoord gehouden")
        case .couldBeQuestion: pick("could be a question without '?': kept in the answer", "kan een vraag zonder '?' zijn: bij het antwoord gehouden")
        case .questionEndsLikeSentence:
            pick("taken as a question because a quoted answer follows, though it ends like a sentence",
                 "als vraag gelezen omdat er een geciteerd antwoord volgt, al eindigt het als een zin")
        case .questionWithoutAnswer: pick("a question without an answer", "een vraag zonder antwoord")
        case .reactionWithoutMarker: pick("taken as a reaction, though it has no number or name", "als reactie gelezen, al heeft het geen nummer of naam")
        case .reactionContinued(let number):
            pick("added to reaction \(number) as a further paragraph", "als volgende alinea aan reactie \(number) toegevoegd")
        case .reactionCountDiffers(let heading, let found):
            pick("the heading gives \(heading) reactions, \(found) \(found == 1 ? "was" : "were") found",
                 "de kop noemt \(heading) reacties, er \(found == 1 ? "is" : "zijn") er \(found) gevonden")
        }
    }
}
