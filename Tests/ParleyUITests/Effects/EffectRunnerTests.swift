import Foundation
import ParleyKit
import ParleyTestSupport
import ParleyUI
import Testing

/// The effect runner against real folders: a library, a drafts folder and
/// a config file in a temporary home, carried out as the terminal loop
/// carries them out.
@Suite("Effect runner")
struct EffectRunnerTests {
    /// A temporary library with one short article, and a home with a config file.
    final class Home {
        let root: URL
        let library: URL
        let environment: [String: String]

        init() throws {
            root = try TestSupport.makeTemporaryFolder("parley-runner")
            library = root.appendingPathComponent("library")
            let config = root.appendingPathComponent("config/parley")
            try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
            try Data(Fixture.interview(questions: 2).utf8).write(to: library.appendingPathComponent("made-up.md"))
            try Data("name: Test Lezer\n".utf8).write(to: config.appendingPathComponent("config"))
            environment = ["XDG_STATE_HOME": root.appendingPathComponent("state").path,
                           "XDG_CONFIG_HOME": root.appendingPathComponent("config").path]
        }

        deinit { TestSupport.removeTemporaryFolder(root) }

        var key: LibraryKey { LibraryKey(folder: library.path, currentDirectory: "/") }
        /// Drafts are kept per library.
        var draftFile: String { root.appendingPathComponent("state/parley/drafts/\(key.fileName)/made-up.json").path }
        var store: ReactionStore { ReactionStore(folder: library.path, slug: "made-up") }

        /// The library screen, the article opened through the runner, the composer open.
        func composing(with runner: EffectRunner) throws -> Driver {
            var driver = Driver.library(try Library.load(folder: library.path))
            driver.press(.enter)
            driver.runEffects(with: runner)
            #expect(driver.state.screen == .reader)
            driver.press(.character("a"))
            driver.runEffects(with: runner)
            #expect(driver.composer?.name.text == "Test Lezer")
            return driver
        }
    }

    @Test func postingRunsInTheBackgroundAndSaysSo() throws {
        let home = try Home()
        let runner = EffectRunner(environment: home.environment, library: home.key)
        var driver = try home.composing(with: runner)
        driver.type("Eens.")
        driver.press(.control("d"))
        driver.runEffects(with: runner)
        // The draft is on disk before the post waits for anything.
        #expect(FileManager.default.fileExists(atPath: home.draftFile))
        #expect(driver.state.running == [.posting(slug: "made-up")])

        driver.finishBackgroundWork(with: runner)
        #expect(driver.state.running.isEmpty)
        #expect(driver.state.screen == .reader)
        #expect(driver.message == "Your reaction is posted.")
        let reactions = try home.store.load().reactions
        #expect(reactions.map(\.text) == ["Eens."])
        #expect(reactions.map(\.author) == ["Test Lezer"])
        #expect(driver.state.reader?.selectedReaction == reactions.first?.id)
        // Posted, so the draft is gone.
        #expect(!FileManager.default.fileExists(atPath: home.draftFile))
    }

    @Test func aHeldLockDoesNotFreezeTheScreen() throws {
        let home = try Home()
        let runner = EffectRunner(environment: home.environment, library: home.key)
        var driver = try home.composing(with: runner)
        driver.type("Eens.")
        do {
            let lock = try FileLock(exclusive: home.store.lockFile, timeout: .seconds(1))
            driver.press(.control("d"))
            driver.runEffects(with: runner)
            // The answer cannot have come: the lock is held (at most the notice that the post waits).
            // The screen says the post is running.
            #expect(runner.isBusy)
            #expect(runner.takeFinished().allSatisfy { if case .postWaiting = $0 { true } else { false } })
            #expect(driver.state.screen == .composer)
            #expect(driver.lines.contains { $0.contains("Posting…") })
            driver.send(.resize(GridSize(width: 60, height: 20)))
            #expect(driver.grid.width == 60)
            _ = consume lock
        }
        driver.finishBackgroundWork(with: runner)
        #expect(!runner.isBusy)
        #expect(driver.message == "Your reaction is posted.")
        #expect(try home.store.load().reactions.map(\.text) == ["Eens."])
        #expect(!driver.lines.contains { $0.contains("Posting…") })
    }

