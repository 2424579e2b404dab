import Foundation
@testable import ParleyKit
import ParleyTestSupport
import Testing

@Suite("Reading state store")
struct ReadingStateStoreTests {
    static let now = Date(timeIntervalSince1970: 1_795_957_500)  // 2026-11-29T13:05:00Z
    static let library = LibraryKey(folder: "/srv/interviews", currentDirectory: "/")

    static func environment(_ state: URL) -> [String: String] {
        ["XDG_STATE_HOME": state.path, "HOME": "/nonexistent"]
    }

    static func session(_ state: URL) -> ReadingStateSession {
        let (session, notice) = ReadingStateSession.load(environment: environment(state), library: library, now: now)
        #expect(notice == nil)
        return session
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test("what is saved loads back the same; 0600 in 0700 under XDG_STATE_HOME/parley/state")
    func roundTrip() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        let reactions = SeenReactionsTests.reactions(0..<30)
        var session = Self.session(state)
        session.opened("een", now: Self.now)
        session.left("een", at: SavedPosition(block: 41, offset: 120, fingerprint: 0xdead_beef), seen: Set(reactions[0..<20].map(\.id)), of: reactions, now: Self.now)
        session.opened("twee", now: Self.now)
        session.posted(reactions[29].id, to: "drie", reactions: reactions, name: "Anna", now: Self.now)
        #expect(try session.save(now: Self.now) == nil)

        let file = state.path + "/parley/state/" + Self.library.fileName + ".json"
        #expect(try mode(file) == 0o600)
        #expect(try mode(state.path + "/parley/state") == 0o700)
        #expect(try mode(state.path + "/parley/state/." + Self.library.fileName + ".lock") == 0o600)
        let loaded = Self.session(state)
        #expect(loaded.state == session.state)
        #expect(loaded.state.lastName == "Anna")
        #expect(loaded.state.library == "/srv/interviews")
        #expect(loaded.article("een")?.position == SavedPosition(block: 41, offset: 120, fingerprint: 0xdead_beef))
        #expect(loaded.state.newReactionCount(slug: "een", reactions: reactions) == 10)
        #expect(loaded.state.wasOpened(slug: "twee"))
        // Reacted to but never opened: not read, and only the reader's own reaction is not new.
        #expect(!loaded.state.wasOpened(slug: "drie"))
        #expect(loaded.state.newReactionCount(slug: "drie", reactions: reactions) == 29)
        // Never seen at all: every reaction is new.
        #expect(loaded.state.newReactionCount(slug: "vier", reactions: reactions) == 30)
    }

    @Test("an unreadable state file is moved aside, never wiped, and parley goes on empty", arguments: [
        "{\"version\": 1, \"articles\": {\"x\": ",
        "[1, 2, 3]",
        "{\"version\": 1, \"articles\": {\"x\": {\"changed\": \"yesterday\"}}}",
        "\u{0}\u{1}binary",
    ])
    func corruptFileSetAside(contents: String) throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        let folder = state.path + "/parley/state"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/" + Self.library.fileName + ".json"
        try contents.write(toFile: file, atomically: false, encoding: .utf8)

        var (session, notice) = ReadingStateSession.load(environment: Self.environment(state), library: Self.library, now: Self.now)
        guard case .setAside(let from, let movedTo, _)? = notice else {
            Issue.record("expected the file to be set aside, got \(String(describing: notice))")
            return
        }
        #expect(from == file)
        #expect(movedTo == folder + "/" + Self.library.fileName + ".unreadable-20261129T130500Z.json")
        #expect(try String(contentsOfFile: movedTo, encoding: .utf8) == contents)
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(session.state.articles.isEmpty)

