import Foundation
import ParleyKit
import ParleyUI
import Testing

/// Posting while another writer holds the reactions file's lock: the
/// composer says it waits, Esc or Ctrl-C stops the wait, and the text stays.
@Suite("Waiting for the reactions file's lock")
struct PostWaitTests {
    static let file = TestSupportPaths.articles + "/thissen-richt-je-op-regie.reactions.json"

    /// The composer on the interview with "Eens." posted; the post is waiting.
    static func waiting(language: Language = .english) throws -> Driver {
        var driver = Driver.reader(try Fixture.thissen(), language: language)
        driver.openComposer()
        driver.type("Eens.")
        driver.press(.control("d"))
        driver.send(.backgroundStarted(.posting(slug: Fixture.slug)),
                    .draftSaved(slug: Fixture.slug, draft: Draft(name: nil, text: "Eens.", replyTo: nil)),
                    .postWaiting(slug: Fixture.slug, file: file, seconds: 10))
        return driver
    }

    /// One row: the language, the key that stops, what the composer says
    /// while waiting, while stopping, and once stopped.
    struct Row: Sendable, CustomTestStringConvertible {
        var language: Language
        var key: Key
        var waiting: String
        var stopping: String
        var stopped: String
        var testDescription: String { "\(language) \(key)" }
    }

    static let rows: [Row] = [
        Row(language: .english, key: .escape,
            waiting: "Waiting for thissen-richt-je-op-regie.reactions.json: another writer is changing it (at most 10 s). Esc or Ctrl-C stops waiting; your text is kept.",
            stopping: "Stopping…",
            stopped: "Not posted: you stopped waiting for \(file), which another writer was changing; nothing was written"),
        Row(language: .english, key: .control("c"),
            waiting: "Waiting for thissen-richt-je-op-regie.reactions.json: another writer is changing it (at most 10 s). Esc or Ctrl-C stops waiting; your text is kept.",
            stopping: "Stopping…",
            stopped: "Not posted: you stopped waiting for \(file), which another writer was changing; nothing was written"),
        Row(language: .dutch, key: .escape,
            waiting: "Wachten op thissen-richt-je-op-regie.reactions.json: een ander is het aan het veranderen (hoogstens 10 s). Esc of Ctrl-C stopt het wachten; je tekst blijft bewaard.",
            stopping: "Bezig met stoppen…",
            stopped: "Niet geplaatst: je bent gestopt met wachten op \(file), dat een ander aan het veranderen was; er is niets geschreven"),
    ]

    @Test(arguments: rows)
    func waitingThenStoppedKeepsTheTextAndTheDraft(_ row: Row) throws {
        var driver = try Self.waiting(language: row.language)
        #expect(driver.composer?.phase == .posting(lastFailure: nil))
        #expect(driver.composer?.message == StatusMessage(row.waiting))
        // On the screen whole, in the composer's message rows.
        let shown = driver.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(shown.contains(row.waiting))
        // Other keys still wait for the answer.
        driver.type("x")
        #expect(driver.effects == [])
        #expect(driver.composer?.text.text == "Eens.")

        driver.press(row.key)
        #expect(driver.effects == [.stopPosting(slug: Fixture.slug)])
        #expect(driver.composer?.phase == .stopping(lastFailure: nil))
        #expect(driver.composer?.message == StatusMessage(row.stopping))
        // Pressed again while stopping: nothing more is asked.
        driver.press(row.key)
        #expect(driver.effects == [])
        #expect(driver.state.screen == .composer)

        driver.send(.postRefused(slug: Fixture.slug, error: .cancelled(file: Self.file)),
                    .backgroundFinished(.posting(slug: Fixture.slug)))
        #expect(driver.state.screen == .composer)
        #expect(driver.composer?.phase == .editing(lastFailure: nil))
        #expect(driver.composer?.text.text == "Eens.")
        #expect(driver.composer?.message == StatusMessage(row.stopped, isError: true))
        // The draft on disk is the text: nothing left to save, so Esc closes and says it is kept.
        #expect(driver.composer?.hasUnsavedChanges == false)
        driver.type("!")
        #expect(driver.composer?.text.text == "Eens.!")
        #expect(driver.composer?.message == nil)
    }

    @Test func escAfterStoppingClosesWithTheDraftKept() throws {
        var driver = try Self.waiting()
        driver.press(.escape)
        driver.send(.postRefused(slug: Fixture.slug, error: .cancelled(file: Self.file)))
        driver.press(.escape)
        #expect(driver.state.screen == .reader)
        #expect(driver.message == "Draft kept: press a to go on with it.")
    }

    /// The reaction was already being written when Esc came: it is posted, and said so.
    @Test func stoppedTooLateIsPosted() throws {
        var driver = try Self.waiting()
        driver.press(.escape)
        var document = try #require(try Fixture.thissen().reactions.document)
        let posted = Fixture.reaction("6eab6a00-c2cb-4322-a4fb-bef49cbdcf44", "Test Lezer", "2026-11-29T13:20:58Z", "Eens.")
        document.reactions.append(posted)
        driver.send(.reactionPosted(slug: Fixture.slug, reaction: posted, reactions: .loaded(document), draftError: nil))
        #expect(driver.state.screen == .reader)
        #expect(driver.message == "Your reaction is posted.")
    }

    /// Esc before the lock was found held (posting, not yet waiting) stops it just the same.
    @Test func escWhilePostingWithoutWaitingStopsToo() throws {
        var driver = Driver.reader(try Fixture.thissen())
        driver.openComposer()
        driver.type("Eens.")
        driver.press(.control("d"))
        driver.press(.escape)
        #expect(driver.effects == [.stopPosting(slug: Fixture.slug)])
    }

    /// A busy lock after ten seconds still says so, and the text stays.
    @Test func aWaitThatTimesOutSaysBusy() throws {
        var driver = try Self.waiting()
        driver.send(.postRefused(slug: Fixture.slug, error: .busy(file: Self.file, lockFile: "/x/.lock", seconds: 10)))
        #expect(driver.composer?.phase == .editing(lastFailure: nil))
        #expect(driver.composer?.message?.text.hasPrefix("Not posted: \(Self.file) is being changed by another parley") == true)
        #expect(driver.composer?.text.text == "Eens.")
    }
}
