import Foundation
import ParleyKit
import ParleyUI
import ParleyTestSupport
import Testing

/// `parley react` and `parley reactions`, run as a user runs them: the built
/// binary on a copy of the library, with its own state and config folders.
@Suite("Adding and listing reactions from the command line")
struct ReactCommandTests {
    static let slug = "thissen-richt-je-op-regie"
    static let originalID = "3f1c9a52-7d4e-4b8a-9c61-0e5d2b7a8f14"

    /// The library's one reaction as `parley reactions` prints it at 80 columns.
    static let originalLines = """
        anoniem
        Zeker bij nieuwe taakstellingen is naar mijn overtuiging het kiezen voor en het
        hanteren van een regievorm bij uitvoeringstaken geen proces dat jaren in beslag
        zal nemen. Lagere overheden zouden er goed aan doen om op de kortst mogelijke
        termijn de de vorming van marktpartijen te stimuleren die uitvoeringstaken onder
        concurrentiebedingen en onder regie van de overheden op zich kunnen nemen. De
        decentralisatiegolf die op de gemeenten afkomt geeft hiervoor tal van
        aanknopingspunten. Voor meer informatie: even googlen op ‘Verantwoord ondernemen
        in publiek-private samenwerking’
        """

    /// A library copy plus empty state and config homes, removed afterwards.
    struct Sandbox {
        let library: URL
        let home: URL
        var environment: [String: String] {
            ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state", "XDG_CONFIG_HOME": home.path + "/config"]
        }
        var reactionsFile: URL { library.appendingPathComponent("thissen-richt-je-op-regie.reactions.json") }
        var draftFolder: String { draftFolder(of: library) }
        var draftFile: String { draftFolder + "/thissen-richt-je-op-regie.json" }

        /// Drafts are kept per library.
        func draftFolder(of library: URL) -> String {
            home.path + "/state/parley/drafts/" + LibraryKey(folder: library.path, currentDirectory: "/").fileName
        }

        func parley(_ arguments: [String], stdin: String? = nil, unprivileged: Bool = false) throws -> TestSupport.RunResult {
            try TestSupport.parley(arguments, library: library, environment: environment, stdin: stdin, unprivileged: unprivileged)
        }

        func document() throws -> ReactionsDocument {
            try ReactionsDocument.decode(bytes: Array(Data(contentsOf: reactionsFile)), file: reactionsFile.path)
        }

        func draftText() throws -> String? {
            try draftText(of: library)
        }

        func draftText(of library: URL) throws -> String? {
            var drafts = DraftStore(folder: draftFolder(of: library))
            return try drafts.load(slug: ReactCommandTests.slug)?.text
        }
    }

    private func withSandbox(_ body: (Sandbox) throws -> Void) throws {
        let library = try TestSupport.copyOfLibrary()
        let home = try TestSupport.makeTemporaryFolder("parley-home")
        defer {
            TestSupport.removeTemporaryFolder(library)
            TestSupport.removeTemporaryFolder(home)
        }
        try body(Sandbox(library: library, home: home))
    }

