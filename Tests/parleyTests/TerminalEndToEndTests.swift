import Foundation
import ParleyTestSupport
import Testing

/// The built parley in a real terminal (tmux, 80x24): keys typed, the
/// screen read back, the terminal checked after parley has gone.
@Suite("Terminal end to end", .serialized)
final class TerminalEndToEndTests {
    let library: URL
    let scratch: URL
    let parley = TestSupport.parleyBinary.path
    static let slug = "thissen-richt-je-op-regie"

    init() throws {
        library = try TestSupport.copyOfLibrary()
        scratch = try TestSupport.makeTemporaryFolder("parley-e2e")
    }

    deinit {
        TestSupport.removeTemporaryFolder(library)
        TestSupport.removeTemporaryFolder(scratch)
    }

    /// A shell in tmux with the library set.
    private func shell(width: Int = 80, height: Int = 24) throws -> TmuxSession {
        try TmuxSession(width: width, height: height, environment: ["PARLEY_LIBRARY": library.path])
    }

    /// A shell running `parley read` on the interview, its first screen shown.
    private func reading(width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let session = try shell(width: width, height: height)
        try session.run("\(parley) read \(Self.slug); echo EXIT=$?")
        try session.waitFor(text: "? help")
        return session
    }

    /// The terminal is back to normal: main screen, line editing and echo
    /// on, no mouse reporting, and the shell answers.
    private func expectRestored(_ session: TmuxSession, status: Int) throws {
        try session.waitFor(text: "EXIT=\(status)")
        #expect(try session.display("#{alternate_on}") == "0")
        #expect(try session.display("#{mouse_any_flag}") == "0")
        try session.run("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | tr '\\n' ,; echo")
        try session.waitFor(text: "icanon,echo,")
        try session.run("echo shell-ok-$((40+2))")
        try session.waitFor(text: "shell-ok-42")
    }

    @Test func theLibraryOpensTheInterviewAndQGoesBackThenQuits() throws {
        let session = try shell()
        try session.run("\(parley); echo EXIT=$?")
        let library = try session.waitFor(text: "Library · 1 article")
        #expect(library.contains(" ▸ Thissen: Richt je op regie            Tof Thissen   5 questions   1 reaction"))
        try session.send("Enter")
        let reader = try session.waitFor(text: "Tof Thissen, directeur KING")
        #expect(reader.first == "  Thissen: Richt je op regie")
        try session.send("q")
        try session.waitFor(text: "Library · 1 article")
        try session.send("q")
        try expectRestored(session, status: 0)
    }

    @Test func bracketFourTimesShowsQuestionFourAtTheTop() throws {
        let session = try reading()
        try session.send("]", "]", "]", "]")
        let screen = try session.waitFor("question 4 at the top") { $0.first?.hasPrefix("▌ 4. Iets wat gemeenten") == true }
        #expect(screen.last?.contains("question 4/5") == true)
        #expect(screen.last?.hasSuffix("? help") == true)
        try session.send("q")
        try expectRestored(session, status: 0)
    }

    @Test func theOutlineJumpsToQuestionTwo() throws {
        let session = try reading()
        try session.send("o")
        try session.waitFor(text: "┌ Questions")
        try session.send("2", "Enter")
        let screen = try session.waitFor("question 2 at the top") { $0.first == "▌ 2. Regie is een veel gehoord woord vanuit KING, waarom?" }
        #expect(!screen.contains { $0.contains("┌ Questions") })
        #expect(screen.last?.contains("question 2/5") == true)
    }

    @Test func searchAndNMoveBetweenMatches() throws {
        let session = try reading()
        try session.type("/regie")
        try session.waitFor(text: "match 1/6")
        try session.send("Enter", "n")
        try session.waitFor("the second match at the top") { $0.first == "▌ 2. Regie is een veel gehoord woord vanuit KING, waarom?" }
        try session.send("n")
        try session.waitFor("the third match at the top") { $0.first == "  regie en op goed opdrachtgeverschap. Gemeenten zijn bij uitstek geschikt om" }
        try session.send("N")
        let screen = try session.waitFor("back at the second") { $0.first?.hasPrefix("▌ 2. Regie") == true }
        #expect(screen.last?.contains("match 2/6") == true)
    }

    /// Bracketed paste: pasted text is text, even when it spells commands.
    @Test func aPasteIsNeverTakenAsKeys() throws {
        let session = try reading()
        try session.paste("Qq]]")
        try session.type("/")
        try session.waitFor(text: "/")
        try session.paste("werkbare\noplossingen")
        let screen = try session.waitFor(text: "match 1/1")
        #expect(screen.last?.hasPrefix(" /werkbare oplossingen") == true)
        try session.send("Enter")
        // The article has a no-break space and a space after "KING".
        try session.waitFor("the match at the top") { $0.first == "  om de praktijk er achter. KING\u{A0} wil ook komend jaar werkbare oplossingen" }
        try session.send("q")
        try expectRestored(session, status: 0)
    }

