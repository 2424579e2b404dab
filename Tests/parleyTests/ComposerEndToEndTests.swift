import Foundation
import ParleyKit
import ParleyTestSupport
import Testing

/// Adding a reaction with the built parley in a real terminal (tmux, 80x24)
/// on a copy of the library: posting, a draft that survives a hang-up, a
/// paste, the editor, a library that cannot be written, and reaction text
/// that tries to drive the terminal.
@Suite("Composer end to end", .serialized)
final class ComposerEndToEndTests {
    let library: URL
    /// XDG_STATE_HOME (drafts) and XDG_CONFIG_HOME (the name) live here.
    let home: URL
    let parley = TestSupport.parleyBinary.path
    static let slug = "thissen-richt-je-op-regie"

    init() throws {
        library = try TestSupport.copyOfLibrary()
        home = try TestSupport.makeTemporaryFolder("parley-home")
        let config = home.appendingPathComponent("config/parley")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("name: Test Lezer\n".utf8).write(to: config.appendingPathComponent("config"))
        try FileManager.default.createDirectory(at: home.appendingPathComponent("state"), withIntermediateDirectories: true)
    }

    deinit {
        TestSupport.removeTemporaryFolder(library)
        TestSupport.removeTemporaryFolder(home)
    }

    var reactionsFile: URL { library.appendingPathComponent(Self.slug + ".reactions.json") }
    /// Drafts are kept per library (its real path).
    var draftFile: URL {
        home.appendingPathComponent("state/parley/drafts/\(LibraryKey(folder: library.path, currentDirectory: "/").fileName)/\(Self.slug).json")
    }

