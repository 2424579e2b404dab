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

    func pick(_ en: String, _ nl: String) -> String {
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
        case .windows1252: windows1252Note
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
    // MARK: - Screens: library, reader, overlays, terminal (UI language)

    public func questionPosition(_ number: Int, of count: Int) -> String {
        pick("question \(number)/\(count)", "vraag \(number)/\(count)")
    }
    public func matchPosition(_ number: Int, of count: Int) -> String {
        pick("match \(number)/\(count)", "treffer \(number)/\(count)")
    }
    public func noMatch(_ pattern: String) -> String { pick("no match: \(pattern)", "geen treffer: \(pattern)") }
    public var noMatchShort: String { pick("no match", "geen treffer") }
    public var searchWrappedToTop: String { pick("search continued from the top", "verder gezocht vanaf het begin") }
    public var searchWrappedToBottom: String { pick("search continued from the end", "verder gezocht vanaf het eind") }
    public var noPreviousSearch: String { pick("nothing to repeat: search with / first", "niets te herhalen: zoek eerst met /") }
    public var noLaterQuestion: String { pick("no later question", "geen latere vraag") }
    public var noEarlierQuestion: String { pick("no earlier question", "geen eerdere vraag") }
    public var noQuestions: String { pick("this article has no questions", "dit artikel heeft geen vragen") }
    public func noSuchQuestion(_ number: Int, count: Int) -> String {
        pick("there is no question \(number) (\(questionCount(count)))", "er is geen vraag \(number) (\(questionCount(count)))")
    }
    public func cannotOpen(_ reason: String) -> String { pick("cannot open: \(reason)", "kan niet openen: \(reason)") }

    public var outlineTitle: String { pick("Questions", "Vragen") }
    public var libraryTitle: String { pick("Library", "Bibliotheek") }
    public func articleCount(_ count: Int) -> String {
        switch (language, count) {
        case (.english, 1): "1 article"
        case (.english, _): "\(count) articles"
        case (.dutch, 1): "1 artikel"
        case (.dutch, _): "\(count) artikelen"
        }
    }
    public func noArticleMatches(_ filter: String) -> String {
        pick("no article matches \u{201C}\(filter)\u{201D}", "geen artikel past bij \u{201C}\(filter)\u{201D}")
    }
    public func unreadableArticles(_ count: Int) -> String {
        count == 1 ? pick("1 article could not be read: see parley check", "1 artikel kon niet worden gelezen: zie parley check")
            : pick("\(count) articles could not be read: see parley check", "\(count) artikelen konden niet worden gelezen: zie parley check")
    }
    public var helpTitleReader: String { pick("Keys: reader", "Toetsen: lezer") }
    public var helpTitleLibrary: String { pick("Keys: library", "Toetsen: bibliotheek") }
    public var helpClose: String { pick("any key closes this", "elke toets sluit dit") }
    public var mouseWheel: String { pick("mouse wheel", "muiswiel") }

    public var spaceKey: String { pick("Space", "Spatie") }
    public var upKey: String { pick("Up", "Omhoog") }
    public var downKey: String { pick("Down", "Omlaag") }
    public var leftKey: String { pick("Left", "Links") }
    public var rightKey: String { pick("Right", "Rechts") }

    /// What a reader key does, for the help overlay.
    public func describe(_ command: ReaderCommand) -> String {
        switch command {
        case .lineDown: pick("line down", "regel omlaag")
        case .lineUp: pick("line up", "regel omhoog")
        case .pageDown: pick("page down", "pagina omlaag")
        case .pageUp: pick("page up", "pagina omhoog")
        case .halfPageDown: pick("half page down", "halve pagina omlaag")
        case .halfPageUp: pick("half page up", "halve pagina omhoog")
        case .top: pick("top", "begin")
        case .bottom: pick("bottom", "eind")
        case .nextQuestion: pick("next question or reaction", "volgende vraag of reactie")
        case .previousQuestion: pick("previous question or reaction", "vorige vraag of reactie")
        case .question: pick("question 1 to 9", "vraag 1 t/m 9")
        case .outline: pick("outline: the questions", "overzicht van de vragen")
        case .search: pick("search", "zoeken")
        case .nextMatch: pick("next match", "volgende treffer")
        case .previousMatch: pick("previous match", "vorige treffer")
        case .reactions: pick("the reactions", "de reacties")
        case .nextNew: pick("next new reaction", "volgende nieuwe reactie")
        case .addReaction: pick("add a reaction", "reageren")
        case .reply: pick("reply to the marked reaction", "antwoord op de gemarkeerde reactie")
        case .help: pick("this help", "deze hulp")
        case .back: pick("back to the library, or quit", "terug (bibliotheek) of stoppen")
        case .quit: pick("quit now", "nu stoppen")
        case .clearSearch: pick("clear the search highlight", "zoekmarkering weg")
        case .redraw: pick("redraw the screen", "scherm opnieuw tekenen")
        case .suspend: pick("suspend (fg resumes)", "pauzeren (fg gaat verder)")
        }
    }

    /// A help row for commands that go together ("line down / up").
    public func describe(_ group: [ReaderCommand]) -> String {
        switch group {
        case [.lineDown, .lineUp]: pick("line down / up", "regel omlaag / omhoog")
        case [.pageDown, .pageUp]: pick("page down / up", "pagina omlaag / omhoog")
        case [.halfPageDown, .halfPageUp]: pick("half page down / up", "halve pagina omlaag / omhoog")
        case [.top, .bottom]: pick("top / bottom", "begin / eind")
        case [.nextQuestion, .previousQuestion]: pick("next / previous question or reaction", "volgende / vorige vraag of reactie")
        case [.nextMatch, .previousMatch]: pick("next / previous match", "volgende / vorige treffer")
        default: group.map(describe).joined(separator: " / ")
        }
    }

    public func describe(_ group: [LibraryCommand]) -> String {
        switch group {
        case [.down, .up]: pick("next / previous article", "volgend / vorig artikel")
        case [.pageDown, .pageUp]: pick("page down / up", "pagina omlaag / omhoog")
        case [.top, .bottom]: pick("first / last article", "eerste / laatste artikel")
        default: group.map(describe).joined(separator: " / ")
        }
    }

    /// What a library key does, for the help overlay.
    public func describe(_ command: LibraryCommand) -> String {
        switch command {
        case .down: pick("next article", "volgend artikel")
        case .up: pick("previous article", "vorig artikel")
        case .pageDown: pick("page down", "pagina omlaag")
        case .pageUp: pick("page up", "pagina omhoog")
        case .top: pick("first article", "eerste artikel")
        case .bottom: pick("last article", "laatste artikel")
        case .open: pick("read the article", "artikel lezen")
        case .filter: pick("filter as you type", "filteren terwijl je typt")
        case .clearFilter: pick("clear the filter", "filter wissen")
        case .sync: pick("sync the library with its git server", "bibliotheek synchroniseren met de git-server")
        case .help: pick("this help", "deze hulp")
        case .quit: pick("quit", "stoppen")
        case .redraw: pick("redraw the screen", "scherm opnieuw tekenen")
        case .suspend: pick("suspend (fg resumes)", "pauzeren (fg gaat verder)")
        }
    }

    public var scrollDescription: String { pick("scroll", "scrollen") }

    // Terminal start-up problems, printed as one line before the screen opens.
    public var noTerminalForLibrary: String {
        pick("the library screen needs a terminal; in scripts use 'parley list' or 'parley show SLUG'",
             "het bibliotheekscherm heeft een terminal nodig; gebruik in scripts 'parley list' of 'parley show SLUG'")
    }
    public func unknownTerminal(_ name: String) -> String {
        pick("cannot use terminal type '\(name)': not in terminfo (try TERM=xterm-256color)",
             "kan terminaltype '\(name)' niet gebruiken: niet in terminfo (probeer TERM=xterm-256color)")
    }
    public func incapableTerminal(_ name: String) -> String {
        pick("cannot use terminal type '\(name)': it cannot move the cursor (try 'parley show')",
             "kan terminaltype '\(name)' niet gebruiken: de cursor kan niet bewegen (probeer 'parley show')")
    }
    public var terminalNotSet: String {
        pick("cannot use the terminal: TERM is not set", "kan de terminal niet gebruiken: TERM is niet ingesteld")
    }
    public func noKeyboard(_ reason: String) -> String {
        pick("cannot read keys from the terminal: \(reason)", "kan geen toetsen lezen van de terminal: \(reason)")
    }

    // MARK: - Composer and the reactions in the reader (UI language)

    public var addReactionLine: String { pick("Add a reaction: press a", "Reageren: druk op a") }
    public var noReactionsYet: String { pick("no reactions yet: a adds one", "nog geen reacties: a voegt er een toe") }
    public var noLaterReaction: String { pick("no later reaction", "geen latere reactie") }
    public var markReactionFirst: String {
        pick("mark a reaction with ] in the reactions first; R answers it", "markeer eerst een reactie met ] bij de reacties; R antwoordt erop")
    }

    public func composerTitle(_ article: String) -> String {
        pick("New reaction to \u{201C}\(article)\u{201D}", "Nieuwe reactie op \u{201C}\(article)\u{201D}")
    }
    public func composerReplyTitle(author: String, excerpt: String) -> String {
        pick("Reply to \(author): \u{201C}\(excerpt)\u{201D}", "Antwoord aan \(author): \u{201C}\(excerpt)\u{201D}")
    }
    public var nameLabel: String { pick("Name: ", "Naam: ") }
    public var anonymousHint: String { pick("(empty: anonymous)", "(leeg: anoniem)") }
    /// The live count: "27 / 10,000".
    public func characterCount(_ count: Int) -> String {
        grouped(count) + " / " + grouped(ReactionInput.maximumTextLength)
    }
    func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out += pick(",", ".") }
            out.append(digit)
        }
        return out
    }
    public var moreAbove: String { pick("more above", "meer erboven") }
    public var moreBelow: String { pick("more below", "meer eronder") }
    public var helpTitleComposer: String { pick("Keys: composer", "Toetsen: reageren") }

    public func draftRestored(saved time: String?) -> String {
        guard let time else { return pick("Your draft is back.", "Je concept is terug.") }
        return pick("Your draft is back (saved \(time) UTC).", "Je concept is terug (bewaard \(time) UTC).")
    }
    public var draftReplyGone: String {
        pick("The reaction it answered is gone; it will be posted as a new reaction.",
             "De reactie waarop het antwoordde is er niet meer; het wordt als nieuwe reactie geplaatst.")
    }
    public func draftUnreadable(_ problem: String) -> String {
        pick("The draft could not be read: \(problem)", "Het concept kon niet worden gelezen: \(problem)")
    }
    public func draftSetAside(_ problem: String, movedTo file: String) -> String {
        pick("Your earlier draft could not be read (\(problem)); it was moved to \(file).",
             "Je eerdere concept kon niet worden gelezen (\(problem)); het staat nu in \(file).")
    }
    public func configUnreadable(_ problem: String) -> String {
        pick("No name filled in: the config file could not be read: \(problem)",
             "Geen naam ingevuld: het instellingenbestand kon niet worden gelezen: \(problem)")
    }
    public var draftKept: String { pick("Draft kept: press a to go on with it.", "Concept bewaard: druk op a om verder te gaan.") }
    public func draftNotSaved(_ reason: String) -> String {
        pick("The draft could not be saved: \(reason)", "Het concept kon niet worden bewaard: \(reason)")
    }
    public func draftNotSavedOnClose(_ reason: String) -> String {
        pick("The draft could not be saved: \(reason). Esc again leaves without it.",
             "Het concept kon niet worden bewaard: \(reason). Nogmaals Esc sluit zonder het te bewaren.")
    }
    public var reactionPosted: String { pick("Your reaction is posted.", "Je reactie is geplaatst.") }
    public func postedDraftNotRemoved(_ reason: String) -> String {
        pick("Your reaction is posted, but its draft could not be removed: \(reason)",
             "Je reactie is geplaatst, maar het concept kon niet worden verwijderd: \(reason)")
    }

    public func editorFailure(_ failure: EditorFailure) -> String {
        switch failure {
        case .file(let problem):
            return pick("The editor could not be used: \(message(problem))", "De editor kon niet worden gebruikt: \(message(problem))")
        case .cannotStart(let command, let why):
            let reason = editorStartReason(why)
            return pick("The editor '\(command)' could not be started: \(reason). Set VISUAL or EDITOR.",
                        "De editor '\(command)' kon niet worden gestart: \(reason). Stel VISUAL of EDITOR in.")
        case .failed(let command, let status, let kept):
            let base = pick("The editor '\(command)' ended with status \(status); the text here is unchanged",
                            "De editor '\(command)' stopte met status \(status); de tekst hier is niet veranderd")
            return base + keptNote(kept)
        case .killed(let command, let signal, let kept):
            let base = pick("The editor '\(command)' was stopped by signal \(signal); the text here is unchanged",
                            "De editor '\(command)' werd gestopt door signaal \(signal); de tekst hier is niet veranderd")
            return base + keptNote(kept)
        }
    }

    private func keptNote(_ file: String?) -> String {
        guard let file else { return "." }
        return pick(" (the editor's text is kept in \(file)).", " (de tekst van de editor staat nog in \(file)).")
    }

    /// What a composer key does, for the help overlay.
    public func describe(_ command: ComposerCommand) -> String {
        switch command {
        case .post: pick("post the reaction", "reactie plaatsen")
        case .close: pick("close; the draft is kept", "sluiten; het concept blijft bewaard")
        case .editor: pick("go on in $VISUAL or $EDITOR", "verder in $VISUAL of $EDITOR")
        case .switchField: pick("name / text", "naam / tekst")
        case .newLine: pick("new line", "nieuwe regel")
        case .left: pick("character left", "teken naar links")
        case .right: pick("character right", "teken naar rechts")
        case .up: pick("row up", "regel omhoog")
        case .down: pick("row down", "regel omlaag")
        case .rowStart: pick("start of the row", "begin van de regel")
        case .rowEnd: pick("end of the row", "eind van de regel")
        case .pageUp: pick("page up", "pagina omhoog")
        case .pageDown: pick("page down", "pagina omlaag")
        case .deleteBackward: pick("delete the character before", "teken ervoor wissen")
        case .deleteForward: pick("delete the character after", "teken erna wissen")
        case .deleteWord: pick("delete the word before", "woord ervoor wissen")
        case .deleteLine: pick("delete to the start of the line", "wissen tot het begin van de regel")
        case .help: pick("this help", "deze hulp")
        case .redraw: pick("redraw the screen", "scherm opnieuw tekenen")
        case .suspend: pick("suspend (fg resumes)", "pauzeren (fg gaat verder)")
        }
    }

    public func describe(_ group: [ComposerCommand]) -> String {
        switch group {
        case [.left, .right]: pick("character left / right", "teken naar links / rechts")
        case [.up, .down]: pick("row up / down", "regel omhoog / omlaag")
        case [.rowStart, .rowEnd]: pick("start / end of the row", "begin / eind van de regel")
        case [.pageUp, .pageDown]: pick("page up / down", "pagina omhoog / omlaag")
        case [.deleteBackward, .deleteForward]: pick("delete before / after", "wissen ervoor / erna")
        default: group.map(describe).joined(separator: " / ")
        }
    }
}