    @Test func rShowsTheReactions() throws {
        let session = try reading()
        try session.send("r")
        let screen = try session.waitFor("the reactions at the top") { $0.first == "  1 reactie" }
        #expect(screen.contains("  anoniem"))
    }

    @Test func aResizeKeepsTheParagraph() throws {
        let session = try reading()
        try session.send("]", "]", "j", "j", "j")
        let line = "  moeten doen met minder geld. Dat betekent ook dat ze zich slimmer moet"
        try session.waitFor("the middle of answer 2") { $0.first == line }
        try session.resize(width: 40, height: 12)
        let narrow = try session.waitFor("the same paragraph at 40 columns") { $0.first == "  alles moeten doen met minder geld." }
        #expect(narrow.count == 12)
        try session.resize(width: 80, height: 24)
        try session.waitFor("the same line at 80 columns") { $0.first == line && $0.count == 24 }
    }

    /// A 25 MB article (2,500 questions, made here): `G` says it is laying
    /// the article out, Esc stops it and leaves the first screen as it was,
    /// and the next key moves at once; Ctrl-C then still quits.
    /// A library with one 25 MB article, "zzz" in its last line only.
    private func hugeLibrary() throws -> URL {
        let folder = scratch.appendingPathComponent("huge-library")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = "---\ntitle: \"Huge\"\ninterviewee: Someone\nlanguage: en\n---\n\nThe lead.\n"
        let answer = String(repeating: "Words of an answer that goes on and on. ", count: 250)
        for number in 1 ... 2_500 {
            text += "\n## Question number \(number)?\n\n\(answer)\n"
        }
        text += "\nzzz at the end.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("huge.md"))
        #expect(text.utf8.count > 25_000_000)
        return folder
    }

    @Test func escStopsASearchInAHugeArticle() throws {
        let folder = try hugeLibrary()
        let session = try TmuxSession(environment: ["PARLEY_LIBRARY": folder.path])
        try session.run("\(parley) read huge; echo EXIT=$?")
        let first = try session.waitFor(text: "? help")
        try session.send("/")
        try session.type("zzz")
        try session.waitFor(text: "Laying out the article… ")
        try session.send("Escape")
        let stopped = try session.waitFor(text: "Stopped.")
        // The same text as before the search; the prompt is still open, with what was typed.
        #expect(Array(stopped.dropLast()) == Array(first.dropLast()))
        #expect(stopped.last?.hasPrefix(" /zzz ") == true)
        // A second Esc closes the prompt, as ever; Ctrl-C then quits.
        try session.send("Escape")
        try session.waitFor(text: "? help")
        try session.send("C-c")
        try expectRestored(session, status: 0)
    }

    @Test func escStopsGInAHugeArticle() throws {
        let folder = try hugeLibrary()
        let session = try TmuxSession(environment: ["PARLEY_LIBRARY": folder.path])
        try session.run("\(parley) read huge; echo EXIT=$?")
        let first = try session.waitFor(text: "? help")
        try session.send("G")
        try session.waitFor(text: "Laying out the article… ")
        try session.send("Escape")
        let stopped = try session.waitFor(text: "Stopped.")
        // The same text as before G; the status line says it stopped.
        #expect(Array(stopped.dropLast()) == Array(first.dropLast()))
        #expect(stopped.last?.hasPrefix(" Stopped.") == true)
        try session.send("j")
        try session.waitFor("one line down") { $0.first == Array(first.dropLast())[1] }
        try session.send("C-c")
        try expectRestored(session, status: 0)
    }

    /// A library with one article of 3,000 questions (about 290 KB): long
    /// enough that `parley read` paints its first screen from its beginning
    /// and reads the rest just after (`Library.openArticle`).
    private func longLibrary(lastHeading: String = "Question number 3000?") throws -> URL {
        let folder = scratch.appendingPathComponent("long-library")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = "---\ntitle: \"Long\"\ninterviewee: Someone\nlanguage: en\n---\n\nThe lead.\n"
        for number in 1 ..< 3_000 {
            text += "\n## Question number \(number)?\n\nAn answer of a few words, and then a few more, and more still, \(number).\n"
        }
        text += "\n## \(lastHeading)\n\nThe last answer.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("long.md"))
        #expect(text.utf8.count > 256 * 1024)
        return folder
    }

