import Foundation
@testable import ParleyKit
import ParleyUI
import ParleyTestSupport
import Testing

@Suite("Drafts")
struct DraftStoreTests {
    static let now = Date(timeIntervalSince1970: 1_795_957_500)  // 2026-11-29T13:05:00Z
    static let later = Date(timeIntervalSince1970: 1_795_957_560)  // a minute later
    static let slug = "thissen-richt-je-op-regie"

    /// A library that does not exist: its key is the path as given.
    static let library = LibraryKey(folder: "/srv/interviews", currentDirectory: "/")
    static let otherLibrary = LibraryKey(folder: "/srv/other/interviews", currentDirectory: "/")

    private static func store(in state: URL, library: LibraryKey = library) -> DraftStore {
        DraftStore(environment: ["XDG_STATE_HOME": state.path, "HOME": "/nonexistent"], library: library)
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test("save, load, replace and remove; files 0600 in folders 0700")
    func lifecycle() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var store = Self.store(in: state)
        let folder = state.path + "/parley/drafts/" + Self.library.fileName
        #expect(store.folder == folder)
        #expect(try store.load(slug: Self.slug) == nil)

        let draft = Draft(name: "Jan", text: "Eerste gedachte\n", replyTo: nil)
        #expect(try store.save(draft, slug: Self.slug, now: Self.now))
        let file = folder + "/thissen-richt-je-op-regie.json"
        #expect(store.file(for: Self.slug) == file)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == """
            {
              "version": 1,
              "article": "thissen-richt-je-op-regie",
              "name": "Jan",
              "text": "Eerste gedachte\\n",
              "replyTo": null,
              "updated": "2026-11-29T13:05:00Z"
            }

            """)
        #expect(try store.load(slug: Self.slug) == Draft(name: "Jan", text: "Eerste gedachte\n", replyTo: nil, updated: ReactionTime(iso: "2026-11-29T13:05:00Z")))
        #expect(try mode(file) == 0o600)
        #expect(try mode(state.path + "/parley") == 0o700)
        #expect(try mode(state.path + "/parley/drafts") == 0o700)
        #expect(try mode(folder) == 0o700)

        let replacement = Draft(name: nil, text: "Beter geformuleerd", replyTo: "3f1c9a52-7d4e-4b8a-9c61-0e5d2b7a8f14")
        #expect(try store.save(replacement, slug: Self.slug, now: Self.later))
        #expect(try store.load(slug: Self.slug) == Draft(name: nil, text: "Beter geformuleerd", replyTo: "3f1c9a52-7d4e-4b8a-9c61-0e5d2b7a8f14", updated: ReactionTime(iso: "2026-11-29T13:06:00Z")))
        #expect(try mode(file) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.folder) == ["thissen-richt-je-op-regie.json"])

        #expect(try store.remove(slug: Self.slug))
        #expect(try store.load(slug: Self.slug) == nil)
        #expect(try store.remove(slug: Self.slug) == false)
    }

    @Test("saving an unchanged draft writes nothing, so saving at every pause is cheap")
    func unchangedDraftIsNotWritten() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var store = Self.store(in: state)
        let draft = Draft(name: "Jan", text: "Zelfde tekst")
        #expect(try store.save(draft, slug: Self.slug, now: Self.now))
        #expect(try store.save(draft, slug: Self.slug, now: Self.later) == false)
        #expect(try store.load(slug: Self.slug)?.updated?.text == "2026-11-29T13:05:00Z")
        #expect(try store.save(Draft(name: "Jan", text: "Zelfde tekst, langer"), slug: Self.slug, now: Self.later))
        #expect(try store.load(slug: Self.slug)?.updated?.text == "2026-11-29T13:06:00Z")
    }

    @Test("a blank draft removes the file: an emptied composer leaves nothing behind")
    func blankDraftRemoves() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var store = Self.store(in: state)
        try store.save(Draft(name: "Jan", text: "Iets"), slug: Self.slug, now: Self.now)
        #expect(try store.save(Draft(name: "Jan", text: " \n "), slug: Self.slug, now: Self.now))
        #expect(try store.load(slug: Self.slug) == nil)
    }

    @Test("after a post, the draft goes only when it is what was posted")
    func removeIfPosted() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var store = Self.store(in: state)
        try store.save(Draft(name: nil, text: "  Eens.\r\n"), slug: Self.slug, now: Self.now)
        #expect(try store.removeIfPosted("Iets anders", slug: Self.slug) == false)
        #expect(try store.load(slug: Self.slug)?.text == "  Eens.\r\n")
        #expect(try store.removeIfPosted("Eens.", slug: Self.slug))
        #expect(try store.load(slug: Self.slug) == nil)
    }

    @Test("keeping text that could not be posted sets a different draft aside instead of destroying it")
    func keepSetsAside() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var store = Self.store(in: state)
        try store.save(Draft(name: nil, text: "Wat de composer had"), slug: Self.slug, now: Self.now)
        let kept = try store.keep(Draft(name: "Jan", text: "Van stdin"), slug: Self.slug, now: Self.later)
        let earlier = store.folder + "/thissen-richt-je-op-regie.earlier-20261129T130600Z.json"
        #expect(kept == DraftStore.Kept(file: store.file(for: Self.slug), earlierDraft: earlier))
        #expect(try store.load(slug: Self.slug)?.text == "Van stdin")
        let setAside = try Draft.decode(bytes: Array(Data(contentsOf: URL(fileURLWithPath: earlier))), file: earlier)
        #expect(setAside.text == "Wat de composer had")
        #expect(try mode(earlier) == 0o600)

        // The same text again: nothing to set aside.
        let again = try store.keep(Draft(name: "Jan", text: "Van stdin"), slug: Self.slug, now: Self.later)
        #expect(again.earlierDraft == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.folder).sorted() == [
            "thissen-richt-je-op-regie.earlier-20261129T130600Z.json", "thissen-richt-je-op-regie.json",
        ])
    }

    @Test("a damaged draft is reported with file and line, and never overwritten by keep")
    func damagedDraft() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var store = Self.store(in: state)
        try FileSystem.createFolders(store.folder, mode: 0o700)
        let file = store.file(for: Self.slug)
        try "{\n  \"text\": \"half".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(Catalogue(.english).message(DraftError.unreadable(file: file, line: 2, column: 16, problem: .syntax(.unterminatedString))) == "\(file):2:16: unterminated string")
        #expect(throws: DraftError.unreadable(file: file, line: 2, column: 16, problem: .syntax(.unterminatedString))) {
            try store.load(slug: Self.slug)
        }
        let kept = try store.keep(Draft(name: nil, text: "Nieuw"), slug: Self.slug, now: Self.now)
        let earlier = try #require(kept.earlierDraft)
        #expect(try String(contentsOfFile: earlier, encoding: .utf8) == "{\n  \"text\": \"half")
        #expect(try store.load(slug: Self.slug)?.text == "Nieuw")
    }

    @Test("a slug that could name another file is refused", arguments: ["../etc/passwd", ".hidden", "a/b", ""])
    func refusesBadSlug(slug: String) throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var store = Self.store(in: state)
        #expect(throws: DraftError.invalidArticleName(slug)) { try store.save(Draft(name: nil, text: "x"), slug: slug) }
    }

    @Test("the drafts folder follows XDG_STATE_HOME, else ~/.local/state (a relative XDG path is ignored)", arguments: [
        (["XDG_STATE_HOME": "/state", "HOME": "/home/jan"], "/state/parley/drafts"),
        (["XDG_STATE_HOME": "state", "HOME": "/home/jan"], "/home/jan/.local/state/parley/drafts"),
        (["HOME": "/home/jan"], "/home/jan/.local/state/parley/drafts"),
    ])
    func folder(environment: [String: String], expected: String) {
        let store = DraftStore(environment: environment, library: Self.library)
        #expect(store.folder == expected + "/" + Self.library.fileName)
        #expect(store.legacyFolder == expected)
    }

    @Test("a draft written in one library never comes back in another library's composer")
    func draftsPerLibrary() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var one = Self.store(in: state)
        var other = Self.store(in: state, library: Self.otherLibrary)
        try one.save(Draft(name: "Jan", text: "Over het eerste interview"), slug: Self.slug, now: Self.now)
        #expect(try other.load(slug: Self.slug) == nil)
        try other.save(Draft(name: "Piet", text: "Over het andere"), slug: Self.slug, now: Self.now)
        #expect(try one.load(slug: Self.slug)?.text == "Over het eerste interview")
        #expect(try other.load(slug: Self.slug)?.text == "Over het andere")
        #expect(Self.library.fileName.hasPrefix("interviews-"))
        #expect(Self.library.fileName != Self.otherLibrary.fileName)
    }

    @Test("an old draft, kept by slug alone, is taken by the first library that asks, and only by it")
    func oldDraftIsAdopted() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        let drafts = state.path + "/parley/drafts"
        var legacy = DraftStore(folder: drafts)
        try legacy.save(Draft(name: "Jan", text: "Van voor de bibliotheken"), slug: Self.slug, now: Self.now)

        var one = Self.store(in: state)
        #expect(try one.load(slug: Self.slug)?.text == "Van voor de bibliotheken")
        #expect(!FileManager.default.fileExists(atPath: drafts + "/" + Self.slug + ".json"))
        #expect(FileManager.default.fileExists(atPath: one.file(for: Self.slug)))
        var other = Self.store(in: state, library: Self.otherLibrary)
        #expect(try other.load(slug: Self.slug) == nil)
        #expect(try one.load(slug: Self.slug)?.text == "Van voor de bibliotheken")
    }

    @Test("an old draft never replaces a library's own draft of the same article")
    func oldDraftNeverReplaces() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var one = Self.store(in: state)
        try one.save(Draft(name: nil, text: "Eigen concept"), slug: Self.slug, now: Self.now)
        var legacy = DraftStore(folder: state.path + "/parley/drafts")
        try legacy.save(Draft(name: nil, text: "Oud concept"), slug: Self.slug, now: Self.now)
        var again = Self.store(in: state)
        #expect(try again.load(slug: Self.slug)?.text == "Eigen concept")
        #expect(try legacy.load(slug: Self.slug)?.text == "Oud concept")
    }
}
