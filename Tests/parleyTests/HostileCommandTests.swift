import Foundation
import ParleyKit
import ParleyTestSupport
import Testing

/// Issue #12 at the command line: the built binary on a library copy holding
/// what a careless or hostile colleague could put in a shared folder.
@Suite("Hostile files at the command line")
struct HostileCommandTests {
    static let slug = "thissen-richt-je-op-regie"

    /// A home the unprivileged user (65534) can write in, and the
    /// environment that gives it to parley.
    private static func homeOfNobody() throws -> (URL, [String: String]) {
        let home = try TestSupport.makeTemporaryFolder("parley-home-nobody")
        #expect(chmod(home.path, 0o1777) == 0)
        return (home, ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state"])
    }

    private func withLibrary(_ body: (URL, [String: String]) throws -> Void) throws {
        let library = try TestSupport.copyOfLibrary()
        let home = try TestSupport.makeTemporaryFolder("parley-home")
        defer {
            TestSupport.removeTemporaryFolder(library)
            TestSupport.removeTemporaryFolder(home)
        }
        try body(library, ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state", "XDG_CONFIG_HOME": home.path + "/config"])
    }

    @Test("list with a FIFO and a folder named like articles: no hang, each named on stderr, the rest listed, status 1")
    func listWithSpecialFiles() throws {
        try withLibrary { library, environment throws in
            #expect(mkfifo(library.appendingPathComponent("fifo.md").path, 0o644) == 0)
            try FileManager.default.createDirectory(at: library.appendingPathComponent("dir.md"), withIntermediateDirectories: false)
            let list = try TestSupport.parley(["list"], library: library, environment: environment)
            #expect(list.status == 1)
            #expect(list.stdout.contains(Self.slug))
            #expect(list.stderr == """
                parley: \(library.path)/dir.md: cannot read: not a regular file but a folder
                parley: \(library.path)/fifo.md: cannot read: not a regular file but a FIFO (named pipe)

                """)
        }
    }

    @Test("a reactions file with a stray comma: list, list --json and show say it cannot be read, never 'no reactions'")
    func unreadableReactionsInList() throws {
        try withLibrary { library, environment throws in
            let file = library.appendingPathComponent(Self.slug + ".reactions.json")
            try Data("{\"version\": 1, \"article\": \"\(Self.slug)\", \"reactions\": [],}\n".utf8).write(to: file)
            let list = try TestSupport.parley(["list", "--lang", "en"], library: library, environment: environment)
            #expect(list.status == 1)
            #expect(list.stdout.contains("reactions unreadable"))
            #expect(!list.stdout.contains("0 reactions") && !list.stdout.contains("No reactions"))
            #expect(list.stderr.hasPrefix("parley: cannot read the reactions: \(file.path):1:"))
            let json = try TestSupport.parley(["list", "--json"], library: library, environment: environment)
            let entries = try #require(try JSONParser.parse(json.stdout).arrayValue)
            let entry = try #require(entries.first?.objectValue)
            #expect(entry["reactions"] == .null)
            #expect(entry["reactionsError"]?.stringValue?.hasPrefix(file.path + ":1:") == true)
            let dutch = try TestSupport.parley(["list", "--lang", "nl"], library: library, environment: environment)
            #expect(dutch.stdout.contains("reacties onleesbaar"))
        }
    }

    @Test("list > /dev/full exits 1 with a message instead of 0 with nothing")
    func outputToFullDevice() throws {
        let result = try TestSupport.run("/bin/sh", ["-c", "\"$0\" list > /dev/full", TestSupport.parleyBinary.path],
                                         environment: ["PARLEY_LIBRARY": TestSupport.articlesFolder.path, "LANG": "C.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr == "parley: cannot write the output: No space left on device\n")
    }

    @Test("usage errors are sanitised: an ESC in a slug or an option never reaches the terminal raw")
    func sanitisedUsageErrors() throws {
        let show = try TestSupport.parley(["show", "\u{1B}[31mx"])
        #expect(show.status == 64)
        #expect(!show.stderr.contains("\u{1B}"))
        #expect(show.stderr.contains("␛[31mx"))
        let option = try TestSupport.parley(["list", "--bogus\u{1B}]0;title\u{07}"])
        #expect(option.status == 64)
        #expect(!option.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(option.stderr.contains("--bogus␛]0;title␇"))
        let help = try TestSupport.parley(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: "))
    }

    @Test("react with a symlinked lock file, as a user who could write where it points: refused, nothing created there",
          .enabled(if: TestSupport.unprivilegedPrefix != nil, "needs a non-root user: root without /usr/bin/setpriv cannot drop privileges"))
    func symlinkedLockAsOtherUser() throws {
        try withLibrary { library, environment throws in
            // The folder is shared (world-writable, as a group folder would be for its group).
            #expect(chmod(library.path, 0o1777) == 0)
            #expect(chmod(library.appendingPathComponent(Self.slug + ".reactions.json").path, 0o666) == 0)
            let outside = try TestSupport.makeTemporaryFolder("parley-outside")
            defer { TestSupport.removeTemporaryFolder(outside) }
            #expect(chmod(outside.path, 0o1777) == 0)
            let target = outside.appendingPathComponent("planted").path
            #expect(symlink(target, library.appendingPathComponent(".\(Self.slug).reactions.lock").path) == 0)
            let before = try Data(contentsOf: library.appendingPathComponent(Self.slug + ".reactions.json"))
            let react = try TestSupport.parley(["react", Self.slug, "--name", "Test", "--text", "Eens."], library: library,
                                               environment: ["HOME": outside.path, "XDG_STATE_HOME": outside.path + "/state"], unprivileged: true)
            #expect(react.status == 1)
            #expect(react.stderr.contains("cannot create the lock file: not a regular file but a symbolic link"))
            #expect(!FileManager.default.fileExists(atPath: target))
            #expect(try Data(contentsOf: library.appendingPathComponent(Self.slug + ".reactions.json")) == before)
        }
    }

    @Test("react to a read-only reactions file, as its owner who may write the folder: closed, unchanged",
          .enabled(if: TestSupport.unprivilegedPrefix != nil, "needs a non-root user: root without /usr/bin/setpriv cannot drop privileges"))
    func closedReactionsAsOwner() throws {
        try withLibrary { library, _ throws in
            let file = library.appendingPathComponent(Self.slug + ".reactions.json")
            #expect(chmod(library.path, 0o1777) == 0)
            if TestSupport.isRoot { #expect(chown(file.path, 65534, 65534) == 0) }
            #expect(chmod(file.path, 0o444) == 0)
            let before = try Data(contentsOf: file)
            let (home, environment) = try Self.homeOfNobody()
            defer { TestSupport.removeTemporaryFolder(home) }
            let react = try TestSupport.parley(["react", Self.slug, "--name", "Test", "--text", "Eens."], library: library,
                                               environment: environment, unprivileged: true)
            #expect(react.status == 1)
            #expect(react.stderr.contains("is read-only (no write permission for its owner): reactions to this article are closed"))
            #expect(try Data(contentsOf: file) == before)
        }
    }

    @Test("a reactions file its reader may not read, as a non-root user: list, show and react say it cannot be read, never 'no reactions'",
          .enabled(if: TestSupport.unprivilegedPrefix != nil, "needs a non-root user: root without /usr/bin/setpriv cannot drop privileges"))
    func unreadableReactionsAsOtherUser() throws {
        try withLibrary { library, _ throws in
            let file = library.appendingPathComponent(Self.slug + ".reactions.json")
            // Owned by someone else (root, or the test's user), readable by nobody else.
            #expect(chmod(file.path, 0o600) == 0)
            #expect(chmod(library.path, 0o1777) == 0)
            let before = try Data(contentsOf: file)
            let (home, environment) = try Self.homeOfNobody()
            defer { TestSupport.removeTemporaryFolder(home) }
            let list = try TestSupport.parley(["list", "--lang", "en"], library: library, environment: environment, unprivileged: true)
            #expect(list.status == 1)
            #expect(list.stdout.contains("reactions unreadable"))
            #expect(!list.stdout.contains("0 reactions") && !list.stdout.contains("No reactions"))
            #expect(list.stderr.contains("\(file.path): cannot read: Permission denied"))
            let react = try TestSupport.parley(["react", Self.slug, "--name", "Test", "--text", "Eens."], library: library,
                                               environment: environment, unprivileged: true)
            #expect(react.status == 1)
            #expect(react.stderr.contains("\(file.path): cannot read: Permission denied"))
            #expect(react.stderr.contains("parley never changes a reactions file it cannot read"))
            #expect(try Data(contentsOf: file) == before)
        }
    }

    @Test("a lock file the user may not open, or a library folder it may not write, as a non-root user: refused, the reactions file unchanged",
          .enabled(if: TestSupport.unprivilegedPrefix != nil, "needs a non-root user: root without /usr/bin/setpriv cannot drop privileges"),
          arguments: ["unreadable lock file", "read-only folder"])
    func lockOrFolderNotWritableAsOtherUser(_ setup: String) throws {
        try withLibrary { library, _ throws in
            let file = library.appendingPathComponent(Self.slug + ".reactions.json")
            let lock = library.appendingPathComponent(".\(Self.slug).reactions.lock")
            #expect(chmod(file.path, 0o666) == 0)
            if setup == "unreadable lock file" {
                #expect(chmod(library.path, 0o1777) == 0)
                #expect(FileManager.default.createFile(atPath: lock.path, contents: nil))
                #expect(chmod(lock.path, 0o000) == 0)
            } else {
                #expect(chmod(library.path, 0o555) == 0)
            }
            defer { _ = chmod(library.path, 0o755) }
            let before = try Data(contentsOf: file)
            let (home, environment) = try Self.homeOfNobody()
            defer { TestSupport.removeTemporaryFolder(home) }
            let react = try TestSupport.parley(["react", Self.slug, "--name", "Test", "--text", "Eens."], library: library,
                                               environment: environment, unprivileged: true)
            #expect(react.status == 1)
            #expect(react.stderr.contains("Permission denied"))
            #expect(react.stderr.contains("is unchanged"))
            #expect(try Data(contentsOf: file) == before)
        }
    }

    @Test("a lock file made by another user, readable only: still locks, and the reaction is added (as a non-root user)",
          .enabled(if: TestSupport.unprivilegedPrefix != nil, "needs a non-root user: root without /usr/bin/setpriv cannot drop privileges"))
    func readOnlyLockFileOfAnotherUser() throws {
        try withLibrary { library, _ throws in
            let file = library.appendingPathComponent(Self.slug + ".reactions.json")
            let lock = library.appendingPathComponent(".\(Self.slug).reactions.lock")
            #expect(chmod(file.path, 0o666) == 0)
            #expect(chmod(library.path, 0o1777) == 0)
            #expect(FileManager.default.createFile(atPath: lock.path, contents: nil))
            #expect(chmod(lock.path, 0o444) == 0)
            // The reactions file is the poster's (a new file keeps its owner and group, which only its owner may give).
            if TestSupport.isRoot { #expect(chown(file.path, 65534, 65534) == 0) }
            let (home, environment) = try Self.homeOfNobody()
            defer { TestSupport.removeTemporaryFolder(home) }
            let react = try TestSupport.parley(["react", Self.slug, "--name", "Test", "--text", "Eens."], library: library,
                                               environment: environment, unprivileged: true)
            #expect(react.status == 0, "\(react.stderr)")
            #expect(try String(contentsOf: file, encoding: .utf8).contains("\"Eens.\""))
        }
    }
}

/// Big inputs stay bounded (issue #12).
@Suite("Big inputs")
struct BigInputTests {
    @Test("a 200 MB article: list refuses it by its size, names it, lists the rest, and stays small in memory")
    func hugeArticleInList() throws {
        let library = try TestSupport.copyOfLibrary()
        defer { TestSupport.removeTemporaryFolder(library) }
        let huge = library.appendingPathComponent("huge.md").path
        // A sparse file: 200 MB long, no disk used.
        let fd = open(huge, O_WRONLY | O_CREAT, 0o644)
        #expect(fd >= 0)
        #expect(ftruncate(fd, 200 * 1024 * 1024) == 0)
        close(fd)
        let list = try TestSupport.parley(["list"], library: library)
        #expect(list.status == 1)
        #expect(list.stdout.contains("thissen-richt-je-op-regie"))
        #expect(list.stderr == "parley: \(huge): cannot read: larger than 32 MB, the most parley reads in an article\n")
        // Its peak memory, measured alone: a Python whose only child is this
        // parley (the tests' own RUSAGE_CHILDREN counts every other test's
        // children too). ru_maxrss is in kilobytes.
        let measure = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        let peak = try TestSupport.run("/usr/bin/env", ["python3", "-c", measure, TestSupport.parleyBinary.path, "list", "--library", library.path])
        let kilobytes = try #require(Int(peak.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "\(peak.stderr)")
        // Refused by its size and the others read a chunk at a time: no more
        // than a small library needs (about 17 MB for a debug build).
        #expect(kilobytes < 40 * 1024, "parley list used \(kilobytes / 1024) MB")
    }

    @Test("a 30 MB article, just under the limit: list counts its questions from a few chunks, never holding the article")
    func longArticleInList() throws {
        let library = try TestSupport.copyOfLibrary()
        defer { TestSupport.removeTemporaryFolder(library) }
        var text = "---\ntitle: Long\n---\n"
        let answer = String(repeating: "An answer line of some length, as interviews have them, and then some.\n", count: 400)
        var questions = 0
        while text.utf8.count < 30 * 1024 * 1024 {
            questions += 1
            text += "## Question \(questions)?\n\n" + answer
        }
        try Data(text.utf8).write(to: library.appendingPathComponent("long.md"))
        let list = try TestSupport.parley(["list"], library: library)
        #expect(list.status == 0)
        #expect(list.stdout.contains("\(questions) questions"))
        let measure = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        let peak = try TestSupport.run("/usr/bin/env", ["python3", "-c", measure, TestSupport.parleyBinary.path, "list", "--library", library.path])
        let kilobytes = try #require(Int(peak.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "\(peak.stderr)")
        // Read whole, the article alone would be 30 MB.
        #expect(kilobytes < 30 * 1024, "parley list used \(kilobytes / 1024) MB")
    }
}
