import Foundation
import ParleyKit
import ParleyTestSupport
import Testing

/// `parley sync`, `parley clone` and the merge driver against the real git:
/// a bare repository in a temporary folder is the server, clones beside it.
/// user.name and user.email are set in each test repository, never globally;
/// HOME is the sandbox, so no user's git config takes part.
@Suite("Sync over git")
struct SyncTests {
    static let slug = "thissen-richt-je-op-regie"
    static let reactionsName = slug + ".reactions.json"

    /// A server seeded with the bundled library, and clones beside it.
    final class Servers {
        let root: URL
        var server: URL { root.appendingPathComponent("server.git") }
        var environment: [String: String] {
            ["HOME": root.path, "XDG_STATE_HOME": root.path + "/state", "XDG_CONFIG_HOME": root.path + "/config", "XDG_DATA_HOME": root.path + "/data"]
        }

        init(seed: Bool = true) throws {
            root = try TestSupport.makeTemporaryFolder("parley-sync")
            try git(["init", "-q", "--bare", "-b", "main", server.path], in: root)
            guard seed else { return }
            let seedClone = root.appendingPathComponent("seed")
            try git(["clone", "-q", server.path, seedClone.path], in: root)
            try identify(seedClone, as: "Seed")
            for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.articlesFolder.path) {
                try FileManager.default.copyItem(at: TestSupport.articlesFolder.appendingPathComponent(name), to: seedClone.appendingPathComponent(name))
            }
            try git(["add", "-A"], in: seedClone)
            try git(["commit", "-q", "-m", "the library"], in: seedClone)
            try git(["push", "-q", "origin", "HEAD:main"], in: seedClone)
        }

        deinit { TestSupport.removeTemporaryFolder(root) }

        /// `parley clone` of the server into `name`, with its own identity.
        @discardableResult
        func clone(_ name: String) throws -> URL {
            let folder = root.appendingPathComponent(name)
            let result = try parley(["clone", server.path, folder.path])
            #expect(result.status == 0, "\(result.stderr)")
            try identify(folder, as: name)
            return folder
        }

        func identify(_ folder: URL, as name: String) throws {
            try git(["config", "user.name", name], in: folder)
            try git(["config", "user.email", "\(name)@example.org"], in: folder)
        }

        @discardableResult
        func git(_ arguments: [String], in folder: URL, allowFailure: Bool = false) throws -> TestSupport.RunResult {
            let result = try TestSupport.run("/usr/bin/git", arguments, environment: environment.merging(["LC_ALL": "C"]) { $1 }, currentDirectory: folder)
            if !allowFailure && result.status != 0 {
                Issue.record("git \(arguments.joined(separator: " ")) failed: \(result.stderr)")
            }
            return result
        }

