import Foundation
import ParleyTestSupport
import Testing

/// parley in a bare pseudo-terminal (Python's pty, no tmux in between): how
/// it ends and what it leaves behind, byte for byte.
@Suite("Pseudo-terminal", .serialized)
struct PseudoTerminalTests {
    struct Report: Decodable {
        var painted: Bool
        var ending: String
        var seconds: Double
        var leftAlternateScreen: Bool
        var pasteOnThenOff: Bool
        var scrolledByWheel: Bool
    }

    private func run(_ mode: String, environment: [String: String] = [:]) throws -> Report {
        let library = try TestSupport.copyOfLibrary()
        defer { TestSupport.removeTemporaryFolder(library) }
        let script = TestSupport.repositoryRoot.appendingPathComponent("Tests/parleyTests/Fixtures/pty_session.py").path
        let result = try TestSupport.run("/usr/bin/env", ["python3", script, TestSupport.parleyBinary.path, library.path, "thissen-richt-je-op-regie", mode],
                                         environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    }

    @Test func qExitsZeroAndPutsTheTerminalBack() throws {
        let report = try run("quit")
        #expect(report.painted)
        #expect(report.ending == "exit 0")
        #expect(report.leftAlternateScreen)
        #expect(report.pasteOnThenOff)
    }

    @Test func theMouseWheelScrolls() throws {
        let report = try run("wheel")
        #expect(report.scrolledByWheel)
        #expect(report.ending == "exit 0")
    }

    @Test func aHangUpEndsParleyWithinTwoSeconds() throws {
        let report = try run("hangup")
        #expect(report.painted)
        #expect(report.ending == "signal 1")
        #expect(report.seconds < 2)
    }

    /// No SIGHUP arrives (the terminal is not parley's controlling one): only
    /// end-of-file and EIO on input tell, and parley must not spin on them.
    @Test func aTerminalThatGoesAwayWithoutSIGHUPEndsParleyToo() throws {
        let report = try run("orphan")
        #expect(report.painted)
        #expect(report.ending == "signal 1")
        #expect(report.seconds < 2)
    }

    /// A launcher that leaves signals blocked must not make parley deaf to them.
    @Test func sigtermArrivesEvenWhenTheLauncherBlockedIt() throws {
        let report = try run("sigterm-blocked")
        #expect(report.ending == "signal 15")
        #expect(report.seconds < 2)
        #expect(report.leftAlternateScreen)
        #expect(report.pasteOnThenOff)
    }

    /// The terminal goes away (end of file, EIO; no SIGHUP) while a reaction
    /// is being typed: parley ends, and the text is in the draft.
    @Test func aTerminalThatGoesAwayWhileTypingLeavesTheDraft() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        let report = try run("orphan-composing", environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        #expect(report.ending == "signal 1")
        #expect(report.seconds < 2)
        // Kept under the library's own folder of drafts: the only one there.
        let drafts = state.appendingPathComponent("parley/drafts")
        let libraries = try FileManager.default.contentsOfDirectory(atPath: drafts.path)
        try #require(libraries.count == 1)
        let draft = drafts.appendingPathComponent(libraries[0] + "/thissen-richt-je-op-regie.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: draft)) as? [String: Any]
        #expect(object?["text"] as? String == "Nog niet af, wordt vervolgd")
    }
}
