import ParleyKit
import ParleyUI
import Testing

@Suite struct ImportLanguageAndSlugTests {
    @Test(arguments: [
        ("Thissen: Richt je op regie", "thissen-richt-je-op-regie"),
        ("Coöperatie in ’s-Hertogenbosch", "cooperatie-in-s-hertogenbosch"),
        ("Ærø, Straße & Łódź", "aero-strasse-lodz"),
        ("De ĳzeren   regel!!", "de-ijzeren-regel"),
        ("Cafe\u{301} 2013", "cafe-2013"),
        ("  --Wat nu?--  ", "wat-nu"),
        ("漢字 and 2 words", "and-2-words"),
    ])
    func aSlugIsLowerCaseASCIIWithAccentsFolded(title: String, slug: String) {
        #expect(ArticleSlug.derive(from: title) == slug)
    }

    @Test func aSlugIsAtMostEightyCharactersCutAtAHyphen() {
        let title = String(repeating: "regie ", count: 30)
        let slug = ArticleSlug.derive(from: title)
        #expect(slug == Array(repeating: "regie", count: 13).joined(separator: "-"))
    }

    @Test func aTitleWithoutLettersGivesNoSlugAndTheImportSaysToGiveOne() {
        #expect(ArticleSlug.derive(from: "漢字 — ?!") == nil)
        #expect(Catalogue(.english).message(ImportError(file: "text.txt", problem: .noSlugFromTitle("漢字"))) == "text.txt: cannot make an article name from the title \"漢字\"; give one with --slug")
        #expect(throws: ImportError(file: "text.txt", problem: .noSlugFromTitle("漢字"))) {
            try ImportTesting.run("漢字\n\nVraag?\n\nAntwoord.\n", slug: nil)
        }
    }

    @Test func dutchIsGuessedFromCommonWords() throws {
        let result = try ImportTesting.run("Titel\n\nDe gemeente moet het zelf doen, maar niet alleen.\n", language: nil)
        #expect(result.language == .guessed("nl"))
        #expect(result.article.metadata.language == "nl")
    }

    @Test func englishIsGuessedFromCommonWords() throws {
        let result = try ImportTesting.run("Title\n\nThe council should do it, but not on its own.\n", language: nil)
        #expect(result.language == .guessed("en"))
    }

    @Test func tooFewCommonWordsLeaveTheLanguageUnknownAndOutOfTheFrontMatter() throws {
        let result = try ImportTesting.run("Titel\n\nKING, VNG, NUP.\n", language: nil)
        #expect(result.language == .unknown)
        #expect(result.article.metadata.language == nil)
    }

    @Test func aGivenLanguageIsNotGuessed() throws {
        let result = try ImportTesting.run("Title\n\nThe council should do it, but not on its own.\n", language: "nl")
        #expect(result.language == .given("nl"))
        #expect(result.article.metadata.language == "nl")
    }
}