    @Test func aLongArticleIsReadWholeAfterItsFirstScreen() throws {
        let folder = try longLibrary()
        let session = try TmuxSession(environment: ["PARLEY_LIBRARY": folder.path, "PARLEY_STATE": "off"])
        try session.run("\(parley) read long; echo EXIT=$?")
        let first = try session.waitFor(text: "? help")
        #expect(first.first == "  Long")
        #expect(first.last?.hasSuffix(" 0%  ? help") == true)
        // The end is the whole article's, far past the beginning.
        try session.send("G")
        let end = try session.waitFor(text: "  The last answer.")
        #expect(end.last?.contains("/3000  100%") == true)
        try session.send("q")
        try expectRestored(session, status: 0)
        // Not a terminal: the whole article, as `parley show` prints it.
        try session.run("\(parley) read long | grep -c 'Question number'; echo COUNTED=$?")
        let counted = try session.waitFor(text: "COUNTED=0")
        #expect(counted.contains("3000"))
    }

    @Test func anErrorPastTheBeginningIsSaidOnceTheTerminalIsBack() throws {
        // An empty heading at the end: only reading the whole finds it.
        let folder = try longLibrary(lastHeading: "[](https://example.org)")
        let session = try TmuxSession(environment: ["PARLEY_LIBRARY": folder.path, "PARLEY_STATE": "off"])
        try session.run("\(parley) read long; echo EXIT=$?")
        let screen = try session.waitFor(text: "EXIT=1")
        // Seven lines before the first question's heading; four lines a question.
        let line = 9 + 4 * 2_999
        #expect(screen.joined().contains("long.md:\(line): a question heading ('##') has no text"))
        try expectRestored(session, status: 1)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        try expectSignalRestores("TERM", status: 143)
    }

    @Test func sighupRestoresTheTerminal() throws {
        try expectSignalRestores("HUP", status: 129)
    }

    private func expectSignalRestores(_ signal: String, status: Int) throws {
        let session = try shell()
        let pidFile = scratch.appendingPathComponent("pid-\(signal)").path
        try session.run("sh -c 'echo $$ > \(pidFile); exec \(parley) read \(Self.slug)'; echo EXIT=$?")
        try session.waitFor(text: "? help")
        #expect(try session.display("#{alternate_on}") == "1")
        let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        try TestSupport.run("/bin/kill", ["-\(signal)", pid])
        try expectRestored(session, status: status)
    }

    /// tmux closing the pane takes its own time on a busy machine, so the
    /// bound here is loose; PseudoTerminalTests closes the terminal itself
    /// and holds parley to two seconds.
    @Test func aClosedTerminalEndsParley() throws {
        let pidFile = scratch.appendingPathComponent("pid-closed").path
        let session = try TmuxSession(command: "echo $$ > \(pidFile); exec \(parley) read \(Self.slug)", environment: ["PARLEY_LIBRARY": library.path])
        try session.waitFor(text: "? help")
        let pid = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        session.kill()
        let closed = Date()
        while kill(pid, 0) == 0 && Date().timeIntervalSince(closed) < 5 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(kill(pid, 0) != 0)
        #expect(Date().timeIntervalSince(closed) < 5)
    }

    @Test(arguments: [("dumb", "parley: cannot use terminal type 'dumb': it cannot move the cursor (try 'parley show')"),
                      ("no-such-terminal", "parley: cannot use terminal type 'no-such-terminal': not in terminfo (try TERM=xterm-256color)")])
    func anUnusableTerminalGetsOneClearLine(_ term: String, _ message: String) throws {
        let session = try shell()
        let errors = scratch.appendingPathComponent("err-\(term)").path
        try session.run("TERM=\(term) \(parley) read \(Self.slug) 2>\(errors); echo EXIT=$?")
        try session.waitFor(text: "EXIT=1")
        #expect(try String(contentsOfFile: errors, encoding: .utf8) == message + "\n")
        #expect(try session.display("#{alternate_on}") == "0")
    }

    @Test func withoutALocaleTextStillShowsAsUTF8() throws {
        let session = try shell()
        try session.run("env -u LANG -u LC_ALL -u LC_CTYPE \(parley) read \(Self.slug); echo EXIT=$?")
        let screen = try session.waitFor(text: "? help")
        #expect(screen.contains("▌ 1. Er is halverwege 2012 voor gekozen om KING al coöperatie onder te brengen"))
        #expect(screen.contains("  “Het is allereerst natuurlijk vooral een formele zaak. Maar ik ben er wel"))
        try session.send("q")
        try expectRestored(session, status: 0)
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let session = try shell()
        try session.run("\(parley) read \(Self.slug)")
        try session.waitFor(text: "? help")
        try session.send("]", "C-z")
        try session.waitFor(text: "Stopped")
        #expect(try session.display("#{alternate_on}") == "0")
        try session.run("fg")
        try session.waitFor("question 1 redrawn") { $0.first?.hasPrefix("▌ 1. Er is halverwege") == true }
        try session.send("]")
        try session.waitFor("question 2 after resuming") { $0.first?.hasPrefix("▌ 2. Regie") == true }
        try session.send("Q")
        try session.waitFor("the shell again") { $0.last(where: { !$0.isEmpty }) == "$" }
        try session.run("echo EXIT=$?")
        try expectRestored(session, status: 0)
    }
}