        session.opened("een", now: Self.now)
        #expect(try session.save(now: Self.now) == nil)
        #expect(Self.session(state).state.wasOpened(slug: "een"))
    }

    @Test("a newer parley's state file is left alone and never written over")
    func newerVersion() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        let folder = state.path + "/parley/state"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/" + Self.library.fileName + ".json"
        let newer = "{\"version\": 9, \"articles\": {}}"
        try newer.write(toFile: file, atomically: false, encoding: .utf8)
        var (session, notice) = ReadingStateSession.load(environment: Self.environment(state), library: Self.library, now: Self.now)
        #expect(notice == .newerVersion(file: file, version: 9))
        session.opened("een", now: Self.now)
        _ = try session.save(now: Self.now)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == newer)
    }

    @Test("two parleys at once: each article as its last writer left it, nothing else lost")
    func twoWriters() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var first = Self.session(state)
        var second = Self.session(state)
        first.left("een", at: SavedPosition(block: 1, offset: 0, fingerprint: 1), seen: [], of: [], now: Self.now)
        first.left("gedeeld", at: SavedPosition(block: 10, offset: 0, fingerprint: 10), seen: [], of: [], now: Self.now)
        second.left("twee", at: SavedPosition(block: 2, offset: 0, fingerprint: 2), seen: [], of: [], now: Self.now)
        second.left("gedeeld", at: SavedPosition(block: 20, offset: 0, fingerprint: 20), seen: [], of: [], now: Self.now)
        _ = try first.save(now: Self.now)
        _ = try second.save(now: Self.now)
        let loaded = Self.session(state)
        #expect(loaded.article("een")?.position?.block == 1)
        #expect(loaded.article("twee")?.position?.block == 2)
        #expect(loaded.article("gedeeld")?.position?.block == 20)
        // The first writer learns what the second wrote when it saves again.
        first.left("een", at: SavedPosition(block: 3, offset: 0, fingerprint: 3), seen: [], of: [], now: Self.now)
        _ = try first.save(now: Self.now)
        #expect(first.state.articles["twee"]?.position?.block == 2)
        #expect(Self.session(state).article("gedeeld")?.position?.block == 20)
    }

    @Test("many processes saving at once never leave a half-written file")
    func concurrentWriters() async throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        let environment = Self.environment(state)
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    var (session, _) = ReadingStateSession.load(environment: environment, library: Self.library)
                    for round in 0..<20 {
                        session.left("artikel-\(writer)", at: SavedPosition(block: round, offset: 0, fingerprint: 0), seen: [], of: [])
                        _ = try? session.save()
                    }
                }
            }
        }
        let (loaded, notice) = ReadingStateSession.load(environment: environment, library: Self.library)
        #expect(notice == nil)
        #expect(loaded.state.articles.count == 8)
        #expect(loaded.state.articles.values.allSatisfy { $0.position?.block == 19 })
    }

    @Test("an article gone from the library is dropped after 30 days, not before")
    func pruning() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        let longAgo = Self.now.addingTimeInterval(-31 * 24 * 3600)
        let lately = Self.now.addingTimeInterval(-29 * 24 * 3600)
        var old = Self.session(state)
        old.opened("weg-en-oud", now: longAgo)
        old.opened("weg-en-recent", now: lately)
        old.opened("er-nog-en-oud", now: longAgo)
        _ = try old.save(now: longAgo)
        var session = Self.session(state)
        session.opened("nieuw", now: Self.now)
        _ = try session.save(existing: ["er-nog-en-oud", "nieuw"], now: Self.now)
        #expect(Set(Self.session(state).state.articles.keys) == ["weg-en-recent", "er-nog-en-oud", "nieuw"])
    }

    @Test("1,000 articles with 10,000 reactions each keep the state file under 1 MB")
    func sizeBound() throws {
        let reactions = SeenReactionsTests.reactions(0..<10_000)
        // The worst a reader can leave: every other reaction seen, so every
        // exception is used. What an article costs does not depend on which
        // article it is, so one is computed and stored 1,000 times.
        let scattered = SeenReactions(seen: Set(reactions.enumerated().filter { $0.offset % 2 == 1 }.map(\.element.id)), of: reactions)
        let allSeen = SeenReactions(seen: Set(reactions.map(\.id)), of: reactions)
        #expect(scattered.unseen.count == SeenReactions.maximumExceptions)
        #expect(scattered.alsoSeen.count == SeenReactions.maximumExceptions)
        let time = ReactionTime(date: Self.now)
        for seen in [scattered, allSeen] {
            var state = LibraryReadingState(library: "/srv/" + String(repeating: "x", count: 200), lastName: "Anna")
            for n in 0..<1_000 {
                let slug = "een-lang-interview-over-regie-en-spel-nummer-\(n)"
                state.articles[slug] = ArticleReadingState(opened: time, position: SavedPosition(block: 123_456, offset: 9_999, fingerprint: .max), seen: seen, changed: time)
            }
            let bytes = state.encoded()
            #expect(bytes.count < 1_000_000, "\(bytes.count) bytes")
            #expect(try LibraryReadingState.decode(bytes: bytes, file: "x") == state)
        }
    }

    @Test("PARLEY_STATE=off keeps no state and writes nothing")
    func off() throws {
        let state = try TestSupport.makeTemporaryFolder("parley-state")
        defer { TestSupport.removeTemporaryFolder(state) }
        var environment = Self.environment(state)
        environment["PARLEY_STATE"] = "off"
        var (session, notice) = ReadingStateSession.load(environment: environment, library: Self.library)
        #expect(notice == nil)
        session.opened("een")
        session.posted("x", to: "een", reactions: [], name: "Anna")
        #expect(try session.save() == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path).isEmpty)
    }

    @Test("a library is keyed by its real path: a symlink or a relative path to it is the same library")
    func libraryKey() throws {
        let base = try TestSupport.makeTemporaryFolder("parley-libraries")
        defer { TestSupport.removeTemporaryFolder(base) }
        let real = base.appendingPathComponent("articles").path
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: base.path + "/link", withDestinationPath: real)
        let key = LibraryKey(folder: real, currentDirectory: "/")
        #expect(LibraryKey(folder: base.path + "/link", currentDirectory: "/") == key)
        #expect(LibraryKey(folder: "articles", currentDirectory: base.path) == LibraryKey(folder: "./articles/", currentDirectory: base.path))
        #expect(LibraryKey(folder: "articles", currentDirectory: base.path).path == key.path)
        #expect(LibraryKey(folder: base.path + "/other/articles", currentDirectory: "/").fileName != key.fileName)
        #expect(key.fileName.hasPrefix("articles-"))
    }

    @Test("a library's file name: its folder's name in ASCII letters, digits, - and _ (anything else _), at most 32, then the path's hash")
    func libraryFileName() {
        func name(_ folder: String) -> String {
            let key = LibraryKey(folder: folder, currentDirectory: "/")
            let suffix = "-" + StableHash.hex(StableHash.fnv1a64(key.path))
            #expect(key.fileName.hasSuffix(suffix))
            return String(key.fileName.dropLast(suffix.count))
        }
        #expect(name("/nonexistent/Mijn bibliotheek (2024)") == "Mijn_bibliotheek__2024_")
        #expect(name("/nonexistent/caf\u{E9}") == "caf_")
        // Decomposed: the accent is a scalar of its own, and goes as one.
        #expect(name("/nonexistent/cafe\u{301}") == "cafe_")
        #expect(name("/nonexistent/gespr\u{E4}k-\u{1F600}_1") == "gespr_k-__1")
        #expect(name("/nonexistent/abcdefghijklmnopqrstuvwxyz0123456789ABCD") == "abcdefghijklmnopqrstuvwxyz012345")
    }
}
