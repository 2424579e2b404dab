import Foundation
import ParleyKit
import ParleyTestSupport
import ParleyUI
import Testing

/// The library screen's sync key: it asks for a sync, the status line says
/// it runs, and what came in shows at once.
@Suite("Library: the sync key")
struct LibrarySyncKeyTests {
    static func library() throws -> Library {
        try LibraryKeyTests.library()
    }

    /// The same five articles, one of them with two reactions: the library
    /// as it is after a sync brought them in.
    static func libraryAfterSync() throws -> Library {
        let folder = try TestSupport.makeTemporaryFolder("parley-ui-sync")
        defer { TestSupport.removeTemporaryFolder(folder) }
        for title in LibraryKeyTests.titles {
            let slug = title.lowercased().replacingOccurrences(of: " ", with: "-")
            try Data(Fixture.interview(questions: 2, title: title).utf8).write(to: folder.appendingPathComponent(slug + ".md"))
        }
        let reactions = ReactionsDocument(article: "beta-interview", reactions: [
            Reaction(id: "a", author: "A", posted: nil, text: "one", replyTo: nil),
            Reaction(id: "b", author: "B", posted: nil, text: "two", replyTo: nil),
        ])
        try Data(reactions.encoded().utf8).write(to: folder.appendingPathComponent("beta-interview.reactions.json"))
        return try Library.load(folder: folder.path)
    }

    @Test("S asks for a sync of the library folder; not a second one while one runs")
    func asksForSync() throws {
        var driver = Driver.library(try Self.library())
        driver.press(.character("S"))
        let folder = try #require(driver.state.library?.library.folder)
        #expect(driver.effects == [.sync(folder: folder)])
        driver.send(.backgroundStarted(.syncing))
        #expect(driver.statusLine.hasPrefix(" Syncing with the server…"))
        driver.press(.character("S"))
        #expect(driver.effects == [])
    }

    @Test("what came in shows at once, the selection stays, the status line says what happened")
    func received() throws {
        var driver = Driver.library(try Self.library())
        driver.press(.character("j"))  // Beta interview
        driver.press(.character("S"))
        driver.send(.backgroundStarted(.syncing))
        let report = SyncReport(outcome: .synced, upstream: "origin/main", articles: [SyncReport.Article(slug: "beta-interview", received: 2)])
        driver.send(.synced(report, library: try Self.libraryAfterSync()), .backgroundFinished(.syncing))
        #expect(driver.lines[3] == " ▸ Beta interview                          Someone   2 questions    2 reactions")
        #expect(driver.state.library?.selectedEntry?.slug == "beta-interview")
        #expect(driver.message == "synced with origin/main: 2 reactions received")
        driver.press(.character("j"))
        #expect(driver.state.library?.selectedEntry?.slug == "delta-questions")
    }

    @Test("offline and failures: one line, in the UI language; a password is never asked for here")
    func failures() throws {
        var driver = Driver.library(try Self.library(), language: .dutch)
        driver.send(.synced(SyncReport(outcome: .offline, upstream: "origin/main", articles: [SyncReport.Article(slug: "x", sent: 2)]), library: nil))
        #expect(driver.message == "offline: 2 reacties hier bewaard, synchroniseer opnieuw als de server bereikbaar is")
        driver.send(.syncFailed(.authenticationNeeded(remote: "origin")))
        #expect(driver.message == "origin vraagt een wachtwoord of sleutel: voer `parley sync` uit in een shell, waar git en ssh erom kunnen vragen")
        #expect(driver.state.message?.isError == true)
    }
}
