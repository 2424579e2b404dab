import Foundation
@testable import ParleyKit
import ParleyUI
import ParleyTestSupport
import Testing

@Suite("The reactions store")
struct ReactionStoreTests {
    static let now = Date(timeIntervalSince1970: 1_795_957_500)  // 2026-11-29T13:05:00Z
    static let slug = "thissen-richt-je-op-regie"

    private func withFolder(_ body: (URL, ReactionStore) throws -> Void) throws {
        let folder = try TestSupport.makeTemporaryFolder("parley-store")
        defer { TestSupport.removeTemporaryFolder(folder) }
        try body(folder, ReactionStore(folder: folder.path, slug: Self.slug))
    }

    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test("the first reaction creates the file: pretty, a lower-case UUID, posted now in UTC, mode from the umask")
    func firstReactionCreatesFile() throws {
        try withFolder { folder, store throws in
            #expect(try store.load() == ReactionsDocument(article: Self.slug))
            let reaction = try store.add(ReactionInput(author: " Test ", text: " Eens.\n"), now: Self.now)
            #expect(reaction.id.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil)
            #expect(reaction.posted?.text == "2026-11-29T13:05:00Z")
            let text = try String(contentsOfFile: store.file, encoding: .utf8)
            #expect(text == """
                {
                  "version": 1,
                  "article": "thissen-richt-je-op-regie",
                  "reactions": [
                    {
                      "id": "\(reaction.id)",
                      "author": "Test",
                      "posted": "2026-11-29T13:05:00Z",
                      "text": "Eens.",
                      "replyTo": null
                    }
                  ]
                }

                """)
            #expect(try mode(store.file) == Int(0o666 & ~TestSupport.umask))
            // The lock beside it, and no temporary file left behind.
            #expect(try names(in: folder) == [".thissen-richt-je-op-regie.reactions.lock", "thissen-richt-je-op-regie.reactions.json"])
            #expect(store.lockFile == folder.path + "/.thissen-richt-je-op-regie.reactions.lock")
        }
    }

    @Test("unknown fields of reactions and an unknown top-level key survive an add, with their order and digits")
    func unknownFieldsSurvive() throws {
        try withFolder { _, store throws in
            let original = """
                {
                  "version": 1,
                  "article": "thissen-richt-je-op-regie",
                  "reactions": [
                    {
                      "id": "3f1c9a52-7d4e-4b8a-9c61-0e5d2b7a8f14",
                      "author": null,
                      "posted": null,
                      "text": "Zeker.",
                      "replyTo": null,
                      "likes": 3.10,
                      "moderation": {
                        "state": "approved",
                        "by": [
                          "editor"
                        ]
                      }
                    }
                  ],
                  "pinned": [
                    "3f1c9a52-7d4e-4b8a-9c61-0e5d2b7a8f14"
                  ],
                  "x-source": "gemeente.nu"
                }

                """
            try original.write(toFile: store.file, atomically: false, encoding: .utf8)
            let reaction = try store.add(ReactionInput(author: "Test", text: "Eens.", replyTo: "3f1c9a52-7d4e-4b8a-9c61-0e5d2b7a8f14"), now: Self.now)
            let expected = original.replacingOccurrences(of: """
                      }
                    }
                  ],
                """, with: """
                      }
                    },
                    {
                      "id": "\(reaction.id)",
                      "author": "Test",
                      "posted": "2026-11-29T13:05:00Z",
                      "text": "Eens.",
                      "replyTo": "3f1c9a52-7d4e-4b8a-9c61-0e5d2b7a8f14"
                    }
                  ],
                """)
            #expect(expected != original)
            #expect(try String(contentsOfFile: store.file, encoding: .utf8) == expected)
        }
    }

    @Test("a file that does not parse is refused and left byte for byte as it was; the error names file, line and column")
    func corruptFileUnchanged() throws {
        try withFolder { folder, store throws in
            let corrupt = Array("{\n  \"version\": 1,\n  \"article\": \"x\",\n  \"reactions\": [ oops ]\n}\n\u{0}\u{FF}".utf8)
            try Data(corrupt).write(to: URL(fileURLWithPath: store.file))
            let expected = ReactionStoreError.unreadable(ReactionsError(file: store.file, line: 4, column: 18, problem: .syntax(.unexpected(.character("o"), expected: .value))))
            #expect(throws: expected) { try store.add(ReactionInput(author: "Test", text: "Eens."), now: Self.now) }
            #expect(Catalogue(.english).message(expected) == "\(store.file):4:18: unexpected 'o', expected a value (parley never changes a reactions file it cannot read; fix or move it to add reactions)")
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: store.file))) == corrupt)
            #expect(try names(in: folder) == [".thissen-richt-je-op-regie.reactions.lock", "thissen-richt-je-op-regie.reactions.json"])
        }
    }

    @Test("a file from a newer format version is read but never rewritten")
    func newerVersionRefused() throws {
        try withFolder { _, store throws in
            let newer = """
                {
                  "version": 2,
                  "article": "thissen-richt-je-op-regie",
                  "reactions": [
                    {
                      "id": "a",
                      "author": null,
                      "posted": null,
                      "text": "Zeker.",
                      "replyTo": null,
                      "reactions": 5
                    }
                  ]
                }

                """
            try newer.write(toFile: store.file, atomically: false, encoding: .utf8)
            #expect(try store.reactionsInPostedOrder().map(\.text) == ["Zeker."])
            let expected = ReactionStoreError.newerFormat(file: store.file, version: 2)
            #expect(throws: expected) { try store.add(ReactionInput(author: nil, text: "Eens."), now: Self.now) }
            #expect(Catalogue(.english).message(expected) == "\(store.file): written by a newer parley (format version 2; this parley writes version 1): it can be read but not changed by this parley")
            #expect(try String(contentsOfFile: store.file, encoding: .utf8) == newer)
        }
    }

    @Test("a reply must name a reaction that is in the file (ids match whatever their case)")
    func replyMustExist() throws {
        try withFolder { _, store throws in
            let first = try store.add(ReactionInput(author: "A", text: "Eerste."), now: Self.now)
            #expect(throws: ReactionStoreError.invalid(.unknownReply("nope"))) {
                try store.add(ReactionInput(author: "B", text: "Antwoord.", replyTo: "nope"), now: Self.now)
            }
            #expect(Catalogue(.english).message(ReactionStoreError.invalid(.unknownReply("nope"))) == "there is no reaction with id nope to reply to")
            let reply = try store.add(ReactionInput(author: "B", text: "Antwoord.", replyTo: first.id.uppercased()), now: Self.now)
            #expect(reply.replyTo == first.id)
            #expect(try store.load().reactions.map(\.replyTo) == [nil, first.id])
        }
    }

    @Test("an invalid reaction is refused before the file is touched")
    func invalidInputLeavesNoTrace() throws {
        try withFolder { folder, store throws in
            #expect(throws: ReactionStoreError.invalid(.emptyText)) { try store.add(ReactionInput(author: nil, text: " \n "), now: Self.now) }
            #expect(try names(in: folder) == [])
        }
    }

    @Test("posted order: unknown dates first in file order, then by time")
    func postedOrder() throws {
        try withFolder { _, store throws in
            try """
                {"version": 1, "article": "s", "reactions": [
                  {"id": "late", "author": null, "posted": "2026-11-29T15:00:00Z", "text": "3", "replyTo": null},
                  {"id": "undated-1", "author": null, "posted": null, "text": "1", "replyTo": null},
                  {"id": "early", "author": null, "posted": "2026-11-29T09:00:00+02:00", "text": "2", "replyTo": null},
                  {"id": "undated-2", "author": null, "text": "1b", "replyTo": null}
                ]}
                """.write(toFile: store.file, atomically: false, encoding: .utf8)
            let added = try store.add(ReactionInput(author: nil, text: "4"), now: Date(timeIntervalSince1970: 1_795_970_000))
            #expect(try store.reactionsInPostedOrder().map(\.id) == ["undated-1", "undated-2", "early", "late", added.id])
        }
    }

    @Test("an existing file keeps its mode")
    func keepsMode() throws {
        try withFolder { _, store throws in
            try store.add(ReactionInput(author: nil, text: "Eerste."), now: Self.now)
            #expect(chmod(store.file, 0o640) == 0)
            try store.add(ReactionInput(author: nil, text: "Tweede."), now: Self.now)
            #expect(try mode(store.file) == 0o640)
            #expect(chmod(store.file, 0o664) == 0)
            try store.add(ReactionInput(author: nil, text: "Derde."), now: Self.now)
            #expect(try mode(store.file) == 0o664)
        }
    }

    @Test("an existing file keeps its owner and group (root can give both)", .enabled(if: TestSupport.isRoot))
    func keepsOwnerAndGroup() throws {
        try withFolder { _, store throws in
            try store.add(ReactionInput(author: nil, text: "Eerste."), now: Self.now)
            #expect(chown(store.file, 65534, 4242) == 0)
            #expect(chmod(store.file, 0o660) == 0)
            try store.add(ReactionInput(author: nil, text: "Tweede."), now: Self.now)
            var info = stat()
            #expect(stat(store.file, &info) == 0)
            #expect(info.st_uid == 65534)
            #expect(info.st_gid == 4242)
            #expect(info.st_mode & 0o7777 == 0o660)
        }
    }

    @Test("temporary files of killed writers are removed by the next add; other files are not")
    func removesLeftovers() throws {
        try withFolder { folder, store throws in
            let leftover = folder.appendingPathComponent(".thissen-richt-je-op-regie.reactions.json.4242-abc.tmp")
            let unrelated = folder.appendingPathComponent(".ander-artikel.reactions.json.4242-abc.tmp")
            try Data("{\"vers".utf8).write(to: leftover)
            try Data("{}".utf8).write(to: unrelated)
            try store.add(ReactionInput(author: nil, text: "Eens."), now: Self.now)
            #expect(try names(in: folder) == [".ander-artikel.reactions.json.4242-abc.tmp", ".thissen-richt-je-op-regie.reactions.lock", "thissen-richt-je-op-regie.reactions.json"])
        }
    }

    @Test("a writer that holds the lock too long makes add give up, file untouched")
    func busyLock() throws {
        try withFolder { _, store throws in
            try store.add(ReactionInput(author: nil, text: "Eerste."), now: Self.now)
            let before = try Data(contentsOf: URL(fileURLWithPath: store.file))
            // flock locks belong to an open file: this one excludes the store's own open, even in this process.
            let holder = try FileLock(exclusive: store.lockFile, timeout: .seconds(1))
            var impatient = store
            impatient.lockTimeout = .milliseconds(30)
            #expect(throws: ReactionStoreError.busy(file: store.file, lockFile: store.lockFile, seconds: 0)) {
                try impatient.add(ReactionInput(author: nil, text: "Tweede."), now: Self.now)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: store.file)) == before)
            _ = consume holder
            try impatient.add(ReactionInput(author: nil, text: "Tweede."), now: Self.now)
            #expect(try store.load().reactions.map(\.text) == ["Eerste.", "Tweede."])
        }
    }

    @Test("a folder this user may not write is refused with the reason", .enabled(if: !TestSupport.isRoot))
    func readOnlyFolder() throws {
        try withFolder { folder, store throws in
            try store.add(ReactionInput(author: nil, text: "Eerste."), now: Self.now)
            #expect(chmod(folder.path, 0o555) == 0)
            defer { chmod(folder.path, 0o755) }
            #expect(throws: ReactionStoreError.notWritable(file: store.file, FileSystemError(path: folder.path, operation: .createFileIn, code: EACCES))) {
                try store.add(ReactionInput(author: nil, text: "Tweede."), now: Self.now)
            }
        }
    }

    @Test("failed writes are sorted into what the user must hear", arguments: [
        (EACCES, "/lib", FileOperation.createFileIn, "cannot write in /lib: Permission denied; s.reactions.json is unchanged"),
        (EPERM, "/lib/s.reactions.json", .replace, "cannot write in /lib: Operation not permitted; s.reactions.json is unchanged"),
        (EROFS, "/lib/.s.reactions.lock", .createLockFile, "cannot write in /lib: Read-only file system; s.reactions.json is unchanged"),
        (ENOSPC, "/lib/.s.reactions.json.1-a.tmp", .write, "cannot write /lib/s.reactions.json: No space left on device; the file is unchanged"),
        (EDQUOT, "/lib/.s.reactions.json.1-a.tmp", .write, "cannot write /lib/s.reactions.json: Disk quota exceeded; the file is unchanged"),
        (EIO, "/lib/.s.reactions.json.1-a.tmp", .write, "/lib/.s.reactions.json.1-a.tmp: cannot write: Input/output error; s.reactions.json is unchanged"),
        (EPERM, "/lib/s.reactions.json", .keepGroup, "/lib/s.reactions.json: cannot keep its group: Operation not permitted; s.reactions.json is unchanged"),
    ])
    func failureMessages(code: Int32, path: String, operation: FileOperation, message: String) {
        let error = ReactionStoreError.writing("/lib/s.reactions.json", FileSystemError(path: path, operation: operation, code: code))
        #expect(Catalogue(.english).message(error) == message)
    }
}