    /// Feeds the runner's answers back until `condition` holds; the answers
    /// come from another thread, so this polls (with a generous bound, for a
    /// loaded machine: the bound only ends a test that would fail anyway).
    static func answers(_ driver: inout Driver, from runner: EffectRunner, until condition: (Driver) -> Bool) -> Bool {
        for _ in 0 ..< 6_000 {
            for answer in runner.takeFinished() {
                driver.send(answer)
                driver.runEffects(with: runner)
            }
            if condition(driver) { return true }
            usleep(5_000)
        }
        return false
    }

    /// Another process holds the lock (`flock` of util-linux, as a person or
    /// a script would); the post waits and says so, Esc stops it, nothing is
    /// written, the text and the draft stay; once the lock is free the same
    /// text posts.
    @Test func escStopsAWaitForAHeldLockAndNothingIsWritten() throws {
        let home = try Home()
        let runner = EffectRunner(environment: home.environment, library: home.key)
        var driver = try home.composing(with: runner)
        driver.type("Eens.")
        let holder = try LockHolder(home.store.lockFile)
        defer { holder.release() }

        driver.press(.control("d"))
        driver.runEffects(with: runner)
        #expect(Self.answers(&driver, from: runner) { $0.composer?.message?.text.hasPrefix("Waiting for ") == true })
        #expect(driver.lines.contains { $0.contains("Waiting for made-up.reactions.json: another writer") })

        driver.press(.escape)
        driver.runEffects(with: runner)
        // The wait stops at once: the lock is still held, and the work is over.
        driver.finishBackgroundWork(with: runner)
        #expect(!runner.isBusy)
        #expect(driver.state.running.isEmpty)
        #expect(driver.state.screen == .composer)
        #expect(driver.composer?.text.text == "Eens.")
        #expect(driver.composer?.message?.text.hasPrefix("Not posted: you stopped waiting for \(home.store.file)") == true)
        #expect(!FileManager.default.fileExists(atPath: home.store.file))
        var drafts = DraftStore(environment: home.environment, library: home.key)
        #expect(try drafts.load(slug: "made-up")?.text == "Eens.")

        // Free again: the same text posts.
        holder.release()
        driver.press(.control("d"))
        driver.runEffects(with: runner)
        driver.finishBackgroundWork(with: runner)
        #expect(driver.message == "Your reaction is posted.")
        #expect(try home.store.load().reactions.map(\.text) == ["Eens."])
    }

    /// The end of parley (a signal) does not wait ten seconds for someone
    /// else's lock: the wait stops, the draft is on disk, nothing is written.
    @Test func cancellingWaitsEndsAPostWaitingForALock() throws {
        let home = try Home()
        let runner = EffectRunner(environment: home.environment, library: home.key)
        var driver = try home.composing(with: runner)
        driver.type("Eens.")
        let holder = try LockHolder(home.store.lockFile)
        defer { holder.release() }
        driver.press(.control("d"))
        driver.runEffects(with: runner)
        #expect(Self.answers(&driver, from: runner) { $0.composer?.message?.text.hasPrefix("Waiting for ") == true })
        runner.cancelWaits()
        driver.finishBackgroundWork(with: runner)
        #expect(driver.composer?.text.text == "Eens.")
        #expect(!FileManager.default.fileExists(atPath: home.store.file))
        var drafts = DraftStore(environment: home.environment, library: home.key)
        #expect(try drafts.load(slug: "made-up")?.text == "Eens.")
    }