    @Test("react adds a second reaction that reactions and show then print: 2 reacties")
    func reactThenRead() throws {
        try withSandbox { sandbox throws in
            let react = try sandbox.parley(["react", Self.slug, "--name", "Test", "--text", "Eens."])
            #expect(react.status == 0)
            #expect(react.stderr == "")
            let id = react.stdout.trimmingCharacters(in: .newlines)
            #expect(react.stdout == id + "\n")
            #expect(id.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil)

            let document = try sandbox.document()
            #expect(document.reactions.map(\.id) == [Self.originalID, id])
            let added = try #require(document.reactions.last)
            #expect(added.author == "Test")
            #expect(added.text == "Eens.")
            #expect(added.replyTo == nil)
            let posted = try #require(added.posted)

            let expected = """
                2 reacties

                \(Self.originalLines)

                Test - \(posted.displayText) UTC
                Eens.

                """
            let reactions = try sandbox.parley(["reactions", Self.slug])
            #expect(reactions.status == 0)
            #expect(reactions.stdout == expected)

            let show = try sandbox.parley(["show", Self.slug])
            #expect(show.status == 0)
            #expect(show.stdout.hasSuffix("\n" + String(repeating: "-", count: 80) + "\n" + expected))
            #expect(show.stdout.split(separator: "\n").filter { $0 == "2 reacties" }.count == 1)

            let json = try sandbox.parley(["reactions", Self.slug, "--json"])
            #expect(json.stdout.hasSuffix("""
                  {
                    "id": "\(id)",
                    "author": "Test",
                    "posted": "\(posted.text)",
                    "text": "Eens.",
                    "replyTo": null
                  }
                ]

                """))
        }
    }

    @Test("text from stdin, the name from the config file, a reply shown under its parent")
    func stdinConfigAndReply() throws {
        try withSandbox { sandbox throws in
            try FileManager.default.createDirectory(atPath: sandbox.home.path + "/config/parley", withIntermediateDirectories: true)
            try "# parley\nname: Ria de Lezer\n".write(toFile: sandbox.home.path + "/config/parley/config", atomically: false, encoding: .utf8)
            let react = try sandbox.parley(["react", Self.slug, "--reply-to", Self.originalID], stdin: "Helemaal mee eens.\r\n\r\nTweede alinea.\n")
            #expect(react.status == 0)
            #expect(react.stderr == "")
            let added = try #require(try sandbox.document().reactions.last)
            #expect(added.id + "\n" == react.stdout)
            #expect(added.author == "Ria de Lezer")
            #expect(added.text == "Helemaal mee eens.\n\nTweede alinea.")
            #expect(added.replyTo == Self.originalID)
            let posted = try #require(added.posted)
            let reactions = try sandbox.parley(["reactions", Self.slug])
            #expect(reactions.stdout.hasSuffix("""
                in publiek-private samenwerking’

                  Ria de Lezer - \(posted.displayText) UTC
                  Helemaal mee eens.

                  Tweede alinea.

                """))
        }
    }

    @Test("without --name or config, the name is the account's full name, else its user name")
    func accountName() throws {
        try withSandbox { sandbox throws in
            let account = try #require(Account.current())
            let react = try sandbox.parley(["react", Self.slug, "--text", "Eens."])
            #expect(react.status == 0)
            #expect(try sandbox.document().reactions.last?.author == account.fullName ?? account.userName)
        }
    }

    @Test("text typed on stdin that cannot be posted is kept as a draft; the message says where; the file is unchanged")
    func refusedTextBecomesDraft() throws {
        try withSandbox { sandbox throws in
            let before = try Data(contentsOf: sandbox.reactionsFile)
            let typed = "Eerste regel\nmet een\ttab erin\n"
            let react = try sandbox.parley(["react", Self.slug, "--name", "Jan"], stdin: typed)
            #expect(react.status == 1)
            #expect(react.stdout == "")
            #expect(react.stderr == "parley: the reaction contains a control character (U+0009 TAB) on line 2; only line breaks are allowed (your text is kept in the draft \(sandbox.draftFile))\n")
            #expect(try sandbox.draftText() == typed)
            #expect(try Data(contentsOf: sandbox.reactionsFile) == before)

            // Posting the corrected text removes the draft only when it is that text.
            let other = try sandbox.parley(["react", Self.slug, "--text", "Iets anders."])
            #expect(other.status == 0)
            #expect(try sandbox.draftText() == typed)
            let fixed = try sandbox.parley(["react", Self.slug, "--name", "Jan"], stdin: "Eerste regel\nmet een tab erin\n")
            #expect(fixed.status == 0)
            #expect(try sandbox.draftText() == typed)  // not the same text: kept
            try "{\"text\": \"Laatste versie\"}".write(toFile: sandbox.draftFile, atomically: false, encoding: .utf8)
            let last = try sandbox.parley(["react", Self.slug], stdin: "Laatste versie\n")
            #expect(last.status == 0)
            #expect(try sandbox.draftText() == nil)
        }
    }

    @Test("a corrupt reactions file is left byte for byte as it was; the refusal names the file and line")
    func corruptFile() throws {
        try withSandbox { sandbox throws in
            let corrupt = Data("{\n  \"version\": 1,\n  \"reactions\": [,]\n}\n".utf8)
            try corrupt.write(to: sandbox.reactionsFile)
            let react = try sandbox.parley(["react", Self.slug, "--name", "Test"], stdin: "Eens.")
            #expect(react.status == 1)
            #expect(react.stderr == "parley: \(sandbox.reactionsFile.path):3:17: unexpected ',', expected a value (parley never changes a reactions file it cannot read; fix or move it to add reactions) (your text is kept in the draft \(sandbox.draftFile))\n")
            #expect(try Data(contentsOf: sandbox.reactionsFile) == corrupt)
            #expect(try sandbox.draftText() == "Eens.")

            let reactions = try sandbox.parley(["reactions", Self.slug])
            #expect(reactions.status == 1)
            #expect(reactions.stderr == "parley: The reactions could not be read: \(sandbox.reactionsFile.path):3:17: unexpected ',', expected a value\n")
            #expect(try Data(contentsOf: sandbox.reactionsFile) == corrupt)
        }
    }

    @Test("a folder this user may not write: refused, said so, the draft kept, nothing changed",
          .enabled(if: TestSupport.unprivilegedPrefix != nil))
    func readOnlyFolder() throws {
        try withSandbox { sandbox throws in
            // The unprivileged user must be able to create its state folder.
            #expect(chmod(sandbox.home.path, 0o777) == 0)
            #expect(chmod(sandbox.library.path, 0o555) == 0)
            let before = try Data(contentsOf: sandbox.reactionsFile)
            let names = try FileManager.default.contentsOfDirectory(atPath: sandbox.library.path).sorted()
            let react = try sandbox.parley(["react", Self.slug, "--name", "Test"], stdin: "Eens, maar alleen-lezen.\n", unprivileged: true)
            #expect(react.status == 1)
            #expect(react.stderr == "parley: cannot write in \(sandbox.library.path): Permission denied; thissen-richt-je-op-regie.reactions.json is unchanged (your text is kept in the draft \(sandbox.draftFile))\n")
            #expect(try sandbox.draftText() == "Eens, maar alleen-lezen.\n")
            #expect(try Data(contentsOf: sandbox.reactionsFile) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.library.path).sorted() == names)
        }
    }

    @Test("a full disk: refused, said so, the old file intact, no temporary file left, the draft kept",
          .enabled(if: TestSupport.canMountTmpfs))
    func fullDisk() throws {
        try withSandbox { sandbox throws in
            try TestSupport.withSmallFileSystem(kilobytes: 64) { disk in
                for name in ["thissen-richt-je-op-regie.md", "thissen-richt-je-op-regie.reactions.json"] {
                    try FileManager.default.copyItem(at: sandbox.library.appendingPathComponent(name), to: disk.appendingPathComponent(name))
                }
                // Fill what is left.
                _ = try TestSupport.run("/bin/dd", ["if=/dev/zero", "of=\(disk.path)/filler", "bs=1024", "count=1024"])
                let file = disk.appendingPathComponent("thissen-richt-je-op-regie.reactions.json")
                let before = try Data(contentsOf: file)
                let react = try TestSupport.parley(["react", Self.slug, "--name", "Test"], library: disk, environment: sandbox.environment, stdin: "Eens.\n")
                #expect(react.status == 1)
                #expect(react.stderr == "parley: cannot write \(file.path): No space left on device; the file is unchanged (your text is kept in the draft \(sandbox.draftFolder(of: disk))/\(Self.slug).json)\n")
                #expect(try Data(contentsOf: file) == before)
                #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted() == [
                    ".thissen-richt-je-op-regie.reactions.lock", "filler", "thissen-richt-je-op-regie.md", "thissen-richt-je-op-regie.reactions.json",
                ])
                #expect(try sandbox.draftText(of: disk) == "Eens.\n")
            }
        }
    }

    @Test("a hang-up while reading stdin keeps what was read as a draft and posts nothing")
    func hangUpKeepsDraft() throws {
        try withSandbox { sandbox throws in
            let before = try Data(contentsOf: sandbox.reactionsFile)
            let child = try ChildProcess(parley: ["react", Self.slug, "--name", "Jan"], library: sandbox.library, environment: sandbox.environment, keepStdinOpen: true)
            child.writeToStdin("Een halve zin\n")
            // Once parley has read the text it is waiting for more: then hang up.
            var polls = 0
            while child.unreadStdin > 0 && polls < 10_000 {
                usleep(1_000)
                polls += 1
            }
            child.signal(SIGHUP)
            let ending = child.wait()
            #expect(ending.status == 1)
            #expect(ending.stdout == "")
            #expect(try sandbox.draftText() == "Een halve zin\n")
            #expect(try Data(contentsOf: sandbox.reactionsFile) == before)
        }
    }

    @Test("refusals that need no text", arguments: [
        (["react", "geen-artikel", "--text", "x"], 1, "parley: {library}/geen-artikel.md: no such article\n"),
        (["react", slug, "--text", "x", "--reply-to", "nope"], 1, "parley: there is no reaction with id nope to reply to\n"),
        (["react", slug, "--text", "   "], 1, "parley: the reaction is empty: write some text\n"),
        (["react", slug, "--name", String(repeating: "n", count: 81), "--text", "x"], 1, "parley: the name is 81 characters long; at most 80 are allowed\n"),
    ])
    func refusals(arguments: [String], status: Int32, message: String) throws {
        try withSandbox { sandbox throws in
            let before = try Data(contentsOf: sandbox.reactionsFile)
            let result = try sandbox.parley(arguments)
            #expect(result.status == status)
            #expect(result.stderr == message.replacingOccurrences(of: "{library}", with: sandbox.library.path))
            #expect(try Data(contentsOf: sandbox.reactionsFile) == before)
            // --text is still on the command line: no draft.
            #expect(try sandbox.draftText() == nil)
        }
    }

    @Test("a name that is not an article name is a usage error")
    func badSlug() throws {
        try withSandbox { sandbox throws in
            let result = try sandbox.parley(["react", "../etc", "--text", "x"])
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("Error: '../etc' is not an article name: use the name `parley list` shows\n"))
        }
    }

    @Test("the draft message speaks Dutch with --lang nl")
    func dutchMessage() throws {
        try withSandbox { sandbox throws in
            let react = try sandbox.parley(["react", Self.slug, "--lang", "nl"], stdin: "  \u{7}  piep")
            #expect(react.status == 1)
            // The problem and the note are both Dutch: the same words as the composer's (issue #10).
            #expect(react.stderr == "parley: de reactie bevat een stuurteken (U+0007) op regel 1; alleen regeleinden mogen (je tekst is bewaard als concept in \(sandbox.draftFile))\n")
        }
    }

    @Test("with --lang nl a refusal is the composer's Dutch sentence, word for word", arguments: [
        (["--reply-to", "nope", "--text", "x"], ReactionInputError.unknownReply("nope")),
        (["--text", "   "], .emptyText),
        (["--name", String(repeating: "n", count: 81), "--text", "x"], .nameTooLong(characters: 81)),
    ])
    func dutchRefusals(arguments: [String], error: ReactionInputError) throws {
        try withSandbox { sandbox throws in
            let result = try sandbox.parley(["react", Self.slug, "--lang", "nl"] + arguments)
            #expect(result.status == 1)
            let dutch = Catalogue(.dutch)
            #expect(result.stderr == "parley: " + dutch.message(error) + "\n")
            // The composer shows the same words after its "Niet geplaatst: ".
            #expect(dutch.refusal(error) == "Niet geplaatst: " + dutch.message(error))
            #expect(!result.stderr.contains("the "))
        }
    }
}
