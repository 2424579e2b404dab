import Foundation
import ParleyKit
import ParleyTestSupport
import Testing

/// The reading state with the built parley in tmux: back where the reader
/// stopped at another width, and a reaction from someone else counted as
/// new until it has been on screen.
@Suite("Reading state end to end", .serialized)
final class ReadingStateEndToEndTests {
    let library: URL
    let home: URL
    let parley = TestSupport.parleyBinary.path
    static let slug = "thissen-richt-je-op-regie"

    init() throws {
        library = try TestSupport.copyOfLibrary()
        home = try TestSupport.makeTemporaryFolder("parley-home")
    }

    deinit {
        TestSupport.removeTemporaryFolder(library)
        TestSupport.removeTemporaryFolder(home)
    }

    private func user(_ name: String) -> [String: String] {
        ["PARLEY_STATE": "", "PARLEY_LIBRARY": library.path, "HOME": home.path + "/" + name,
         "XDG_STATE_HOME": home.path + "/" + name + "/state", "XDG_CONFIG_HOME": home.path + "/" + name + "/config"]
    }

    private func shell(width: Int = 80, height: Int = 24) throws -> TmuxSession {
        try TmuxSession(width: width, height: height, environment: user("anna"))
    }

    @Test func readToQuestion3QuitAndOpenAgainAtAnotherWidthQuestion3IsOnTop() throws {
        let session = try shell()
        defer { session.kill() }
        try session.run("\(parley) read \(Self.slug); echo EXIT=$?")
        try session.waitFor(text: "? help")
        try session.send("3")
        let before = try session.waitFor("question 3 at the top") { $0.first?.hasPrefix("▌ 3. ") == true }
        let heading = try #require(before.first)
        try session.send("q")
        try session.waitFor(text: "EXIT=0")

        try session.resize(width: 50, height: 16)
        try session.run("clear; \(parley) read \(Self.slug); echo AGAIN=$?")
        // The status line says so once (cut to fit beside the facts at this width).
        let after = try session.waitFor(text: " back where you")
        // The same words at the top, wrapped at the narrower width.
        let top = try #require(after.first)
        #expect(top.hasPrefix("▌ 3. "))
        #expect(heading.hasPrefix(top.trimmingCharacters(in: .whitespaces)))
        #expect(after.contains { $0.hasPrefix(" back where you left") }, "\(after.joined(separator: "\n"))")
        try session.send("q")
        // The next command line must reach the shell, not this parley.
        try session.waitFor(text: "AGAIN=0")

        // --top starts at the top, and says nothing.
        try session.run("clear; \(parley) read \(Self.slug) --top")
        let fromTop = try session.waitFor(text: "? help")
        #expect(fromTop.first?.contains("Thissen: Richt je op regie") == true, "\(fromTop.joined(separator: "\n"))")
        #expect(!fromTop.contains { $0.contains("back where you left off") })
        try session.send("q")
    }

    @Test func aReactionFromElsewhereIsOneNewUntilSeen() throws {
        let session = try shell(width: 100)
        defer { session.kill() }
        // Anna reads the article to the end, so its one reaction is seen.
        try session.run("\(parley)")
        let first = try session.waitFor(text: "Thissen: Richt je op regie")
        #expect(first.contains { $0.hasSuffix("1 reaction   new") })
        try session.send("Enter")
        try session.waitFor(text: "? help")
        try session.send("G")
        try session.waitFor(text: "100%")
        try session.send("q")
        let seen = try session.waitFor(text: "Library")
        #expect(seen.contains { $0.hasSuffix("1 reaction") })
        try session.send("q")

        // Bob reacts from another process, with his own state.
        let posted = try TestSupport.parley(["react", Self.slug, "--name", "Bob", "--text", "Later toegevoegd."], environment: user("bob"))
        #expect(posted.status == 0)

        try session.run("clear; \(parley)")
        let counted = try session.waitFor(text: "1 new")
        #expect(counted.contains { $0.hasSuffix("2 reactions   1 new") })
        try session.send("Enter")
        try session.waitFor(text: "back where you left off")
        try session.send("w")
        try session.waitFor(text: "Later toegevoegd.")
        try session.send("q")
        let gone = try session.waitFor(text: "Library")
        #expect(gone.contains { $0.hasSuffix("2 reactions") })
        #expect(!gone.contains { $0.contains("new") })
        try session.send("q")

        // And it stays gone in the next parley.
        try session.run("clear; \(parley)")
        let again = try session.waitFor(text: "Library")
        #expect(!again.contains { $0.contains("new") })
        try session.send("q")
    }

    @Test func aHangUpKeepsWhereTheReaderWas() throws {
        let session = try shell()
        defer { session.kill() }
        let pidFile = home.path + "/pid"
        try session.run("sh -c 'echo $$ > \(pidFile); exec \(parley) read \(Self.slug)'; echo EXIT=$?")
        try session.waitFor(text: "? help")
        try session.send("4")
        try session.waitFor("question 4 at the top") { $0.first?.hasPrefix("▌ 4. ") == true }
        let pid = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, SIGHUP)
        try session.waitFor(text: "EXIT=129")
        try session.run("clear; \(parley) read \(Self.slug)")
        let after = try session.waitFor(text: " back where you left")
        #expect(after.first?.hasPrefix("▌ 4. ") == true)
        try session.send("q")
    }
}
