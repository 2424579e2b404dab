import ParleyKit
import ParleyUI
import Testing

/// What `parley import` prints, in both languages, for a text that has a bit of everything.
@Suite struct ImportPreviewTests {
    static let text = """
        Titel

        12

        Gemeente.nu: Hoe begon het?

        Thissen: Klein, in 2010 met drie mensen en een heel klein budget van de gemeente.

        Gemeente.nu: En daarna?

        Thissen: Groter\u{0}.

        Wie had dat gedacht?

        Over de auteur

        Jan is journalist.

        2 reacties

        Marie schreef:

        Mooi.

        Delen: Twitter Facebook
        """

    static func result() throws -> ImportResult {
        let options = ImportOptions(file: "tekst.txt", slug: "titel")
        return try InterviewImporter(options: options, makeID: { "id" }).run(bytes: Array(text.utf8))
    }

    @Test func theDutchDryRunShowsEveryPartWithItsLine() throws {
        #expect(ImportPreview.dryRun(try Self.result(), ui: Catalogue(.dutch)).split(separator: "\n") == [
            "Proefimport: er is niets geschreven.",
            "titel (regel 1): Titel",
            "naam: titel",
            "taal: nl (geraden uit veelgebruikte woorden; kies zelf met --language)",
            "geïnterviewde: Thissen",
            "inleiding: geen",
            "vraag 1 (regel 5): Hoe begon het?",
            "  antwoord: 1 alinea, 72 tekens",
            "vraag 2 (regel 9): En daarna?",
            "  antwoord: 2 alinea's, 28 tekens",
            "sectie (regel 15): Over de auteur, 1 alinea, 18 tekens",
            "reactie 1 (regel 21): Marie, 5 tekens: Mooi.",
            "veranderd (regel 11): stuurtekens staan er als U+FFFD: Thissen: Groter\u{FFFD}.",
            "weggelaten (regel 3): het aantal reacties onder de titel: 12",
            "weggelaten (regel 25): deelknoppen: Delen: Twitter Facebook",
            "onzeker (regel 13): eindigt op '?' maar heeft geen vraaglabel of nummer: bij het antwoord gehouden: Wie had dat gedacht?",
            "onzeker (regel 19): de kop noemt 2 reacties, er is er 1 gevonden: 2 reacties",
            "gevonden: 2 vragen, 1 reactie, 2 weggelaten, 2 onzeker",
        ])
    }

    @Test func theWarningsAfterAnImportNameFileAndLineInLineOrder() throws {
        #expect(ImportPreview.warnings(try Self.result(), file: "tekst.txt", ui: Catalogue(.english)) == [
            "tekst.txt: language: nl (guessed from common words; set it with --language)",
            "tekst.txt:3: dropped (the comment count under the title): 12",
            "tekst.txt:11: changed (control characters are shown as U+FFFD): Thissen: Groter\u{FFFD}.",
            "tekst.txt:13: uncertain (ends with '?' but has no question label or number: kept in the answer): Wie had dat gedacht?",
            "tekst.txt:19: uncertain (the heading gives 2 reactions, 1 was found): 2 reacties",
            "tekst.txt:25: dropped (share buttons): Delen: Twitter Facebook",
        ])
    }

    @Test func longTextIsCutToAPreviewOnOneLine() throws {
        let long = String(repeating: "woord ", count: 40)
        let result = try InterviewImporter(options: ImportOptions(file: "-", slug: "x", language: "en"))
            .run(bytes: Array("Titel\n\nVraag?\n\nAntwoord.\n\nReacties\n\n1. \(long)\n\nnog meer\n".utf8))
        let lines = ImportPreview.dryRun(result, ui: Catalogue(.english)).split(separator: "\n")
        #expect(lines.contains("reaction 1 (line 9): anonymous, 249 characters: woord woord woord woord woord woord woord woord woord woord woord woord…"))
    }

    @Test func aReactionOfSeveralParagraphsIsPreviewedOnOneLine() throws {
        let result = try InterviewImporter(options: ImportOptions(file: "-", slug: "x", language: "en"))
            .run(bytes: Array("Titel\n\nVraag?\n\nAntwoord.\n\nReacties\n\n1. Eens.\n\nVooral dit.\n".utf8))
        let lines = ImportPreview.dryRun(result, ui: Catalogue(.english)).split(separator: "\n")
        #expect(lines.contains("reaction 1 (line 9): anonymous, 18 characters: Eens. Vooral dit."))
    }
}
