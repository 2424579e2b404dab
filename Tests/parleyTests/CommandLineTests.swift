import Foundation
import ParleyKit
import Testing
import ParleyTestSupport

/// The plain command line, run as a user runs it: the built binary, its
/// output and its exit status.
@Suite("Command line: list, show, check")
struct CommandLineTests {
    static let slug = "thissen-richt-je-op-regie"

    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("list shows the interview with its counts")
    func list() throws {
        let result = try TestSupport.parley(["list"], library: TestSupport.articlesFolder)
        #expect(result.status == 0)
        #expect(result.stdout == "thissen-richt-je-op-regie  Thissen: Richt je op regie  Tof Thissen  5 questions  1 reaction\n")
        #expect(result.stderr == "")
        let dutch = try TestSupport.parley(["list", "--lang", "nl"], library: TestSupport.articlesFolder)
        #expect(dutch.stdout == "thissen-richt-je-op-regie  Thissen: Richt je op regie  Tof Thissen  5 vragen  1 reactie\n")
    }

    @Test("list --json is an array of {slug, title, interviewee, questions, reactions, new, read}")
    func listJSON() throws {
        let result = try TestSupport.parley(["list", "--json"], library: TestSupport.articlesFolder)
        #expect(result.status == 0)
        #expect(result.stdout == """
        [
          {
            "slug": "thissen-richt-je-op-regie",
            "title": "Thissen: Richt je op regie",
            "interviewee": "Tof Thissen",
            "questions": 5,
            "reactions": 1,
            "new": 1,
            "read": false
          }
        ]

        """)
    }

    @Test("list --json: a reaction is new to everyone but its poster; the state is per user and per library")
    func listJSONNewReactions() throws {
        let library = try TestSupport.copyOfLibrary()
        let home = try TestSupport.makeTemporaryFolder("parley-home")
        defer {
            TestSupport.removeTemporaryFolder(library)
            TestSupport.removeTemporaryFolder(home)
        }
        func user(_ name: String) -> [String: String] {
            ["PARLEY_STATE": "", "HOME": home.path + "/" + name, "XDG_STATE_HOME": home.path + "/" + name + "/state"]
        }
        func listed(_ environment: [String: String]) throws -> (new: Int?, read: Bool?) {
            let result = try TestSupport.parley(["list", "--json"], library: library, environment: environment)
            #expect(result.status == 0)
            #expect(result.stderr == "")
            let entry = try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])?.first)
            return (entry["new"] as? Int, entry["read"] as? Bool)
        }
        #expect(try listed(user("anna")) == (1, false))
        let posted = try TestSupport.parley(["react", "thissen-richt-je-op-regie", "--name", "Anna", "--text", "Eens."], library: library, environment: user("anna"))
        #expect(posted.status == 0)
        // Anna's own reaction is not new to her; to Bob both are.
        #expect(try listed(user("anna")) == (1, false))
        #expect(try listed(user("bob")) == (2, false))
        // Off: nothing read, nothing written.
        var off = user("carla")
        off["PARLEY_STATE"] = "off"
        #expect(try listed(off) == (2, false))
        #expect(try TestSupport.parley(["react", "thissen-richt-je-op-regie", "--name", "C", "--text", "Ja."], library: library, environment: off).status == 0)
        #expect(!FileManager.default.fileExists(atPath: home.path + "/carla"))
    }

    @Test("list --json with an unreadable state file: one line on stderr, the file moved aside, the list as if new")
    func listJSONUnreadableState() throws {
        let home = try TestSupport.makeTemporaryFolder("parley-home")
        defer { TestSupport.removeTemporaryFolder(home) }
        let key = LibraryKey(folder: TestSupport.articlesFolder.path, currentDirectory: "/")
        let folder = home.path + "/state/parley/state"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "{ damaged".write(toFile: folder + "/" + key.fileName + ".json", atomically: false, encoding: .utf8)
        let result = try TestSupport.parley(["list", "--json"], library: TestSupport.articlesFolder,
                                            environment: ["PARLEY_STATE": "", "HOME": home.path, "XDG_STATE_HOME": home.path + "/state"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"new\": 1"))
        #expect(result.stderr.hasPrefix("parley: the reading state could not be read ("))
        #expect(result.stderr.contains("; it was moved to \(folder)/\(key.fileName).unreadable-"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.count == 1)
    }

    @Test("list --json of a missing folder with an unreadable state file: both are said, the file is still moved aside")
    func listJSONMissingLibraryUnreadableState() throws {
        // The state is read while the library is: when the library fails,
        // the state's notice must not be lost.
        let home = try TestSupport.makeTemporaryFolder("parley-home")
        defer { TestSupport.removeTemporaryFolder(home) }
        let missing = home.appendingPathComponent("no-such-library")
        let key = LibraryKey(folder: missing.path, currentDirectory: "/")
        let folder = home.path + "/state/parley/state"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "{ damaged".write(toFile: folder + "/" + key.fileName + ".json", atomically: false, encoding: .utf8)
        let result = try TestSupport.parley(["list", "--json"], library: missing,
                                            environment: ["PARLEY_STATE": "", "HOME": home.path, "XDG_STATE_HOME": home.path + "/state"])
        #expect(result.status != 0)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("parley: the reading state could not be read ("))
        #expect(result.stderr.contains(missing.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasPrefix(key.fileName + ".unreadable-") })
    }

    @Test("an environment value with '=' in it is read whole: PARLEY_LIBRARY=/tmp/a=b names the folder a=b")
    func environmentValueWithEquals() throws {
        let base = try TestSupport.makeTemporaryFolder("parley-env")
        defer { TestSupport.removeTemporaryFolder(base) }
        let folder = base.appendingPathComponent("lib=one")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.articlesFolder.appendingPathComponent(Self.slug + ".md"),
                                         to: folder.appendingPathComponent(Self.slug + ".md"))
        let result = try TestSupport.parley(["list"], environment: ["PARLEY_LIBRARY": folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(Self.slug))
    }

    @Test("running in the repository finds ./articles without any option")
    func defaultLibrary() throws {
        let result = try TestSupport.run(TestSupport.parleyBinary.path, ["list"],
                                         environment: ["PARLEY_LIBRARY": "", "LANG": "C.UTF-8"],
                                         currentDirectory: TestSupport.repositoryRoot)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("thissen-richt-je-op-regie"))
    }

    @Test("show --width 60 prints the golden file")
    func showGolden() throws {
        let result = try TestSupport.parley(["show", Self.slug, "--width", "60"], library: TestSupport.articlesFolder)
        #expect(result.status == 0)
        #expect(result.stdout == (try Self.fixture("show-thissen-60.txt")))
    }

    @Test("show --width 60: no line over 60 columns, five numbered questions, every published sentence, the reaction under 1 reactie")
    func showContent() throws {
        let result = try TestSupport.parley(["show", Self.slug, "--width", "60"], library: TestSupport.articlesFolder)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        // Display width: every character of this text is one column (checked by the width tests).
        #expect(lines.allSatisfy { $0.count <= 60 })
        for number in 1...5 {
            #expect(lines.contains { $0.hasPrefix("\(number). ") }, "question \(number)")
        }
        let flowing = result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        let seedFile = TestSupport.repositoryRoot.appendingPathComponent("Tests/ParleyKitTests/Fixtures/000_366deef6f2f8370a.txt")
        let seed = try String(contentsOf: seedFile, encoding: .utf8).components(separatedBy: "\n\n")
        for paragraph in [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15].map({ seed[$0] }) {
            let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            let text = words.hasPrefix("1. ") ? String(words.dropFirst(3)) : words
            #expect(flowing.contains(text), "missing: \(text.prefix(60))")
        }
        let reactie = try #require(lines.firstIndex(of: "1 reactie"))
        #expect(lines[reactie + 2] == "anoniem")
        #expect(lines[reactie + 3].hasPrefix("Zeker bij nieuwe taakstellingen"))
    }

    @Test("show --json has the documented shape")
    func showJSON() throws {
        let result = try TestSupport.parley(["show", Self.slug, "--json"], library: TestSupport.articlesFolder)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["slug", "title", "metadata", "lead", "questions", "sections", "reactions"])
        #expect(object["slug"] as? String == Self.slug)
        #expect((object["metadata"] as? [String: String])?["interviewee"] == "Tof Thissen")
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.map { $0["number"] as? Int } == [1, 2, 3, 4, 5])
        #expect(questions[2]["text"] as? String == "Dat klinkt als een proces dat jaren gaat duren")
        #expect((questions[0]["answer"] as? [String])?.count == 1)
        let reactions = try #require(object["reactions"] as? [[String: Any]])
        #expect(reactions.count == 1)
        #expect(reactions[0]["author"] is NSNull)
    }

    @Test("check passes on the shipped library")
    func checkPasses() throws {
        let result = try TestSupport.parley(["check"], library: TestSupport.articlesFolder)
        #expect(result.status == 0)
        #expect(result.stdout == "checked 1 article and 1 reactions file: no problems\n")
        #expect(result.stderr == "")
    }

    @Test("check fails on a broken copy, naming file and line; the good article still lists")
    func checkFails() throws {
        let library = try TestSupport.copyOfLibrary()
        defer { TestSupport.removeTemporaryFolder(library) }
        try Data("---\ntitle: Kapot\npublished: morgen\n---\n".utf8).write(to: library.appendingPathComponent("kapot.md"))
        var reactions = try String(contentsOf: library.appendingPathComponent("\(Self.slug).reactions.json"), encoding: .utf8)
        reactions = reactions.replacingOccurrences(of: "\"replyTo\": null", with: "\"replyTo\": nul")
        try Data(reactions.utf8).write(to: library.appendingPathComponent("\(Self.slug).reactions.json"))

        let result = try TestSupport.parley(["check"], library: library)
        #expect(result.status == 1)
        #expect(result.stderr == """
        \(library.path)/kapot.md:3: 'published' must be a date written YYYY-MM-DD, found 'morgen'
        \(library.path)/\(Self.slug).reactions.json:10:18: unexpected 'n', expected a value

        """)
        #expect(result.stdout == "checked 2 articles and 1 reactions file: 2 problems\n")

        let list = try TestSupport.parley(["list"], library: library)
        #expect(list.status == 1)
        #expect(list.stdout.hasPrefix("thissen-richt-je-op-regie"))
        // Unreadable reactions are said to be so, never shown as none (#12).
        #expect(list.stderr == "parley: \(library.path)/kapot.md:3: 'published' must be a date written YYYY-MM-DD, found 'morgen'\n"
            + "parley: cannot read the reactions: \(library.path)/\(Self.slug).reactions.json:10:18: unexpected 'n', expected a value\n")

        // The article still shows, with a clear notice where the reactions would be.
        let show = try TestSupport.parley(["show", Self.slug, "--width", "200"], library: library)
        #expect(show.status == 0)
        #expect(show.stdout.contains("The reactions could not be read: \(library.path)/\(Self.slug).reactions.json:10:18: unexpected 'n', expected a value"))
    }

    @Test("errors: one clear line on stderr; 1 for content, 64 for usage", arguments: [
        (["show", "nope"], 1, "parley: LIB/nope.md: no such article\n"),
        (["show", "../x"], 64, "Error: '../x' is not an article name: use the name `parley list` shows\n"),
        (["show", "x", "--width", "0"], 64, "Error: --width must be between 1 and 10000, not 0\n"),
        (["list", "--lang", "fr"], 64, "Error: --lang must be en or nl, not 'fr'\n"),
        (["list", "--library", "/nonexistent"], 1, "parley: /nonexistent (given with --library): No such file or directory\n"),
    ] as [([String], Int32, String)])
    func errors(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let result = try TestSupport.parley(arguments, library: TestSupport.articlesFolder)
        #expect(result.status == status)
        if status == 64 {
            #expect(result.stderr.hasPrefix(message))
        } else {
            #expect(result.stderr == message.replacingOccurrences(of: "LIB", with: TestSupport.articlesFolder.path))
        }
        #expect(result.stdout == "")
    }

    @Test("a title with escape sequences cannot reach the terminal through list or errors")
    func hostileTitle() throws {
        let library = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(library) }
        try Data("---\ntitle: \"Wis\\u001b[2J\\u009b31m\\u202e\"\n---\n".utf8).write(to: library.appendingPathComponent("x.md"))
        try Data("---\ntitle: \"A\"\nlanguage: \"\\u001b]52;c;aGk=\\u0007\"\n---\n".utf8).write(to: library.appendingPathComponent("y.md"))
        let result = try TestSupport.parley(["list"], library: library)
        for scalar in (result.stdout + result.stderr).unicodeScalars where scalar != "\n" {
            #expect(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)))
        }
        #expect(result.stdout.contains("Wis␛[2J"))
    }
}
