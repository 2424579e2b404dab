import Foundation
import ParleyTestSupport
import Testing

/// `parley keys` and a config that rebinds keys, on the real binary.
@Suite("parley keys and the config's keys", .serialized)
final class KeysCommandTests {
    let home: URL
    let library: URL

    init() throws {
        home = try TestSupport.makeTemporaryFolder("parley-keys")
        library = try TestSupport.copyOfLibrary()
    }

    deinit {
        TestSupport.removeTemporaryFolder(home)
        TestSupport.removeTemporaryFolder(library)
    }

    private func writeConfig(_ text: String) throws {
        let folder = home.appendingPathComponent("parley")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("config"))
    }

    private var environment: [String: String] { ["XDG_CONFIG_HOME": home.path] }

    @Test func printsTheDefaultsAsConfigLines() throws {
        let result = try TestSupport.parley(["keys"], environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# library\nkey.library.down: j Down Ctrl-N\nkey.library.up: k Up Ctrl-P\n"))
        #expect(result.stdout.contains("\n# reader\nkey.reader.line-down: j Down Enter Ctrl-N Ctrl-E\n"))
        #expect(result.stdout.contains("\nkey.reader.question-9: 9\n"))
        #expect(result.stdout.contains("\n# help\n# any key closes the help; it has no keys of its own\n"))
        #expect(result.stdout.contains("\nkey.search.cancel: Esc Ctrl-C Ctrl-G\n"))
        #expect(result.stdout.hasSuffix("key.composer.suspend: Ctrl-Z\n"))
    }

    @Test func printsTheUsersKeys() throws {
        try writeConfig("name: Ada\nkey.reader.top: t n\nkey.library.help: none\n")
        let result = try TestSupport.parley(["keys"], environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\nkey.reader.top: t n\n"))
        // n went to `top`; next-match keeps nothing else.
        #expect(result.stdout.contains("\nkey.reader.next-match: none\n"))
        #expect(result.stdout.contains("\nkey.library.help: none\n"))
    }

    @Test func aMistakeIsOneLineNamingTheFileAndLine() throws {
        try writeConfig("name: Ada\n\nkey.reader.jump: x\n")
        let result = try TestSupport.parley(["keys"], environment: environment)
        #expect(result.status == 1)
        let file = home.appendingPathComponent("parley/config").path
        #expect(result.stderr.hasPrefix("parley: \(file):3: unknown action 'jump' in reader; actions: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    /// The screen refuses to start on a bad config, before touching the terminal.
    @Test func theScreenDoesNotStartOnABadConfig() throws {
        try writeConfig("colour.question: purple\n")
        let session = try TmuxSession(environment: ["PARLEY_LIBRARY": library.path, "XDG_CONFIG_HOME": home.path])
        try session.run("\(TestSupport.parleyBinary.path); echo EXIT=$?")
        let screen = try session.waitFor(text: "EXIT=1")
        #expect(screen.joined().contains("config:1: bad colour 'purple'"))
    }

    /// End to end: a rebound key opens the article, the hint says it, the
    /// old key does nothing, and the new quit key quits.
    @Test func aReboundKeyInTmux() throws {
        try writeConfig("key.library.open: o\nkey.library.quit: x\nkey.reader.back: b\n")
        let session = try TmuxSession(environment: ["PARLEY_LIBRARY": library.path, "XDG_CONFIG_HOME": home.path])
        try session.run("\(TestSupport.parleyBinary.path); echo EXIT=$?")
        let screen = try session.waitFor(text: "o open · / filter · ? help · x quit")
        #expect(screen.last?.hasPrefix(" o open") == true)
        try session.send("Enter")
        try session.send("q")
        try session.type("o")
        try session.waitFor(text: "Tof Thissen, directeur KING")
        try session.type("b")
        try session.waitFor(text: "o open · / filter")
        try session.type("x")
        try session.waitFor(text: "EXIT=0")
    }
}
