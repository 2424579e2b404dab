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

    // MARK: - Screens: library, reader, overlays, terminal (UI language)

    public var helpHint: String { pick("? help", "? hulp") }
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
    public var outlineHint: String { pick("Enter jump · Esc close", "Enter ga erheen · Esc sluit") }
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
    public var libraryHint: String { pick("Enter open · / filter · ? help · q quit", "Enter open · / filter · ? hulp · q stop") }
    public var filterHint: String { pick("Enter keep · Esc clear", "Enter houd · Esc wis") }
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
        case .nextQuestion: pick("next question", "volgende vraag")
        case .previousQuestion: pick("previous question", "vorige vraag")
        case .question: pick("question 1 to 9", "vraag 1 t/m 9")
        case .outline: pick("outline: the questions", "overzicht van de vragen")
        case .search: pick("search", "zoeken")
        case .nextMatch: pick("next match", "volgende treffer")
        case .previousMatch: pick("previous match", "vorige treffer")
        case .reactions: pick("the reactions", "de reacties")
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
        case [.nextQuestion, .previousQuestion]: pick("next / previous question", "volgende / vorige vraag")
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
}
