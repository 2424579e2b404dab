import Testing
@testable import ParleyKit

@Suite("Reactions indexed: outlines at once, each reaction decoded when asked for")
struct ReactionsIndexTests {
    static func file(_ reactions: [String], version: String = "1", extra: String = "") -> String {
        "{\"version\": \(version), \"article\": \"t\", \"reactions\": [\n" + reactions.joined(separator: ",\n") + "\n]\(extra)}\n"
    }

    static let valid = file([
        #"{"id": "a", "author": "Ann", "posted": "2026-11-29T13:05:00Z", "text": "Eerste.\n\nTweede alinea.", "replyTo": null}"#,
        #"{"id": "b", "author": null, "posted": null, "text": "Zonder datum \u00e9 \ud83d\ude00", "replyTo": "a", "mood": {"x": [1, 2]}}"#,
        #"{"id": "c", "text": "kort", "posted": "2026-11-29T13:05:00.250Z"}"#,
        #"{"id": "d", "author": "Bo", "posted": "2025-01-01T00:00:00Z", "text": "lone \ud800 surrogate", "replyTo": "zzz"}"#,
    ], extra: ", \"conflicts\": [{\"id\": \"a\"}], \"later\": true")

    @Test("every reaction is the one decode gives; outlines keep id, time and replyTo only")
    func sameAsDecode() throws {
        let bytes = Array(Self.valid.utf8)
        let document = try ReactionsDocument.decode(bytes: bytes, file: "t.reactions.json")
        let index = try ReactionsIndex(bytes: bytes, file: "t.reactions.json")
        #expect(index.count == document.reactions.count)
        for (number, reaction) in document.reactions.enumerated() {
            #expect(index.reaction(at: number) == reaction)
            let outline = index.outlines[number]
            #expect(outline.id == reaction.id && outline.posted == reaction.posted && outline.replyTo == reaction.replyTo)
            #expect(outline.text.isEmpty && outline.author == nil)
        }
        #expect(index.indicesInPostedOrder.map { index.outlines[$0].id } == document.reactionsInPostedOrder.map(\.id))
    }

    @Test("a file that does not decode does not index, with the same error", arguments: [
        "not json",
        "[1, 2]",
        file([#"{"id": "a", "text": 5}"#]),
        file([#"{"id": "a", "text": "x"}"#, #"{"id": "a", "text": "y"}"#]),
        file([#"{"id": "", "text": "x"}"#]),
        file([#"{"id": "a", "text": "x", "posted": "gisteren"}"#]),
        file([#"{"id": "a", "text": "x", "author": 3}"#]),
        file(["7", #"{"id": "a"}"#]),
        file([#"{"id": "a"}"#], version: "0"),
        file([#"{"id": "a"}"#], extra: ", \"conflicts\": 3"),
        file([#"{"id": "a", "text": "x"}"#], extra: ", \"conflicts\": 3"),
        file([#"{"id": "a"}"#, #"{"id": "b", "text": "x" "#]),
        file([#"{"id": "a", "text": "x", "id": "b"}"#]),
        "{\"version\": 1, \"article\": \"t\", \"reactions\": 4}",
        "{\"version\": 1, \"article\": \"t\", \"reactions\": [], \"reactions\": [{\"id\": 1}]}",
        "{\"version\": 1, \"reactions\": [{\"id\": \"a\", \"text\": \"x\"}]}",
    ])
    func sameErrors(text: String) {
        let bytes = Array(text.utf8)
        var expected: ReactionsError?
        do { _ = try ReactionsDocument.decode(bytes: bytes, file: "t.reactions.json") } catch { expected = error }
        var found: ReactionsError?
        do { _ = try ReactionsIndex(bytes: bytes, file: "t.reactions.json") } catch { found = error }
        #expect(expected != nil)
        #expect(found == expected)
    }

    @Test("bytes that are not UTF-8 read as decode reads them")
    func damagedBytes() throws {
        var bytes = Array(Self.file([#"{"id": "a", "text": "goed"}"#, #"{"id": "b", "text": "kapot XX"}"#]).utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "X"))!
        bytes[at] = 0xFF
        bytes[at + 1] = 0xC3
        let document = try ReactionsDocument.decode(bytes: bytes, file: "t")
        let index = try ReactionsIndex(bytes: bytes, file: "t")
        #expect((0 ..< 2).map(index.reaction(at:)) == document.reactions)
    }
}
