import ParleyKit
import Testing

/// The title, lead, question and answer rules of docs/import.md, each on a
/// small text written for it.
@Suite struct ImportStructureTests {
    @Test func titleIsTheFirstNonEmptyLineEvenWithTextRightUnderIt() throws {
        let result = try ImportTesting.run("\n\n  Over regie  \nDe inleiding staat eronder.\n\nHoe begon het?\n\nKlein.\n")
        #expect(ImportTesting.structure(result) == [
            "title: Over regie",
            "lead: De inleiding staat eronder.",
            "Q1: Hoe begon het?",
            "A1: Klein.",
        ])
        #expect(result.outline.title == 3)
    }

    @Test func leadIsEverythingBeforeTheFirstQuestion() throws {
        let result = try ImportTesting.run("Titel\n\nEerste alinea.\n\nTweede alinea.\n\nDe vraag?\n\nHet antwoord.\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "lead: Eerste alinea.", "lead: Tweede alinea.", "Q1: De vraag?", "A1: Het antwoord.",
        ])
        #expect(result.outline.lead == [3, 5])
        #expect(result.outline.questions == [7])
    }

    @Test func aParagraphEndingWithAQuestionMarkIsAQuestion() throws {
        let result = try ImportTesting.run("Titel\n\nWaarom regie?\n\nOmdat het moet.\n\nEn nu?\n\nNu verder.\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "Q1: Waarom regie?", "A1: Omdat het moet.", "Q2: En nu?", "A2: Nu verder.",
        ])
        #expect(result.uncertain.isEmpty)
    }

    @Test func aQuotedParagraphEndingWithAQuestionMarkIsPartOfTheAnswer() throws {
        let result = try ImportTesting.run("Titel\n\nWat zei hij?\n\n“Hij vroeg: waarom?\n\n“En ik zei: daarom.”\n\nEn toen?\n\n“Niets.”\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel",
            "Q1: Wat zei hij?",
            "A1: “Hij vroeg: waarom?",
            "A1: “En ik zei: daarom.”",
            "Q2: En toen?",
            "A2: “Niets.”",
        ])
    }

    @Test func aQuestionMarkInsideAnOpenQuotationStaysInTheAnswerAndIsReported() throws {
        // The quotation opened on line 5 closes only on line 9.
        let result = try ImportTesting.run("Titel\n\nHoe ging het?\n\n“Eerst was het moeilijk.\n\nWaarom dan?\n\nOmdat niemand het wist.”\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel",
            "Q1: Hoe ging het?",
            "A1: “Eerst was het moeilijk.",
            "A1: Waarom dan?",
            "A1: Omdat niemand het wist.”",
        ])
        #expect(ImportTesting.notes(result.uncertain) == ["7 questionInsideQuotation(openedOnLine: 5)"])
    }

    @Test(arguments: ["Q", "V", "Vraag", "Interviewer", "vraag"])
    func aLabelledParagraphIsAQuestionAndTheLabelIsRemoved(label: String) throws {
        let result = try ImportTesting.run("Titel\n\nInleiding.\n\n\(label): Hoe begon het\n\nA: Klein, in 2010.\n\n\(label): En daarna\n\nAntwoord: Groter.\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "lead: Inleiding.", "Q1: Hoe begon het", "A1: Klein, in 2010.", "Q2: En daarna", "A2: Groter.",
        ])
    }

    @Test func theInterviewersOrPublicationsNameLabelsQuestionsAndTheSpeakersNameAnswers() throws {
        let text = "Titel\n\nGemeente.nu: Hoe gaat het met KING?\n\nThissen: Goed.\n\nGemeente.nu: En met de VNG?\n\nThissen: Ook goed.\n\nDat zeg ik al jaren.\n"
        let result = try ImportTesting.run(text)
        #expect(ImportTesting.structure(result) == [
            "title: Titel",
            "Q1: Hoe gaat het met KING?",
            "A1: Goed.",
            "Q2: En met de VNG?",
            "A2: Ook goed.",
            "A2: Dat zeg ik al jaren.",
        ])
        // The one answering name is the interviewee.
        #expect(result.article.metadata.interviewee == "Thissen")
    }

    @Test func intervieweeOptionDecidesWhichNameAnswers() throws {
        // Without it, neither name asks more than the other and the first would ask.
        let text = "Titel\n\nThissen: Regie is het woord.\n\nJansen: Dat hoor ik vaker.\n\nThissen: Terecht.\n\nJansen: Dan stop ik.\n"
        let result = try ImportTesting.run(text, interviewee: "Tof Thissen")
        #expect(ImportTesting.structure(result) == [
            "title: Titel",
            "lead: Regie is het woord.",
            "Q1: Dat hoor ik vaker.",
            "A1: Terecht.",
            "Q2: Dan stop ik.",
        ])
        #expect(result.article.metadata.interviewee == "Tof Thissen")
    }

    @Test func whenLabelsMarkTheQuestionsAnUnlabelledQuestionMarkIsOnlyReported() throws {
        let result = try ImportTesting.run("Titel\n\nV: Hoe begon het?\n\nA: Klein.\n\nWie had dat gedacht?\n\nV: En nu?\n\nA: Groot.\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "Q1: Hoe begon het?", "A1: Klein.", "A1: Wie had dat gedacht?", "Q2: En nu?", "A2: Groot.",
        ])
        #expect(ImportTesting.notes(result.uncertain) == ["7 unmarkedQuestion"])
    }

    @Test func aLabelAloneMarksTheNextParagraph() throws {
        let result = try ImportTesting.run("Titel\n\nVraag:\n\nHoe begon het\n\nAntwoord:\n\nKlein.\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "Q1: Hoe begon het", "A1: Klein."])
    }

    @Test func aShortUnquotedParagraphRightBeforeAQuotedAnswerIsAQuestion() throws {
        // Question 3 of the seed has no "?".
        let result = try ImportTesting.run("Titel\n\nDat klinkt als een proces dat jaren gaat duren\n\n“Nee, natuurlijk niet.”\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "Q1: Dat klinkt als een proces dat jaren gaat duren", "A1: “Nee, natuurlijk niet.”",
        ])
        #expect(result.uncertain.isEmpty)
    }

    @Test func suchAQuestionEndingLikeASentenceIsReported() throws {
        let result = try ImportTesting.run("Titel\n\nHoe begon het?\n\nKlein.\n\nThissen lacht.\n\n“Het was echt klein.”\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "Q1: Hoe begon het?", "A1: Klein.", "Q2: Thissen lacht.", "A2: “Het was echt klein.”",
        ])
        #expect(ImportTesting.notes(result.uncertain) == ["7 questionEndsLikeSentence"])
    }

    @Test func aParagraphEndingWithAColonIntroducesTheQuotationInsteadOfAsking() throws {
        let result = try ImportTesting.run("Titel\n\nHoe begon het?\n\nThissen zegt daarover:\n\n“Het was klein.”\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "Q1: Hoe begon het?", "A1: Thissen zegt daarover:", "A1: “Het was klein.”",
        ])
    }

    @Test(arguments: [".", ")"])
    func numberedParagraphsAreQuestionsAndTheNumberIsRemoved(delimiter: String) throws {
        let text = "Titel\n\nInleiding.\n\n1\(delimiter) Het begin\n\nKlein, in 2010.\n\n2\(delimiter) De groei\n\nGroter. Daarna:\n\n1\(delimiter) eerst dit\n\n2\(delimiter) dan dat\n\n3\(delimiter) Het einde\n\nKlaar.\n"
        let result = try ImportTesting.run(text)
        #expect(ImportTesting.structure(result) == [
            "title: Titel",
            "lead: Inleiding.",
            "Q1: Het begin",
            "A1: Klein, in 2010.",
            "Q2: De groei",
            "A2: Groter. Daarna:",
            "A2: 1\(delimiter) eerst dit",
            "A2: 2\(delimiter) dan dat",
            "Q3: Het einde",
            "A3: Klaar.",
        ])
    }

    @Test(arguments: [("“", "”"), ("‘", "’"), ("«", "»"), ("„", "”"), ("\"", "\""), (",,", "''")])
    func answersQuotedWithEachKindOfMarkAreRecognised(open: String, close: String) throws {
        let result = try ImportTesting.run("Titel\n\nEen vraag zonder vraagteken\n\n\(open)Een antwoord.\(close)\n\nNog een vraag?\n\n\(open)Eerste deel.\n\n\(open)Tweede deel.\(close)\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel",
            "Q1: Een vraag zonder vraagteken",
            "A1: \(open)Een antwoord.\(close)",
            "Q2: Nog een vraag?",
            "A2: \(open)Eerste deel.",
            "A2: \(open)Tweede deel.\(close)",
        ])
    }

    @Test func dutchContractionsAreNotQuotations() throws {
        // "’t" opens no quotation, so the short paragraph before it stays in the answer.
        let result = try ImportTesting.run("Titel\n\nHoe was het?\n\nGoed.\n\nNou, eerlijk gezegd\n\n’t Was zwaar.\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "Q1: Hoe was het?", "A1: Goed.", "A1: Nou, eerlijk gezegd", "A1: ’t Was zwaar.",
        ])
    }

    @Test func unquotedAnswersOfSeveralParagraphsRunToTheNextQuestion() throws {
        let result = try ImportTesting.run("Titel\n\nHoe begon het?\n\nKlein.\n\nHeel klein.\n\nEn nu?\n\nGroot.\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "Q1: Hoe begon het?", "A1: Klein.", "A1: Heel klein.", "Q2: En nu?", "A2: Groot.",
        ])
    }

    @Test func questionAndAnswerOnConsecutiveLines() throws {
        let result = try ImportTesting.run("Titel\nHoe begon het?\nKlein, in 2010.\nDat klinkt bescheiden\n“Dat was het ook.”\nEn nu?\n“Groot.”\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel",
            "Q1: Hoe begon het?",
            "A1: Klein, in 2010.",
            "Q2: Dat klinkt bescheiden",
            "A2: “Dat was het ook.”",
            "Q3: En nu?",
            "A3: “Groot.”",
        ])
        #expect(result.outline.questions == [2, 4, 6])
    }

    @Test func labelledQuestionAndAnswerOnConsecutiveLines() throws {
        let result = try ImportTesting.run("Titel\nV: Hoe begon het\nA: Klein.\nV: En nu\nA: Groot.\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "Q1: Hoe begon het", "A1: Klein.", "Q2: En nu", "A2: Groot."])
    }

    @Test func softWrappedLinesAreJoinedWithASpace() throws {
        let result = try ImportTesting.run("Titel\n\nDe inleiding loopt\n  over twee regels.\n\nWaarom zo\nlang?\n\nHet antwoord\r\nook.\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "lead: De inleiding loopt over twee regels.", "Q1: Waarom zo lang?", "A1: Het antwoord ook.",
        ])
    }

    @Test func aShortParagraphWithoutEndPunctuationInAnAnswerIsReported() throws {
        let result = try ImportTesting.run("Titel\n\nHoe begon het?\n\nKlein.\n\nEn daarna\n\nDaarna werd het groter.\n")
        #expect(ImportTesting.structure(result) == [
            "title: Titel", "Q1: Hoe begon het?", "A1: Klein.", "A1: En daarna", "A1: Daarna werd het groter.",
        ])
        #expect(ImportTesting.notes(result.uncertain) == ["7 couldBeQuestion"])
    }

    @Test func aQuestionWithoutAnAnswerIsReported() throws {
        let result = try ImportTesting.run("Titel\n\nEerste vraag?\n\nTweede vraag?\n\nAntwoord.\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "Q1: Eerste vraag?", "Q2: Tweede vraag?", "A2: Antwoord."])
        #expect(ImportTesting.notes(result.uncertain) == ["3 questionWithoutAnswer"])
    }

    @Test func aTextWithoutQuestionsIsALeadOnlyAndSaysSo() throws {
        let result = try ImportTesting.run("Titel\n\nGewoon een stuk tekst.\n\nNog een alinea.\n")
        #expect(ImportTesting.structure(result) == ["title: Titel", "lead: Gewoon een stuk tekst.", "lead: Nog een alinea."])
        #expect(result.hasNoQuestions)
    }

    @Test func theTitleOptionReplacesTheFirstLineWhichIsThenListedAsDropped() throws {
        let result = try ImportTesting.run("Thissen | Gemeente.nu\n\nVraag?\n\nAntwoord.\n", title: "Thissen: Richt je op regie")
        #expect(result.article.title == "Thissen: Richt je op regie")
        #expect(ImportTesting.notes(result.dropped) == ["1 replacedTitle"])
        #expect(result.dropped.first?.text == "Thissen | Gemeente.nu")
        let same = try ImportTesting.run("Thissen\n\nVraag?\n\nAntwoord.\n", title: "Thissen")
        #expect(same.dropped.isEmpty)
        let odd = try ImportTesting.run("Thissen\n\nVraag?\n\nAntwoord.\n", title: " Twee\nregels\u{1B}[1m ", interviewee: "Tof\u{0}")
        #expect(odd.article.title == "Twee regels\u{FFFD}[1m")
        #expect(odd.article.metadata.interviewee == "Tof\u{FFFD}")
    }

    @Test func slugLanguageAndIntervieweeGoIntoTheFrontMatter() throws {
        let result = try ImportTesting.run("Thissen: Richt je op regie\n\nVraag?\n\nAntwoord.\n", slug: nil, interviewee: "Tof Thissen", language: "nl")
        #expect(result.article.slug == "thissen-richt-je-op-regie")
        #expect(result.article.metadata.fields.map { "\($0.key)=\($0.value)" } == [
            "title=Thissen: Richt je op regie", "interviewee=Tof Thissen", "language=nl",
        ])
        #expect(result.markdown.hasPrefix("---\ntitle: \"Thissen: Richt je op regie\"\ninterviewee: Tof Thissen\nlanguage: nl\n---\n"))
    }
}
