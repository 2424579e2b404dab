import ParleyKit
import Testing

/// The reactions and page-chrome rules of docs/import.md, each on a small text.
@Suite struct ImportReactionsAndChromeTests {
    static let interview = "Titel\n\nHoe begon het?\n\nKlein.\n\n"

    @Test(arguments: ["1 reactie", "2 reacties", "3 comments", "Reacties", "Comments", "Reacties (2)", "reactions:"])
    func aReactionsHeadingStartsTheReactions(heading: String) throws {
        let result = try ImportTesting.run(Self.interview + "\(heading)\n\n1. Eens.\n\n2. Oneens?\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "Q1: Hoe begon het?", "A1: Klein.", "reaction (anonymous): Eens.", "reaction (anonymous): Oneens?",
        ])
        #expect(result.outline.reactions == [9, 11])
    }

    @Test func numberedReactionsAreOneEachAndKeepTheirText() throws {
        let result = try ImportTesting.run(Self.interview + "2 reacties\n\n  1. Zeker bij nieuwe taken.\n\n  2) Met *sterren* en [haken].\n")
        #expect(ImportTesting.structure(result).suffix(2) == [
            "reaction (anonymous): Zeker bij nieuwe taken.", "reaction (anonymous): Met *sterren* en [haken].",
        ])
        let reactions = try #require(result.reactions)
        #expect(reactions.article == "test")
        #expect(reactions.reactions.allSatisfy { $0.id == ImportTesting.fixedID && $0.posted == nil && $0.replyTo == nil })
    }

    @Test(arguments: [
        ("Jan said:\n\nGoed stuk.", "Jan", "Goed stuk."),
        ("Marie de Vries schreef:\nHelemaal mee eens.", "Marie de Vries", "Helemaal mee eens."),
        ("Piet schreef op 3 maart 2013 om 10:15:\n\nKlopt.", "Piet", "Klopt."),
        ("Anna said... Nice piece.", "Anna", "Nice piece."),
        ("1. Kees zegt: Prima.", "Kees", "Prima."),
    ])
    func nameSaidBlocksGiveTheAuthor(block: String, author: String, text: String) throws {
        let result = try ImportTesting.run(Self.interview + "Reacties\n\n\(block)\n")
        let reactions = try #require(result.reactions?.reactions)
        #expect(reactions.map(\.author) == [author])
        #expect(reactions.map(\.text) == [text])
    }

    @Test func aSentenceStartingWithNameSaidIsNotAnAuthorLine() throws {
        let result = try ImportTesting.run(Self.interview + "Comments\n\n1. Jan said the same thing last year.\n")
        #expect(result.reactions?.reactions.map(\.author) == [nil])
        #expect(result.reactions?.reactions.map(\.text) == ["Jan said the same thing last year."])
    }

    @Test func furtherParagraphsJoinTheReactionBeforeThemAndAreReported() throws {
        let result = try ImportTesting.run(Self.interview + "Reacties\n\nJan schreef:\n\nEerste alinea.\n\nTweede alinea.\n\nPiet schreef: Kort.\n")
        #expect(result.reactions?.reactions.map(\.text) == ["Eerste alinea.\n\nTweede alinea.", "Kort."])
        #expect(ImportTesting.notes(result.uncertain) == ["13 reactionContinued(number: 1)"])
    }

    @Test func anUnmarkedParagraphUnderTheHeadingIsAReactionAndIsReported() throws {
        let result = try ImportTesting.run(Self.interview + "Reacties\n\nGoed stuk.\n")
        #expect(result.reactions?.reactions.map(\.text) == ["Goed stuk."])
        #expect(ImportTesting.notes(result.uncertain) == ["9 reactionWithoutMarker"])
    }

    @Test func aCountThatDiffersFromTheReactionsFoundIsReported() throws {
        let result = try ImportTesting.run(Self.interview + "3 reacties\n\n1. Eens.\n\nJan schreef:\n")
        #expect(result.reactions?.reactions.map(\.text) == ["Eens."])
        #expect(ImportTesting.notes(result.uncertain) == ["7 reactionCountDiffers(heading: 3, found: 1)"])
        #expect(ImportTesting.notes(result.dropped) == ["11 emptyReaction"])
    }

    @Test func aTextWithoutReactionsHasNoReactionsFile() throws {
        let result = try ImportTesting.run(Self.interview)
        #expect(result.reactions == nil)
        #expect(result.reactionsFile == nil)
    }

    // MARK: - Page chrome

    @Test(arguments: ["1", "12", "1 reactie", "4 comments"])
    func aCommentCountUnderTheTitleIsDropped(count: String) throws {
        let result = try ImportTesting.run("Titel\n\n\(count)\n\nDe inleiding.\n\nHoe begon het?\n\nKlein.\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "lead: De inleiding.", "Q1: Hoe begon het?", "A1: Klein."])
        #expect(ImportTesting.notes(result.dropped) == ["3 commentCount"])
        #expect(result.dropped.map(\.text) == [count])
    }

    @Test func aLoneNumberElsewhereIsText() throws {
        let result = try ImportTesting.run("Titel\n\nDe inleiding.\n\nHoeveel gemeenten doen mee?\n\n12\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "lead: De inleiding.", "Q1: Hoeveel gemeenten doen mee?", "A1: 12"])
        #expect(result.dropped.isEmpty)
    }

    @Test(arguments: ["Over Auteur", "Over de auteur", "About the author:"])
    func anEmptyAuthorBoxIsDropped(heading: String) throws {
        let result = try ImportTesting.run(Self.interview + "\(heading)\n\n1 reactie\n\n1. Eens.\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "Q1: Hoe begon het?", "A1: Klein.", "reaction (anonymous): Eens."])
        #expect(ImportTesting.notes(result.dropped) == ["7 emptyAuthorBox"])
    }

    @Test func anAuthorBoxWithTextIsKeptAsASection() throws {
        let result = try ImportTesting.run(Self.interview + "Over de auteur\n\nJan is journalist.\n\nDeel dit artikel: Twitter Facebook\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "Q1: Hoe begon het?", "A1: Klein.", "section: Over de auteur", "S: Jan is journalist.",
        ])
        #expect(ImportTesting.notes(result.dropped) == ["11 shareButtons"])
    }

    @Test func withoutQuestionsAnAuthorBoxStaysInTheLeadUnderItsHeading() throws {
        let result = try ImportTesting.run("Titel\n\nGewoon tekst.\n\nOver de auteur\n\nJan is journalist.\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "lead: Gewoon tekst.", "lead: # Over de auteur", "lead: Jan is journalist."])
    }

    @Test(arguments: [
        "Meld je aan voor onze nieuwsbrief.",
        "Subscribe to our newsletter",
        "Aanmelden",
        "Schrijf je in voor de nieuwsbrief van Gemeente.nu!",
    ])
    func aNewsletterSignUpInTheInterviewIsDropped(paragraph: String) throws {
        let result = try ImportTesting.run(Self.interview + "\(paragraph)\n\nEn nu?\n\nGroot.\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "Q1: Hoe begon het?", "A1: Klein.", "Q2: En nu?", "A2: Groot."])
        #expect(ImportTesting.notes(result.dropped) == ["7 newsletter"])
    }

    @Test func anAnswerThatMerelyMentionsANewsletterIsKept() throws {
        let result = try ImportTesting.run(Self.interview + "We sturen alle gemeenten een nieuwsbrief.\n")
        #expect(ImportTesting.structure(result).last == "A1: We sturen alle gemeenten een nieuwsbrief.")
        #expect(result.dropped.isEmpty)
    }

    @Test func afterTheInterviewAMailboxMentionIsEnough() throws {
        let result = try ImportTesting.run(Self.interview + "1 reactie\n\n1. Eens.\n\nHet laatste nieuws in je mailbox?\n\nAanmelden\n")
        #expect(result.reactions?.reactions.map(\.text) == ["Eens."])
        #expect(ImportTesting.notes(result.dropped) == ["11 newsletter", "13 newsletter"])
    }

    @Test(arguments: ["Delen: Twitter Facebook LinkedIn E-mail", "Share this article", "Tweet", "Deel op WhatsApp"])
    func shareButtonsAreDropped(paragraph: String) throws {
        let result = try ImportTesting.run(Self.interview + "\(paragraph)\n\nGroot.\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "Q1: Hoe begon het?", "A1: Klein.", "A1: Groot."])
        #expect(ImportTesting.notes(result.dropped) == ["7 shareButtons"])
    }

    @Test func replyButtonsUnderReactionsAreDropped() throws {
        let result = try ImportTesting.run(Self.interview + "Reacties\n\n1. Eens.\n\nReageer\n\n2. Oneens.\n\nReply\n")
        #expect(result.reactions?.reactions.map(\.text) == ["Eens.", "Oneens."])
        #expect(ImportTesting.notes(result.dropped) == ["11 replyButton", "15 replyButton"])
    }
}