    /// A shell in tmux with the library, the state and config folders set, and no editor.
    private func shell(environment: [String: String] = [:]) throws -> TmuxSession {
        var env = ["PARLEY_LIBRARY": library.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                   "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "VISUAL": "", "EDITOR": ""]
        for (key, value) in environment { env[key] = value }
        return try TmuxSession(environment: env)
    }

    /// `parley read` on the interview, started so that its pid is known
    /// (only this parley is ever signalled: other people run parley here too).
    /// `then`: a command line after parley's (bash skips it when parley dies of SIGINT).
    private func reading(_ session: TmuxSession, prefix: String = "", then: String = "; echo EXIT=$?") throws -> Int32 {
        let pidFile = home.appendingPathComponent("pid-\(UUID().uuidString)").path
        try session.run("sh -c 'echo $$ > \(pidFile); exec \(prefix)\(parley) read \(Self.slug)'" + then)
        try session.waitFor(text: "? help")
        return try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    private func openComposer(_ session: TmuxSession) throws {
        try session.send("a")
        try session.waitFor(text: "New reaction to “Thissen: Richt je op regie”")
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func aReactionTypedAndPostedIsShownAndStoredExactly() throws {
        let session = try shell()
        _ = try reading(session)
        try openComposer(session)
        #expect(try session.screen()[1] == "  Name: Test Lezer")
        let text = "Helemaal eens — coöperatie 👍"
        try session.type(text)
        try session.waitFor(text: text)
        try session.send("C-d")
        let screen = try session.waitFor(text: "2 reacties")
        #expect(screen.first == "  2 reacties")
        #expect(screen.contains { $0.hasPrefix("▸ Test Lezer · ") && $0.hasSuffix(" UTC") })
        #expect(screen.contains("  " + text))
        #expect(screen.last?.hasPrefix(" Your reaction is posted.") == true)

        let reactions = try #require(try json(reactionsFile)["reactions"] as? [[String: Any]])
        #expect(reactions.count == 2)
        #expect(reactions.last?["text"] as? String == text)
        #expect(reactions.last?["author"] as? String == "Test Lezer")
        #expect(reactions.last?["replyTo"] is NSNull)
        // Written as UTF-8, not escaped.
        #expect(try String(contentsOf: reactionsFile, encoding: .utf8).contains("\"text\": \"\(text)\""))
        // Posted: no draft is left.
        #expect(!FileManager.default.fileExists(atPath: draftFile.path))
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
    }

    @Test(arguments: [("HUP", 129), ("TERM", 143), ("INT", 130)])
    func aSignalWhileTypingLeavesTheDraftAndTheNextAShowsIt(_ signal: String, _ status: Int) throws {
        let session = try shell()
        let pid = try reading(session, then: "")
        try openComposer(session)
        let text = "Nog niet af — wordt vervolgd"
        try session.type(text)
        try session.waitFor(text: text)
        try TestSupport.run("/bin/kill", ["-\(signal)", String(pid)])
        try session.waitFor("the shell again") { $0.last(where: { !$0.isEmpty }) == "$" }
        try session.run("echo EXIT=$?")
        try session.waitFor(text: "EXIT=\(status)")
        #expect(try json(draftFile)["text"] as? String == text)

        _ = try reading(session)
        try session.send("a")
        let screen = try session.waitFor(text: "Your draft is back")
        #expect(screen[3] == "  " + text)
        try session.send("Escape")
        try session.waitFor(text: "Draft kept: press a to go on with it.")
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
        #expect(try json(draftFile)["text"] as? String == text)
    }

    /// Bracketed paste: a pasted `q` and line break are text in the box; parley goes on.
    @Test func aPasteLandsInTheBoxAndRunsNothing() throws {
        let session = try shell()
        _ = try reading(session)
        try openComposer(session)
        try session.paste("Eerste regel met q erin\nQ en nog een regel")
        let screen = try session.waitFor(text: "Q en nog een regel")
        #expect(screen[3] == "  Eerste regel met q erin")
        #expect(screen[4] == "  Q en nog een regel")
        #expect(screen.last?.hasSuffix("42 / 10,000") == true)
        #expect(!screen.contains { $0.contains("EXIT=") })
        #expect(try session.display("#{alternate_on}") == "1")
        try session.send("Escape")
        try session.waitFor(text: "Draft kept")
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
    }

    @Test func ctrlEContinuesInTheEditorAndBringsItsTextBack() throws {
        let editor = home.appendingPathComponent("append-a-line")
        try Data("#!/bin/sh\nprintf '%s\\n' 'Toegevoegd in de editor.' >> \"$1\"\n".utf8).write(to: editor)
        #expect(chmod(editor.path, 0o755) == 0)
        let session = try shell(environment: ["EDITOR": editor.path])
        _ = try reading(session)
        try openComposer(session)
        try session.type("Eerste regel")
        try session.waitFor(text: "Eerste regel")
        try session.send("C-e")
        let screen = try session.waitFor(text: "Toegevoegd in de editor.")
        #expect(screen[3] == "  Eerste regel")
        #expect(screen[4] == "  Toegevoegd in de editor.")
        #expect(screen[0] == "  New reaction to “Thissen: Richt je op regie”")
        #expect(try session.display("#{alternate_on}") == "1")
        // The composer has it: posting sends both lines.
        try session.send("C-d")
        try session.waitFor(text: "2 reacties")
        let reactions = try #require(try json(reactionsFile)["reactions"] as? [[String: Any]])
        #expect(reactions.last?["text"] as? String == "Eerste regel\nToegevoegd in de editor.")
    }

    /// Root may write anywhere, so parley runs as `nobody` (setpriv) there.
    @Test(.enabled(if: TestSupport.unprivilegedPrefix != nil))
    func postingIntoALibraryThatCannotBeWrittenKeepsTheTextAndTheDraft() throws {
        // The unprivileged user must be able to make its drafts folder.
        #expect(chmod(home.appendingPathComponent("state").path, 0o777) == 0)
        if !TestSupport.isRoot { #expect(chmod(library.path, 0o555) == 0) }
        let before = try Data(contentsOf: reactionsFile)
        let prefix = try #require(TestSupport.unprivilegedPrefix).map { $0 + " " }.joined()
        let session = try shell()
        _ = try reading(session, prefix: prefix)
        try openComposer(session)
        let text = "Dit mag niet verloren gaan"
        try session.type(text)
        try session.waitFor(text: text)
        try session.send("C-d")
        let screen = try session.waitFor(text: "is unchanged")
        let message = screen[20 ... 22].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        #expect(message == "Not posted: cannot write in \(library.path): Permission denied; \(Self.slug).reactions.json is unchanged")
        #expect(screen[3] == "  " + text)
        #expect(try json(draftFile)["text"] as? String == text)
        #expect(try Data(contentsOf: reactionsFile) == before)
        // Still there after leaving.
        try session.send("Escape")
        try session.waitFor(text: "Draft kept")
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
        #expect(try json(draftFile)["text"] as? String == text)
    }

    /// A reaction holding a clear-screen sequence, an OSC 52 clipboard
    /// write and a right-to-left override shows them as placeholders: the
    /// screen is not cleared and nothing reaches the clipboard.
    @Test func controlSequencesInAReactionDoNothingToTheTerminal() throws {
        let hostile = """
            {
              "version": 1,
              "article": "thissen-richt-je-op-regie",
              "reactions": [
                {"id": "3f1c9a52-7d4e-4b8a-9c61-0e5d2b7a8f14", "author": "Mallory\\u001b[31m", "posted": null,
                 "text": "Wis: \\u001b[2J klembord: \\u001b]52;c;aGFjaw==\\u0007 omgekeerd: \\u202etekst", "replyTo": null}
              ]
            }

            """
        try Data(hostile.utf8).write(to: reactionsFile)
        let session = try shell()
        try session.setOption("set-clipboard", "on")
        _ = try reading(session)
        try session.send("r")
        let screen = try session.waitFor(text: "␛[2J")
        #expect(Array(screen.prefix(8)) == [
            "  1 reactie",
            "",
            "  Mallory␛[31m",
            "  Wis: ␛[2J klembord: ␛]52;c;aGFjaw==␇ omgekeerd: <U+202E>tekst",
            "",
            "  Add a reaction: press a",
            "",
            "",
        ])
        #expect(screen.last?.hasSuffix(" 100%  ? help") == true)
        #expect(try session.bufferNames() == [])
        // The article above is intact when scrolled back to.
        try session.send("g")
        try session.waitFor("the title at the top") { $0.first == "  Thissen: Richt je op regie" }
    }

    /// Another process holds the reactions file's lock (`flock` of
    /// util-linux): the post says it waits, Esc stops it and keeps the text
    /// (and the draft), nothing is written; once the lock is free, the same
    /// text posts.
    @Test func escStopsAPostWaitingForAHeldLock() throws {
        let before = try Data(contentsOf: reactionsFile)
        let holder = try LockHolder(library.appendingPathComponent(".\(Self.slug).reactions.lock").path)
        defer { holder.release() }
        let session = try shell()
        _ = try reading(session)
        try openComposer(session)
        try session.type("Wacht even.")
        try session.waitFor(text: "Wacht even.")
        try session.send("C-d")
        var screen = try session.waitFor(text: "Waiting for \(Self.slug).reactions.json")
        let message = screen[20 ... 22].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(message.hasPrefix("Waiting for \(Self.slug).reactions.json: another writer is changing it (at most 10 s)."))
        #expect(message.contains("Esc or Ctrl-C stops waiting; your text is kept."))

        try session.send("Escape")
        screen = try session.waitFor(text: "Not posted: you stopped waiting for")
        // Still the composer, with the text.
        #expect(screen.first == "  New reaction to “Thissen: Richt je op regie”")
        #expect(screen.contains("  Wacht even."))
        #expect(try Data(contentsOf: reactionsFile) == before)
        let draft = try json(draftFile)
        #expect(draft["text"] as? String == "Wacht even.")

        // Esc again leaves, saying the draft is kept; the lock is still held and nothing was written.
        try session.send("Escape")
        try session.waitFor(text: "Draft kept: press a to go on with it.")
        #expect(try Data(contentsOf: reactionsFile) == before)

        holder.release()
        try session.send("a")
        try session.waitFor(text: "Wacht even.")
        try session.send("C-d")
        screen = try session.waitFor(text: "Your reaction is posted.")
        let reactions = try #require(try json(reactionsFile)["reactions"] as? [[String: Any]])
        #expect(reactions.compactMap { $0["text"] as? String }.filter { $0 == "Wacht even." }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: draftFile.path))
    }

    /// Ctrl-C (a key in raw mode) stops the wait just as Esc does, and does not end parley.
    @Test func ctrlCStopsAPostWaitingForAHeldLock() throws {
        let before = try Data(contentsOf: reactionsFile)
        let holder = try LockHolder(library.appendingPathComponent(".\(Self.slug).reactions.lock").path)
        defer { holder.release() }
        let session = try shell()
        _ = try reading(session)
        try openComposer(session)
        try session.type("Ook eens.")
        try session.waitFor(text: "Ook eens.")
        try session.send("C-d")
        try session.waitFor(text: "Waiting for \(Self.slug).reactions.json")
        try session.send("C-c")
        let screen = try session.waitFor(text: "Not posted: you stopped waiting for")
        #expect(screen.contains("  Ook eens."))
        holder.release()
        #expect(try Data(contentsOf: reactionsFile) == before)
    }
}
