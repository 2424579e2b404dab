import Foundation
import ParleyKit
import ParleyTestSupport
import Testing

/// The published interview (a copy in Fixtures) imports to the article and
/// reaction the project ships, compared as parsed models.
@Suite struct ImportSeedTests {
    static let slug = "thissen-richt-je-op-regie"

    static func shipped() throws -> (article: Article, markdown: String, reactions: ReactionsDocument) {
        let folder = TestSupport.articlesFolder
        let markdown = try String(contentsOf: folder.appendingPathComponent(slug + ".md"), encoding: .utf8)
        let article = try ArticleParser(file: slug + ".md").parse(text: markdown, slug: slug).article
        let json = try Data(contentsOf: folder.appendingPathComponent(slug + ".reactions.json"))
        let reactions = try ReactionsDocument.decode(bytes: Array(json), file: slug + ".reactions.json")
        return (article, markdown, reactions)
    }

    static func imported() throws -> ImportResult {
        try InterviewImporter(options: ImportOptions(file: "seed.txt", slug: slug)).run(bytes: ImportTesting.seedBytes)
    }

    @Test func theSeedGivesTheShippedQuestionsAnswersLeadAndReaction() throws {
        let result = try Self.imported()
        let shipped = try Self.shipped()
        #expect(result.article.title == shipped.article.title)
        #expect(result.article.lead == shipped.article.lead)
        #expect(result.article.exchanges.count == 5)
        #expect(result.article.withoutLines.exchanges == shipped.article.withoutLines.exchanges)
        #expect(result.article.sections == shipped.article.sections)
        let reactions = try #require(result.reactions)
        #expect(reactions.article == Self.slug)
        #expect(reactions.reactions.map(\.text) == shipped.reactions.reactions.map(\.text))
        #expect(reactions.reactions.map(\.author) == [nil])
        #expect(reactions.reactions.map(\.posted) == [nil])
        #expect(reactions.reactions.map(\.replyTo) == [nil])
    }

    @Test func theSeedsMarkdownIsTheShippedFileWithoutTheFrontMatterTheTextDoesNotHold() throws {
        let result = try Self.imported()
        let shipped = try Self.shipped().markdown
        // The text names no interviewee, role or source.
        let expected = shipped.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("interviewee:") && !$0.hasPrefix("role:") && !$0.hasPrefix("source:") }
            .joined(separator: "\n")
        #expect(result.markdown == expected)
        #expect(result.language == .guessed("nl"))
    }

    @Test func theSeedsPageChromeIsDroppedAndListedWithItsLines() throws {
        let result = try Self.imported()
        #expect(ImportTesting.notes(result.dropped) == ["3 commentCount", "27 emptyAuthorBox", "33 newsletter", "35 newsletter", "37 newsletter"])
        #expect(result.dropped.map(\.text) == [
            "1",
            "Over Auteur",
            "Het laatste\u{A0}nieuws van Gemeente.nu in je mailbox?",
            "Meld je aan voor de algemene nieuwsbrief of een van de themanieuwsbrieven van Gemeente.nu.",
            "Aanmelden",
        ])
        #expect(result.uncertain.isEmpty)
        #expect(result.decoding.isEmpty)
        #expect(result.outline.questions == [7, 11, 15, 19, 23])
        #expect(result.outline.reactions == [31])
    }

    @Test func aNewReactionGetsAFreshLowerCaseUUID() throws {
        let first = try Self.imported().reactions?.reactions.first?.id
        let second = try Self.imported().reactions?.reactions.first?.id
        let id = try #require(first)
        #expect(UUID(uuidString: id) != nil)
        #expect(id == id.lowercased())
        #expect(first != second)
    }
}