    @Test func aRefusedPostKeepsTheTextInTheDraft() throws {
        let home = try Home()
        let runner = EffectRunner(environment: home.environment, library: home.key)
        var driver = try home.composing(with: runner)
        driver.type("Eens.")
        // A reactions file that is not JSON: the store refuses to add to it.
        try Data("not json".utf8).write(to: URL(fileURLWithPath: home.store.file))
        driver.press(.control("d"))
        driver.runEffects(with: runner)
        driver.finishBackgroundWork(with: runner)
        #expect(driver.state.screen == .composer)
        #expect(driver.composer?.message?.isError == true)
        #expect(driver.composer?.text.text == "Eens.")
        var drafts = DraftStore(environment: home.environment, library: home.key)
        let draft = try drafts.load(slug: "made-up")
        #expect(draft?.text == "Eens.")
    }

    @Test func aDraftSavedAtAPauseComesBackInTheNextComposer() throws {
        let home = try Home()
        let runner = EffectRunner(environment: home.environment, library: home.key)
        var driver = try home.composing(with: runner)
        driver.type("Half a thought")
        driver.send(.tick)
        driver.runEffects(with: runner)
        #expect(FileManager.default.fileExists(atPath: home.draftFile))
        driver.press(.escape)
        driver.runEffects(with: runner)
        #expect(driver.state.screen == .reader)
        #expect(driver.message == "Draft kept: press a to go on with it.")

        // A new runner: what comes back is what is on disk, not a memory.
        let later = EffectRunner(environment: home.environment, library: home.key)
        driver.press(.character("a"))
        driver.runEffects(with: later)
        #expect(driver.composer?.text.text == "Half a thought")
    }

    @Test func anArticleThatIsGoneAnswersWithItsFailure() throws {
        let home = try Home()
        let runner = EffectRunner(environment: home.environment, library: home.key)
        var driver = Driver.library(try Library.load(folder: home.library.path))
        try FileManager.default.removeItem(at: home.library.appendingPathComponent("made-up.md"))
        driver.press(.enter)
        driver.runEffects(with: runner)
        #expect(driver.state.screen == .library)
        #expect(driver.state.message?.isError == true)
        #expect(driver.message?.contains("made-up.md") == true)
    }

    @Test func effectsThatNeedTheTerminalAreLeftToTheLoop() throws {
        let runner = EffectRunner(environment: [:], library: LibraryKey(folder: "/nonexistent/library", currentDirectory: "/"))
        for (effect, expected) in [(Effect.quit, TerminalEffect.quit), (.redraw, .redraw), (.suspend, .suspend),
                                   (.openEditor(text: "x"), .openEditor(text: "x"))] {
            guard case .needsTerminal(let terminal) = runner.run(effect) else {
                Issue.record("\(effect) was run by the runner")
                continue
            }
            #expect(terminal == expected)
        }
    }

    /// What a feature in another target (sync, say) injects.
    struct FakeOpener: EffectService {
        let background: Bool
        func plan(for effect: Effect) -> EffectPlan? {
            guard case .openArticle(_, let slug) = effect else { return nil }
            let work: @Sendable () -> [Event] = { [.articleFailed(slug: slug, error: ArticleError(file: "served by the service", line: nil, problem: .noSuchArticle))] }
            return background ? .background(.posting(slug: slug), work) : .now(work)
        }
    }

    @Test(arguments: [false, true])
    func anInjectedServiceIsAskedFirst(background: Bool) throws {
        let home = try Home()
        let runner = EffectRunner(environment: home.environment, library: home.key, services: [FakeOpener(background: background)])
        var driver = Driver.library(try Library.load(folder: home.library.path))
        driver.press(.enter)
        driver.runEffects(with: runner)
        driver.finishBackgroundWork(with: runner)
        #expect(driver.message == "cannot open: served by the service: no such article")
        // What the service does not claim, the runner still does.
        driver.press(.character("q"))
        #expect(driver.effects == [.quit])
    }
}

