import Foundation
import ParleyKit
import ParleyTestSupport
import Testing

/// Issue #10: what ParleyKit finds wrong in files is said in the UI
/// language at the command line too, in the same words the screens use
/// (ParleyUI's Catalogue): `--lang nl` is Dutch through to the detail.
@Suite("Dutch file errors at the command line")
struct DutchMessagesCommandTests {
    static let slug = "thissen-richt-je-op-regie"

    /// A library with an article whose date is wrong, a FIFO named like an
    /// article and a reactions file with a stray comma.
    private func withBrokenLibrary(_ body: (URL, [String: String]) throws -> Void) throws {
        let library = try TestSupport.copyOfLibrary()
        let home = try TestSupport.makeTemporaryFolder("parley-home")
        defer {
            TestSupport.removeTemporaryFolder(library)
            TestSupport.removeTemporaryFolder(home)
        }
        try Data("---\ntitle: T\npublished: gisteren\n---\n".utf8).write(to: library.appendingPathComponent("kapot.md"))
        #expect(mkfifo(library.appendingPathComponent("fifo.md").path, 0o644) == 0)
        let reactions = library.appendingPathComponent(Self.slug + ".reactions.json")
        try Data("{\"version\": 1, \"article\": \"\(Self.slug)\", \"reactions\": [],}\n".utf8).write(to: reactions)
        try body(library, ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state", "XDG_CONFIG_HOME": home.path + "/config"])
    }

    @Test("parley check --lang nl says every problem in Dutch; without it, in English as before")
    func check() throws {
        try withBrokenLibrary { library, environment throws in
            let p = library.path
            let dutch = try TestSupport.parley(["check", "--lang", "nl"], library: library, environment: environment)
            #expect(dutch.status == 1)
            #expect(dutch.stderr == """
                \(p)/fifo.md: kan niet lezen: geen gewoon bestand maar een FIFO (named pipe)
                \(p)/kapot.md:3: 'published' moet een datum zijn, geschreven als JJJJ-MM-DD; gevonden: 'gisteren'
                \(p)/\(Self.slug).reactions.json:1:72: onverwacht '}', verwacht: een sleutel tussen dubbele aanhalingstekens

                """)
            let english = try TestSupport.parley(["check", "--lang", "en"], library: library, environment: environment)
            #expect(english.stderr == """
                \(p)/fifo.md: cannot read: not a regular file but a FIFO (named pipe)
                \(p)/kapot.md:3: 'published' must be a date written YYYY-MM-DD, found 'gisteren'
                \(p)/\(Self.slug).reactions.json:1:72: unexpected '}', expected a key in double quotes

                """)
        }
    }

    @Test("parley list --lang nl names the unreadable files in Dutch")
    func list() throws {
        try withBrokenLibrary { library, environment throws in
            let p = library.path
            let dutch = try TestSupport.parley(["list", "--lang", "nl"], library: library, environment: environment)
            #expect(dutch.status == 1)
            #expect(dutch.stderr == """
                parley: \(p)/fifo.md: kan niet lezen: geen gewoon bestand maar een FIFO (named pipe)
                parley: \(p)/kapot.md:3: 'published' moet een datum zijn, geschreven als JJJJ-MM-DD; gevonden: 'gisteren'
                parley: kan de reacties niet lezen: \(p)/\(Self.slug).reactions.json:1:72: onverwacht '}', verwacht: een sleutel tussen dubbele aanhalingstekens

                """)
            let json = try TestSupport.parley(["list", "--json", "--lang", "nl"], library: library, environment: environment)
            let entries = try #require(try JSONParser.parse(json.stdout).arrayValue)
            let entry = try #require(entries.first { $0.objectValue?["slug"]?.stringValue == Self.slug }?.objectValue)
            #expect(entry["reactionsError"]?.stringValue == "\(p)/\(Self.slug).reactions.json:1:72: onverwacht '}', verwacht: een sleutel tussen dubbele aanhalingstekens")
        }
    }

    @Test("parley react --lang nl refuses an unreadable reactions file in the composer's Dutch words")
    func react() throws {
        try withBrokenLibrary { library, environment throws in
            let p = library.path
            let dutch = try TestSupport.parley(["react", Self.slug, "--text", "Eens.", "--lang", "nl"], library: library, environment: environment)
            #expect(dutch.status == 1)
            #expect(dutch.stderr.hasPrefix("parley: \(p)/\(Self.slug).reactions.json:1:72: onverwacht '}', verwacht: een sleutel tussen dubbele aanhalingstekens (parley verandert nooit een reactiebestand dat het niet kan lezen; herstel of verplaats het om te reageren)"))
            let missing = try TestSupport.parley(["react", "bestaat-niet", "--text", "Eens.", "--lang", "nl"], library: library, environment: environment)
            #expect(missing.stderr == "parley: \(p)/bestaat-niet.md: dat artikel bestaat niet\n")
        }
    }
}