        /// The built parley, started in the sandbox (where there is no ./articles).
        func parley(_ arguments: [String]) throws -> TestSupport.RunResult {
            let locale = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "PARLEY_LIBRARY": ""]
            return try TestSupport.run(TestSupport.parleyBinary.path, arguments, environment: locale.merging(environment) { $1 }, currentDirectory: root)
        }

        func sync(_ clone: URL, expecting status: Int32 = 0) throws -> TestSupport.RunResult {
            let result = try parley(["sync", "--library", clone.path])
            #expect(result.status == status, "sync of \(clone.lastPathComponent): \(result.stdout) \(result.stderr)")
            return result
        }

        /// Adds a reaction with `parley react`; its id.
        func react(_ clone: URL, _ text: String, replyTo: String? = nil) throws -> String {
            var arguments = ["react", slug, "--library", clone.path, "--name", clone.lastPathComponent, "--text", text]
            if let replyTo { arguments += ["--reply-to", replyTo] }
            let result = try parley(arguments)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        func reactionsBytes(_ clone: URL) throws -> Data {
            try Data(contentsOf: clone.appendingPathComponent(reactionsName))
        }

        func document(_ clone: URL) throws -> ReactionsDocument {
            try ReactionsDocument.decode(bytes: Array(reactionsBytes(clone)), file: reactionsName)
        }
    }

    private var slug: String { Self.slug }

    // MARK: - Three clones

    @Test("three clones that reacted apart, synced in two orders: every reaction once, identical files", arguments: [["a", "b", "c", "a", "b"], ["c", "a", "b", "c", "a"]])
    func threeClones(order: [String]) throws {
        let servers = try Servers()
        var clones: [String: URL] = [:]
        for name in ["a", "b", "c"] { clones[name] = try servers.clone(name) }
        let a = try #require(clones["a"]), b = try #require(clones["b"]), c = try #require(clones["c"])
        var ids: [String] = [ReactCommandTests.originalID]
        // Each reacts offline, some replying to reactions only that clone has.
        let a1 = try servers.react(a, "a one")
        ids += [a1, try servers.react(a, "a replies to a", replyTo: a1)]
        let b1 = try servers.react(b, "b one")
        ids += [b1, try servers.react(b, "b replies to b", replyTo: b1), try servers.react(b, "b replies to the bundled one", replyTo: ReactCommandTests.originalID)]
        ids += [try servers.react(c, "c one")]

        for name in order { _ = try servers.sync(try #require(clones[name])) }

        let reference = try servers.reactionsBytes(a)
        for clone in [a, b, c] {
            let document = try servers.document(clone)
            #expect(document.reactions.map(\.id).sorted() == ids.sorted(), "\(clone.lastPathComponent)")
            #expect(try servers.reactionsBytes(clone) == reference, "\(clone.lastPathComponent) differs from a")
            #expect(document.conflicts.isEmpty)
            // nothing left uncommitted, and the library passes check
            #expect(try servers.git(["status", "--porcelain"], in: clone).stdout == "")
            #expect(try servers.parley(["check", "--library", clone.path]).status == 0)
        }
        // replies keep their parents
        let document = try servers.document(c)
        #expect(document.reactions.first { $0.text == "a replies to a" }?.replyTo == a1)
    }

    @Test("sync says per article what went and came, and --json gives one object")
    func report() throws {
        let servers = try Servers()
        let a = try servers.clone("a"), b = try servers.clone("b")
        _ = try servers.react(a, "one")
        _ = try servers.react(a, "two")
        let sent = try servers.sync(a)
        #expect(sent.stdout == "\(slug): 2 sent\nsynced with origin/main: 2 reactions sent\n")
        _ = try servers.react(b, "three")
        let json = try servers.parley(["sync", "--json", "--library", b.path])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "synced")
        #expect(object["sent"] as? Int == 1)
        #expect(object["received"] as? Int == 2)
        let again = try servers.parley(["sync", "--library", b.path, "--lang", "nl"])
        #expect(again.stdout == "gelijk met origin/main\n")
        #expect(again.status == 0)
    }

    // MARK: - Offline

    @Test("offline: exit status 75, one line, the commit is kept, a later sync sends it")
    func offline() throws {
        let servers = try Servers()
        let a = try servers.clone("a"), b = try servers.clone("b")
        let id = try servers.react(a, "written on a train")
        try servers.git(["remote", "set-url", "origin", servers.root.appendingPathComponent("nowhere.git").path], in: a)
        let away = try servers.sync(a, expecting: 75)
        #expect(away.stdout.hasSuffix("offline: 1 reaction kept here, sync again when the server is reachable\n"))
        #expect(away.stderr == "")
        #expect(try servers.git(["status", "--porcelain"], in: a).stdout == "")
        #expect(try servers.git(["show", "HEAD:" + Self.reactionsName], in: a).stdout.contains(id))

        try servers.git(["remote", "set-url", "origin", servers.server.path], in: a)
        let back = try servers.sync(a)
        #expect(back.stdout.contains("1 reaction sent"))
        _ = try servers.sync(b)
        #expect(try servers.document(b).reactions.contains { $0.id == id })
    }

    // MARK: - Recovery and refusals

    @Test("a plain git pull that left conflict markers: sync puts the file together from git's index")
    func plainPullRecovered() throws {
        let servers = try Servers()
        // Clones made with plain git: no driver.
        let a = servers.root.appendingPathComponent("a"), b = servers.root.appendingPathComponent("b")
        for clone in [a, b] {
            try servers.git(["clone", "-q", servers.server.path, clone.path], in: servers.root)
            try servers.identify(clone, as: clone.lastPathComponent)
        }
        let fromA = try servers.react(a, "from a")
        try servers.git(["commit", "-q", "-am", "a"], in: a)
        try servers.git(["push", "-q"], in: a)
        let fromB = try servers.react(b, "from b")
        try servers.git(["commit", "-q", "-am", "b"], in: b)
        let pull = try servers.git(["pull", "-q", "--no-rebase"], in: b, allowFailure: true)
        #expect(pull.status != 0)
        #expect(try String(contentsOf: b.appendingPathComponent(Self.reactionsName), encoding: .utf8).contains("<<<<<<<"))

        let sync = try servers.sync(b)
        #expect(sync.stdout.contains("\(Self.reactionsName): conflict markers from a plain git pull replaced"))
        let ids = try servers.document(b).reactions.map(\.id)
        #expect(ids.contains(fromA) && ids.contains(fromB) && ids.contains(ReactCommandTests.originalID))
        #expect(try servers.git(["status", "--porcelain"], in: b).stdout == "")
        _ = try servers.sync(a)
        #expect(try servers.reactionsBytes(a) == servers.reactionsBytes(b))
    }

    @Test("a version on the server that does not parse: the merge is undone, the message names the file, nothing changes here")
    func unparseableSide() throws {
        let servers = try Servers()
        let a = try servers.clone("a"), b = try servers.clone("b")
        // Someone commits a broken file with plain git.
        try Data("{\"version\": 1, \"article\": ,}\n".utf8).write(to: a.appendingPathComponent(Self.reactionsName))
        try servers.git(["commit", "-q", "-am", "broken"], in: a)
        try servers.git(["push", "-q"], in: a)

        let id = try servers.react(b, "kept")
        let before = try servers.reactionsBytes(b)
        let sync = try servers.sync(b, expecting: 1)
        #expect(sync.stderr.hasPrefix("parley: \(Self.reactionsName) cannot be merged: the incoming (theirs) version does not parse"))
        #expect(sync.stderr.split(separator: "\n").count == 1)
        #expect(try servers.reactionsBytes(b) == before)
        #expect(try servers.document(b).reactions.contains { $0.id == id })
        #expect(!FileManager.default.fileExists(atPath: b.appendingPathComponent(".git/MERGE_HEAD").path))
    }

    @Test("a changed reactions file here that does not parse is not committed")
    func unparseableHere() throws {
        let servers = try Servers()
        let a = try servers.clone("a")
        try Data("<<<<<<< HEAD\n".utf8).write(to: a.appendingPathComponent(Self.reactionsName))
        let sync = try servers.sync(a, expecting: 1)
        #expect(sync.stderr.contains("\(Self.reactionsName):1:1:"))
        #expect(sync.stderr.contains("not sent"))
        #expect(try servers.git(["log", "--oneline", "-1"], in: a).stdout.contains("the library"))
    }

    @Test("not a git work tree, no upstream: one line that says what to run")
    func notReady() throws {
        let servers = try Servers(seed: false)
        let plain = try TestSupport.copyOfLibrary(in: servers.root)
        let notTree = try servers.parley(["sync", "--library", plain.path])
        #expect(notTree.status == 1)
        #expect(notTree.stderr == "parley: \(plain.path) is not in a git work tree: run `git init` and `git remote add origin URL` there, or get a library with `parley clone URL`\n")

        try servers.git(["init", "-q", "-b", "main"], in: plain)
        let noUpstream = try servers.parley(["sync", "--library", plain.path])
        #expect(noUpstream.status == 1)
        #expect(noUpstream.stderr == "parley: the branch main has no upstream: set one with `git push -u origin main` (or `git branch --set-upstream-to=origin/main`)\n")
    }

    @Test("a second sync while one runs: 'already running', exit status 75")
    func alreadyRunning() throws {
        let servers = try Servers()
        let a = try servers.clone("a")
        let lock = try FileLock(exclusive: a.appendingPathComponent(".git/parley-sync.lock").path, timeout: .seconds(1))
        let second = try servers.sync(a, expecting: 75)
        #expect(second.stderr.contains("a sync is already running"))
        _ = consume lock
        _ = try servers.sync(a)
    }

    // MARK: - Nothing lost while syncing

    @Test("parley react in a loop during repeated syncs: every printed id ends in the file")
    func reactDuringSync() throws {
        let servers = try Servers()
        let a = try servers.clone("a"), b = try servers.clone("b")
        let script = """
            for i in $(seq 1 30); do "$0" react \(slug) --library "$1" --name loop --text "loop $i" || exit 1; done
            """
        let loop = try ChildProcess("/bin/sh", ["-c", script, TestSupport.parleyBinary.path, a.path], environment: servers.environment)
        var rounds = 0
        while !loop.hasEnded || rounds < 2 {
            _ = try servers.react(b, "b \(rounds)")
            _ = try servers.sync(b)
            let sync = try servers.parley(["sync", "--library", a.path])
            #expect(sync.status == 0, "\(sync.stderr)")
            rounds += 1
        }
        let ended = loop.wait()
        #expect(ended.succeeded)
        let printed = ended.stdout.split(separator: "\n").map(String.init)
        #expect(printed.count == 30)
        _ = try servers.sync(a)
        _ = try servers.sync(b)
        let inA = Set(try servers.document(a).reactions.map(\.id))
        for id in printed { #expect(inA.contains(id), "lost \(id)") }
        #expect(try servers.reactionsBytes(a) == servers.reactionsBytes(b))
    }

    @Test("two clones syncing at the same moment: both succeed (one fetches and pushes again), and end identical")
    func simultaneous() throws {
        let servers = try Servers()
        let a = try servers.clone("a"), b = try servers.clone("b")
        for round in 0..<3 {
            _ = try servers.react(a, "a \(round)")
            _ = try servers.react(b, "b \(round)")
            let first = try ChildProcess(TestSupport.parleyBinary.path, ["sync", "--library", a.path], environment: servers.environment)
            let second = try ChildProcess(TestSupport.parleyBinary.path, ["sync", "--library", b.path], environment: servers.environment)
            #expect(first.wait().status == 0)
            #expect(second.wait().status == 0)
        }
        _ = try servers.sync(a)
        _ = try servers.sync(b)
        #expect(try servers.reactionsBytes(a) == servers.reactionsBytes(b))
        #expect(try servers.document(a).reactions.count == 7)
    }

    @Test("a reaction edited differently in two clones: one version kept, the other under conflicts, and check says so")
    func editConflict() throws {
        let servers = try Servers()
        let a = try servers.clone("a"), b = try servers.clone("b")
        for (clone, text) in [(a, "Zeker, zegt a."), (b, "Zeker, zegt b.")] {
            var document = try servers.document(clone)
            document.reactions[0].text = text
            try Data(document.encoded().utf8).write(to: clone.appendingPathComponent(Self.reactionsName))
        }
        _ = try servers.sync(a)
        _ = try servers.sync(b)
        _ = try servers.sync(a)
        #expect(try servers.reactionsBytes(a) == servers.reactionsBytes(b))
        let document = try servers.document(a)
        #expect(document.reactions.map(\.text) == ["Zeker, zegt a."])
        #expect(document.conflicts.count == 1)
        let check = try servers.parley(["check", "--library", a.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("reaction \(ReactCommandTests.originalID) has another version under \"conflicts\""))
    }

    @Test("merge-reactions run by hand: the merge written over OURS; a broken side leaves OURS as it was, exit 1")
    func driverByHand() throws {
        let servers = try Servers(seed: false)
        func write(_ name: String, _ ids: [String]) throws -> String {
            let document = ReactionsDocument(article: "x", reactions: ids.map { Reaction(id: $0, author: nil, posted: nil, text: $0, replyTo: nil) })
            let path = servers.root.appendingPathComponent(name).path
            try Data(document.encoded().utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let base = try write("O", ["a"]), ours = try write("A", ["a", "b"]), theirs = try write("B", ["a", "c"])
        let merged = try servers.parley(["merge-reactions", base, ours, theirs, "x.reactions.json"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let document = try ReactionsDocument.decode(bytes: Array(Data(contentsOf: URL(fileURLWithPath: ours))), file: "A")
        #expect(document.reactions.map(\.id) == ["a", "b", "c"])

        try Data("{,".utf8).write(to: URL(fileURLWithPath: theirs))
        let before = try Data(contentsOf: URL(fileURLWithPath: ours))
        let failed = try servers.parley(["merge-reactions", base, ours, theirs, "x.reactions.json"])
        #expect(failed.status == 1)
        #expect(failed.stderr.hasPrefix("parley merge-reactions: x.reactions.json: the incoming (theirs) version does not parse: x.reactions.json (theirs):1:2:"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: ours)) == before)
    }

    // MARK: - Clone

    @Test("clone sets up the driver and says how parley finds the folder; the default folder is opened by plain parley")
    func clone() throws {
        let servers = try Servers()
        let result = try servers.parley(["clone", servers.server.path])
        #expect(result.status == 0, "\(result.stderr)")
        let folder = servers.root.path + "/data/parley/articles"
        #expect(result.stdout == "cloned into \(folder), the default library folder: `parley` opens it, `parley sync` syncs it\n")
        let driver = try servers.git(["config", "merge.parley-reactions.driver"], in: URL(fileURLWithPath: folder)).stdout
        #expect(driver == "'\(TestSupport.parleyBinary.resolvingSymlinksInPath().path)' merge-reactions %O %A %B %P\n")
        #expect(try String(contentsOfFile: folder + "/.gitattributes", encoding: .utf8) == "*.reactions.json merge=parley-reactions\n")
        #expect(try servers.parley(["list"]).stdout.contains(slug))

        let again = try servers.parley(["clone", servers.server.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists and is not empty"))
    }

    // MARK: - A server shared by a group

    @Test("core.sharedRepository=group and a setgid folder: files git writes keep the group and a group-writable mode")
    func sharedGroup() throws {
        guard TestSupport.isRoot else { return }  // chgrp to another group needs root
        let servers = try Servers()
        let shared = try servers.clone("shared"), other = try servers.clone("other")
        try servers.git(["config", "core.sharedRepository", "group"], in: shared)
        _ = try TestSupport.run("/bin/chgrp", ["-R", "users", shared.path])
        _ = try TestSupport.run("/bin/chmod", ["-R", "g+w", shared.path])
        _ = try TestSupport.run("/usr/bin/find", [shared.path, "-type", "d", "-exec", "chmod", "g+s", "{}", "+"])
        // A new article arrives from elsewhere.
        try Data("---\ntitle: Nieuw\n---\n\n**Vraag?**\n\nAntwoord.\n".utf8).write(to: other.appendingPathComponent("nieuw.md"))
        _ = try servers.sync(other)
        let sync = try TestSupport.run("/bin/sh", ["-c", "umask 022 && exec \"$0\" sync --library \"$1\"", TestSupport.parleyBinary.path, shared.path], environment: servers.environment)
        #expect(sync.status == 0, "\(sync.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: shared.appendingPathComponent("nieuw.md").path)
        #expect(attributes[.groupOwnerAccountName] as? String == "users")
        let mode = (attributes[.posixPermissions] as? Int) ?? 0
        #expect(mode & 0o020 != 0, "mode \(String(mode, radix: 8))")
    }

    @Test("S in the library screen syncs without leaving it: the status line says it runs, then what came in, and the list counts it")
    func syncKeyInTheLibraryScreen() throws {
        let servers = try Servers()
        let anna = try servers.clone("anna")
        let bert = try servers.clone("bert")
        _ = try servers.react(bert, "Vanuit de trein geschreven.")
        _ = try servers.sync(bert)

        func count(_ screen: [String]) -> Int? {
            guard let row = screen.first(where: { $0.contains("Thissen") }),
                  let match = row.firstMatch(of: /(\d+) (reactions|reaction)/) else { return nil }
            return Int(match.1)
        }
        let environment = servers.environment.merging(["PARLEY_LIBRARY": "", "PARLEY_STATE": "off"]) { $1 }
        let session = try TmuxSession(width: 100, height: 24, command: "\(TestSupport.parleyBinary.path) --library \(anna.path)", environment: environment)
        defer { session.kill() }
        let before = try session.waitFor("the library screen") { count($0) != nil }
        let reactions = try #require(count(before))
        try session.send("S")
        let after = try session.waitFor("the sync's report") { $0.joined(separator: "\n").contains("1 reaction received") }
        #expect(count(after) == reactions + 1, "\(after.joined(separator: "\n"))")
        // What came in is on disk in anna's clone, byte for byte bert's.
        #expect(try servers.reactionsBytes(anna) == servers.reactionsBytes(bert))
    }
}
