import Foundation
import ParleyTestSupport
import Testing

/// Secure mode in a real terminal (tmux, 80x24), as a guest account whose
/// login runs parley: the keys that would leave it say so in the status line
/// and do nothing else; reading and posting a reaction work.
@Suite("Secure mode end to end", .serialized)
final class SecureEndToEndTests {
    let library: URL
    let home: URL
    let parley = TestSupport.parleyBinary.path
    static let slug = "thissen-richt-je-op-regie"
    static let notAvailable = "not available here (secure mode)"

    init() throws {
        library = try TestSupport.copyOfLibrary()
        home = try TestSupport.makeTemporaryFolder("parley-home")
    }

    deinit {
        TestSupport.removeTemporaryFolder(library)
        TestSupport.removeTemporaryFolder(home)
    }

    /// An editor that would leave a trace if it ever ran.
    var editorTrace: URL { home.appendingPathComponent("editor-ran") }

    /// A shell in tmux set up as an administrator would: PARLEY_SECURE, the
    /// library in PARLEY_SECURE_LIBRARY; PARLEY_LIBRARY points elsewhere.
    private func shell() throws -> TmuxSession {
        let editor = home.appendingPathComponent("editor")
        try Data("#!/bin/sh\ntouch '\(editorTrace.path)'\n".utf8).write(to: editor)
        #expect(chmod(editor.path, 0o755) == 0)
        return try TmuxSession(environment: [
            "PARLEY_SECURE": "1", "PARLEY_SECURE_LIBRARY": library.path, "PARLEY_LIBRARY": "/nonexistent",
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "VISUAL": editor.path, "EDITOR": editor.path,
        ])
    }

    @Test func ctrlZInTheLibraryAndTheReaderSaysSoAndStays() throws {
        let session = try shell()
        try session.run("\(parley); echo EXIT=$?")
        try session.waitFor(text: "Thissen: Richt je op regie")
        try session.send("C-z")
        var screen = try session.waitFor(text: Self.notAvailable)
        #expect(!screen.contains { $0.contains("Stopped") })
        try session.send("Enter")
        try session.waitFor(text: "? help")
        try session.send("]", "C-z")
        screen = try session.waitFor(text: Self.notAvailable)
        #expect(screen.first?.hasPrefix("▌ 1. Er is halverwege") == true)
        #expect(try session.display("#{alternate_on}") == "1")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    @Test func aSIGTSTPStopsNothing() throws {
        let session = try shell()
        let pidFile = home.appendingPathComponent("pid").path
        try session.run("sh -c 'echo $$ > \(pidFile); exec \(parley) read \(Self.slug)'; echo EXIT=$?")
        try session.waitFor(text: "? help")
        let pid = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGTSTP) == 0)
        // Still reading, and answering keys.
        try session.send("]")
        try session.waitFor("question 1 after SIGTSTP") { $0.first?.hasPrefix("▌ 1. Er is halverwege") == true }
        #expect(try session.display("#{alternate_on}") == "1")
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
    }

    @Test func ctrlEInTheComposerSaysSoAndTheBuiltInComposerPosts() throws {
        let session = try shell()
        try session.run("\(parley) read \(Self.slug); echo EXIT=$?")
        try session.waitFor(text: "? help")
        try session.send("a")
        try session.waitFor(text: "New reaction to “Thissen: Richt je op regie”")
        try session.type("Gelezen als gast")
        try session.waitFor(text: "Gelezen als gast")
        try session.send("C-e")
        try session.waitFor(text: Self.notAvailable)
        try session.send("C-z")
        try session.waitFor(text: Self.notAvailable)
        #expect(!FileManager.default.fileExists(atPath: editorTrace.path))
        try session.send("C-d")
        try session.waitFor(text: "2 reacties")
        let reactions = try String(contentsOf: library.appendingPathComponent(Self.slug + ".reactions.json"), encoding: .utf8)
        #expect(reactions.contains("Gelezen als gast"))
        try session.send("Q")
        try session.waitFor(text: "EXIT=0")
        #expect(!FileManager.default.fileExists(atPath: editorTrace.path))
    }
}
