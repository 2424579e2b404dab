import Foundation
import Testing
import ParleyKit
import ParleyTestSupport
@testable import parley

/// Secure mode on the command line: what it refuses, how it says so, and
/// which library it reads. (The built-in mode, `make install SECURE=1`, is
/// tested on an installed binary by .ci/test-install.)
@Suite("Secure mode: the command line")
struct SecureModeTests {
    static let slug = "thissen-richt-je-op-regie"

    @Test("PARLEY_SECURE turns it on when set, not empty and not 0; built in, nothing turns it off", arguments: [
        ([:], false, false), (["PARLEY_SECURE": "1"], false, true), (["PARLEY_SECURE": "yes"], false, true),
        (["PARLEY_SECURE": ""], false, false), (["PARLEY_SECURE": "0"], false, false),
        ([:], true, true), (["PARLEY_SECURE": "0"], true, true), (["PARLEY_SECURE": ""], true, true),
    ] as [([String: String], Bool, Bool)])
    func isOn(environment: [String: String], builtIn: Bool, expected: Bool) {
        #expect(SecureMode.isOn(environment: environment, builtIn: builtIn) == expected)
    }

    @Test("the command is the first argument that is not an option or a global option's value", arguments: [
        ([], nil), (["import", "f"], "import"), (["--lang", "nl", "import", "f"], "import"),
        (["--library", "/l", "sync"], "sync"), (["-h", "clone"], "clone"), (["--", "import"], nil),
        (["react", "import"], "react"), (["--version"], nil),
    ] as [([String], String?)])
    func commandName(arguments: [String], expected: String?) {
        #expect(SecureMode.commandName(arguments) == expected)
    }

    @Test("the library is PARLEY_SECURE_LIBRARY, else the data home; never PARLEY_LIBRARY")
    func library() {
        let chosen = SecureMode.library(environment: ["PARLEY_SECURE_LIBRARY": "/srv/parley", "PARLEY_LIBRARY": "/tmp/mine"])
        #expect(chosen == LibraryLocation(path: "/srv/parley", source: .administrator))
        let fallback = SecureMode.library(environment: ["PARLEY_LIBRARY": "/tmp/mine", "HOME": "/home/guest"])
        #expect(fallback == LibraryLocation(path: "/home/guest/.local/share/parley/articles", source: .dataHome))
    }

    static func secure(_ arguments: [String], stdin: String? = nil, extra: [String: String] = [:]) throws -> TestSupport.RunResult {
        var environment = ["PARLEY_SECURE": "1", "PARLEY_SECURE_LIBRARY": TestSupport.articlesFolder.path]
        for (key, value) in extra { environment[key] = value }
        return try TestSupport.parley(arguments, environment: environment, stdin: stdin)
    }

    @Test("every command and option that reaches outside is refused: one line, exit status 77", arguments: [
        (["import", "interview.txt"], "import"), (["import", "-", "--dry-run"], "import"),
        (["--lang", "en", "import", "x"], "import"), (["sync"], "sync"), (["clone", "https://example.org/l.git"], "clone"),
        (["--library", "/tmp"], "--library"), (["read", slug, "--library", "/tmp"], "--library"),
        (["list", "--library=/tmp"], "--library"), (["show", slug, "--library", "/tmp"], "--library"),
        (["react", slug, "--library", "/tmp", "--text", "x"], "--library"),
    ] as [([String], String)])
    func refused(arguments: [String], what: String) throws {
        let result = try Self.secure(arguments, stdin: "")
        #expect(result.status == 77)
        #expect(result.stdout == "")
        #expect(result.stderr == "parley: \(what) is not available in secure mode\n")
    }

    @Test("the refusal is in the UI language: the locale's, or --lang's")
    func dutch() throws {
        let result = try Self.secure(["sync"], extra: ["LANG": "nl_NL.UTF-8"])
        #expect(result.status == 77)
        #expect(result.stderr == "parley: sync is niet beschikbaar in de beveiligde modus\n")
        let option = try Self.secure(["--lang", "nl", "import", "x"])
        #expect(option.stderr == "parley: import is niet beschikbaar in de beveiligde modus\n")
        let unknown = try Self.secure(["--lang", "fr", "import", "x"])
        #expect(unknown.stderr == "parley: import is not available in secure mode\n")
    }

    @Test("reading stays, from the administrator's library whatever PARLEY_LIBRARY says")
    func readingStays() throws {
        let elsewhere = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(elsewhere) }
        let list = try Self.secure(["list"], extra: ["PARLEY_LIBRARY": elsewhere.path])
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix(Self.slug + "  "))
        let show = try Self.secure(["show", Self.slug, "--width", "60"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("1 reactie"))
        let reactions = try Self.secure(["reactions", Self.slug, "--json"])
        #expect(reactions.status == 0)
        #expect(try Self.secure(["check"]).status == 0)
        let read = try Self.secure(["read", Self.slug])
        #expect(read.status == 0)
        // Not a terminal: read prints what show prints (docs/usage.md).
        #expect(read.stdout.contains("1 reactie"))
    }

    @Test("reacting stays: the reaction lands in the administrator's library")
    func reactingStays() throws {
        let library = try TestSupport.copyOfLibrary()
        defer { TestSupport.removeTemporaryFolder(library) }
        let state = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(state) }
        let result = try TestSupport.parley(["react", Self.slug, "--name", "Gast", "--text", "Eens."], environment: [
            "PARLEY_SECURE": "1", "PARLEY_SECURE_LIBRARY": library.path, "PARLEY_LIBRARY": "/nonexistent",
            "XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let reactions = try String(contentsOf: library.appendingPathComponent(Self.slug + ".reactions.json"), encoding: .utf8)
        #expect(reactions.contains("\"author\": \"Gast\""))
    }

    @Test("without secure mode nothing changes: --library and PARLEY_LIBRARY choose the library")
    func offByDefault() throws {
        let result = try TestSupport.parley(["list", "--library", TestSupport.articlesFolder.path], environment: ["PARLEY_SECURE": "0"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(Self.slug))
    }
}
