import Foundation
import Testing
import ParleyTestSupport

/// Shell completion of article names: the bash script parley generates, run
/// by bash as a Tab press would run it, against a library of a few files.
@Suite("Completions: article names")
struct CompletionTests {
    /// A library whose articles are alpha, alpine and beta, beside files that are not articles.
    static func library() throws -> URL {
        let folder = try TestSupport.makeTemporaryFolder("parley-completion")
        for name in ["alpha.md", "alpine.md", "beta.md", "alpha.reactions.json", "notes.txt", ".hidden.md"] {
            try Data("---\ntitle: T\n---\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// What bash offers after `line` (ending where the Tab is pressed), with
    /// the script `parley --generate-completion-script bash` prints.
    static func complete(_ line: String, environment: [String: String] = [:]) throws -> [String] {
        let script = try TestSupport.parley(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let folder = try TestSupport.makeTemporaryFolder("parley-completion-script")
        defer { TestSupport.removeTemporaryFolder(folder) }
        let scriptFile = folder.appendingPathComponent("parley.bash")
        try Data(script.stdout.utf8).write(to: scriptFile)
        let binary = TestSupport.parleyBinary.path
        let words = [binary] + line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let driver = """
        source '\(scriptFile.path)'
        COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
        COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        _parley
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        var env = ["LANG": "C.UTF-8", "PARLEY_LIBRARY": "", "PARLEY_SECURE": ""]
        for (key, value) in environment { env[key] = value }
        let result = try TestSupport.run("/bin/bash", ["--norc", "--noprofile", "-c", driver], environment: env, currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test("read, show, reactions and react complete the slugs of --library's articles", arguments: ["read", "show", "reactions", "react"])
    func slugs(command: String) throws {
        let library = try Self.library()
        defer { TestSupport.removeTemporaryFolder(library) }
        #expect(try Self.complete("\(command) --library \(library.path) al") == ["alpha", "alpine"])
        #expect(try Self.complete("\(command) --library \(library.path) ") == ["alpha", "alpine", "beta"])
    }

    @Test("without --library, the library PARLEY_LIBRARY names")
    func environmentLibrary() throws {
        let library = try Self.library()
        defer { TestSupport.removeTemporaryFolder(library) }
        #expect(try Self.complete("show b", environment: ["PARLEY_LIBRARY": library.path]) == ["beta"])
    }

    @Test("in secure mode, the administrator's library, whatever --library says")
    func secure() throws {
        let library = try Self.library()
        defer { TestSupport.removeTemporaryFolder(library) }
        let offered = try Self.complete("read --library /nonexistent ", environment: ["PARLEY_SECURE": "1", "PARLEY_SECURE_LIBRARY": library.path])
        #expect(offered == ["alpha", "alpine", "beta"])
    }

    @Test("zsh and fish scripts call parley for the slugs too", arguments: ["zsh", "fish"])
    func otherShells(shell: String) throws {
        let script = try TestSupport.parley(["--generate-completion-script", shell])
        #expect(script.status == 0)
        for command in ["read", "show", "reactions", "react"] {
            #expect(script.stdout.contains("---completion \(command) -- positional@0"), "\(shell): \(command)")
        }
    }
}
