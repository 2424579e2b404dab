import Foundation
import ParleyTestSupport
import Testing

/// `parley import` end to end: the built binary on the published interview
/// and on small texts, with a temporary library.
@Suite struct ImportCommandTests {
    static var seed: String {
        TestSupport.repositoryRoot.appendingPathComponent("Tests/ParleyKitTests/Fixtures/000_366deef6f2f8370a.txt").path
    }

    @Test func aDryRunOfTheSeedListsFiveQuestionsAndOneReaction() throws {
        let library = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(library) }
        let run = try TestSupport.parley(["import", Self.seed, "--slug", "test", "--dry-run"], library: library)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.split(separator: "\n", omittingEmptySubsequences: false) == [
            "Dry run: nothing was written.",
            "title (line 1): Thissen: Richt je op regie",
            "slug: test",
            "language: nl (guessed from common words; set it with --language)",
            "lead (line 5): 1 paragraph, 185 characters",
            "question 1 (line 7): Er is halverwege 2012 voor gekozen om KING al coöperatie onder te brengen binnen de VNG. Verandert daardoor in de praktijk iets aan de werkwijze van KING?",
            "  answer: 1 paragraph, 559 characters",
            "question 2 (line 11): Regie is een veel gehoord woord vanuit KING, waarom?",
            "  answer: 1 paragraph, 886 characters",
            "question 3 (line 15): Dat klinkt als een proces dat jaren gaat duren",
            "  answer: 1 paragraph, 429 characters",
            "question 4 (line 19): Iets wat gemeenten niet alleen kunnen, of ?",
            "  answer: 1 paragraph, 700 characters",
            "question 5 (line 23): En wat zijn de uitdagingen voor KING?",
            "  answer: 1 paragraph, 403 characters",
            "reaction 1 (line 31): anonymous, 580 characters: Zeker bij nieuwe taakstellingen is naar mijn overtuiging het kiezen voo…",
            "dropped (line 3): the comment count under the title: 1",
            "dropped (line 27): an empty author box: Over Auteur",
            "dropped (line 33): a newsletter sign-up: Het laatste\u{A0}nieuws van Gemeente.nu in je mailbox?",
            "dropped (line 35): a newsletter sign-up: Meld je aan voor de algemene nieuwsbrief of een van de themanieuwsbriev…",
            "dropped (line 37): a newsletter sign-up: Aanmelden",
            "uncertain: none",
            "found: 5 questions, 1 reaction, 5 dropped, 0 uncertain",
            "",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: library.path).isEmpty)
    }

    @Test func aDryRunInJSONIsWhatShowPrintsAfterTheImportPlusTheNotes() throws {
        let library = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(library) }
        let dryRun = try TestSupport.parley(["import", Self.seed, "--slug", "test", "--dry-run", "--json"], library: library)
        #expect(dryRun.status == 0)
        #expect(try TestSupport.parley(["import", Self.seed, "--slug", "test"], library: library).status == 0)
        let show = try TestSupport.parley(["show", "test", "--json"], library: library)
        var preview = try Self.object(dryRun.stdout)
        var shown = try Self.object(show.stdout)
        // Each run makes a fresh id for the new reaction.
        Self.maskID(&preview)
        Self.maskID(&shown)
        let dropped = try #require(preview.removeValue(forKey: "dropped") as? [[String: Any]])
        #expect(dropped.map { "\($0["line"] ?? "") \($0["text"] ?? "")" } == [
            "3 1", "27 Over Auteur", "33 Het laatste\u{A0}nieuws van Gemeente.nu in je mailbox?",
            "35 Meld je aan voor de algemene nieuwsbrief of een van de themanieuwsbrieven van Gemeente.nu.", "37 Aanmelden",
        ])
        #expect((preview.removeValue(forKey: "uncertain") as? [Any])?.isEmpty == true)
        #expect(NSDictionary(dictionary: preview) == NSDictionary(dictionary: shown))
        #expect((shown["questions"] as? [Any])?.count == 5)
        // The keys in the order of `parley show --json`, then the notes.
        #expect(Self.keys(dryRun.stdout) == ["slug", "title", "metadata", "lead", "questions", "sections", "reactions", "dropped", "uncertain"])
    }

    @Test func aRealImportWritesTheFilesAndReportsWhatItDroppedWithLines() throws {
        let library = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(library) }
        let run = try TestSupport.parley(["import", Self.seed, "--interviewee", "Tof Thissen"], library: library)
        #expect(run.status == 0)
        let article = library.appendingPathComponent("thissen-richt-je-op-regie.md").path
        let reactions = library.appendingPathComponent("thissen-richt-je-op-regie.reactions.json").path
        #expect(run.stdout == "imported thissen-richt-je-op-regie (5 questions, 1 reaction): \(article), \(reactions)\n")
        #expect(run.stderr.split(separator: "\n") == [
            "parley: \(Self.seed): language: nl (guessed from common words; set it with --language)",
            "parley: \(Self.seed):3: dropped (the comment count under the title): 1",
            "parley: \(Self.seed):27: dropped (an empty author box): Over Auteur",
            "parley: \(Self.seed):33: dropped (a newsletter sign-up): Het laatste\u{A0}nieuws van Gemeente.nu in je mailbox?",
            "parley: \(Self.seed):35: dropped (a newsletter sign-up): Meld je aan voor de algemene nieuwsbrief of een van de themanieuwsbriev…",
            "parley: \(Self.seed):37: dropped (a newsletter sign-up): Aanmelden",
        ])
        let list = try TestSupport.parley(["list"], library: library)
        #expect(list.stdout == "thissen-richt-je-op-regie  Thissen: Richt je op regie  Tof Thissen  5 questions  1 reaction\n")
        #expect(try TestSupport.parley(["check"], library: library).status == 0)
    }

    @Test func anExistingArticleIsNeverReplaced() throws {
        let library = try TestSupport.copyOfLibrary()
        defer { TestSupport.removeTemporaryFolder(library) }
        let article = library.appendingPathComponent("thissen-richt-je-op-regie.md")
        let before = try Data(contentsOf: article)
        let run = try TestSupport.parley(["import", Self.seed], library: library)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "parley: \(article.path) already exists; parley never replaces an article: choose another --slug, or remove it first\n")
        #expect(try Data(contentsOf: article) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: library.path).sorted() == [
            "thissen-richt-je-op-regie.md", "thissen-richt-je-op-regie.reactions.json",
        ])
        let dryRun = try TestSupport.parley(["import", Self.seed, "--dry-run"], library: library)
        #expect(dryRun.stdout.contains("\n\(article.path) already exists: a real import would stop\n"))
    }

    @Test func standardInputIsReadForADashAndTheSlugComesFromTheTitle() throws {
        let library = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(library) }
        let text = "Coöperatie: wat nu?\n\nDe inleiding.\n\nWaarom samenwerken?\n\n“Omdat het moet.”\n"
        let run = try TestSupport.parley(["import", "-", "--language", "nl"], library: library, stdin: text)
        #expect(run.status == 0)
        #expect(run.stdout == "imported cooperatie-wat-nu (1 question, no reactions): \(library.appendingPathComponent("cooperatie-wat-nu.md").path)\n")
        #expect(run.stderr == "")
        let show = try TestSupport.parley(["show", "cooperatie-wat-nu", "--width", "40"], library: library)
        #expect(show.stdout.hasPrefix("Coöperatie: wat nu?\n\nDe inleiding.\n\n1. Waarom samenwerken?\n\n“Omdat het moet.”\n"))
    }

    @Test func aTextWithoutQuestionsIsImportedAsALeadAndSaysSo() throws {
        let library = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(library) }
        let run = try TestSupport.parley(["import", "-", "--language", "en"], library: library, stdin: "Notes\n\nJust some text.\n")
        #expect(run.status == 0)
        #expect(run.stderr == "parley: <stdin>: no questions found: the whole text is the article's lead\n")
    }

    @Test func uncertainParagraphsAreWarnedAboutWithTheirLines() throws {
        let library = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(library) }
        let text = "Titel\n\nHoe begon het?\n\nKlein.\n\nEn daarna\n\nGroter.\n"
        let run = try TestSupport.parley(["import", "-", "--language", "nl", "--lang", "nl"], library: library, stdin: text)
        #expect(run.status == 0)
        #expect(run.stderr == "parley: <stdin>:7: onzeker (kan een vraag zonder '?' zijn: bij het antwoord gehouden): En daarna\n")
    }

    @Test func anEmptyTextIsAnErrorAndWritesNothing() throws {
        let library = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(library) }
        let run = try TestSupport.parley(["import", "-"], library: library, stdin: "\n \n")
        #expect(run.status == 1)
        #expect(run.stderr == "parley: <stdin>: the text is empty: there is nothing to import\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: library.path).isEmpty)
    }

    @Test func aMissingFileIsAnError() throws {
        let run = try TestSupport.parley(["import", "/nonexistent/interview.txt", "--dry-run"])
        #expect(run.status == 1)
        #expect(run.stderr == "parley: /nonexistent/interview.txt: cannot read: No such file or directory\n")
    }

    @Test(arguments: [
        (["--json"], "Error: --json needs --dry-run"),
        (["--language", "de"], "Error: --language must be nl or en, not 'de'"),
        (["--slug", "../elders"], "Error: '../elders' cannot be an article name: no '/', no leading '.', no control characters"),
    ])
    func badOptionsAreUsageErrors(options: [String], message: String) throws {
        let run = try TestSupport.parley(["import", Self.seed] + options)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(message + "\n"))
    }

    // MARK: - JSON helpers

    static func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static func maskID(_ object: inout [String: Any]) {
        guard var reactions = object["reactions"] as? [[String: Any]] else { return }
        for index in reactions.indices { reactions[index]["id"] = "masked" }
        object["reactions"] = reactions
    }

    /// The top-level keys in the order written.
    static func keys(_ json: String) -> [String] {
        json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.compactMap { line in
            line.dropFirst(3).split(separator: "\"").first.map(String.init)
        }
    }
}
