import Testing
import ParleyTestSupport
@testable import ParleyKit
import ParleyUI

@Suite("Reactions files (reading)")
struct ReactionsDocumentTests {
    private func decode(_ text: String) throws(ReactionsError) -> ReactionsDocument {
        try ReactionsDocument.decode(bytes: Array(text.utf8), file: "x.reactions.json")
    }

    @Test("a file is read and written back byte for byte, unknown fields included")
    func roundTrip() throws {
        let text = """
        {
          "version": 1,
          "article": "x",
          "reactions": [
            {
              "id": "8d3f6a2e-5a1b-4c1e-9a6b-2f7f0e1c4d55",
              "author": "Anna",
              "posted": "2026-11-29T13:05:00Z",
              "text": "Eens.\\nTweede regel.",
              "replyTo": null,
              "likes": 3,
              "mood": {
                "kind": "happy"
              }
            }
          ],
          "moderation": "open"
        }

        """
        let document = try decode(text)
        #expect(document.reactions[0].author == "Anna")
        #expect(document.reactions[0].posted?.text == "2026-11-29T13:05:00Z")
        #expect(document.reactions[0].otherFields.keys == ["likes", "mood"])
        #expect(document.otherFields.keys == ["moderation"])
        #expect(document.encoded() == text)
    }

    @Test("the shipped reactions file is written exactly as parley writes it")
    func shippedFileIsCanonical() throws {
        let path = TestSupport.articlesFolder.appendingPathComponent("thissen-richt-je-op-regie.reactions.json").path
        let bytes = try FileSystem.readFile(path)
        let document = try ReactionsDocument.decode(bytes: bytes, file: path)
        #expect(document.encoded() == String(decoding: bytes, as: UTF8.self))
    }

    @Test("schema errors name the file, the line of the reaction and what is wrong", arguments: [
        ("[]", 1, "expected an object"),
        ("{\"version\": \"1\", \"article\": \"x\", \"reactions\": []}", 1, "\"version\" must be a whole number"),
        ("{\"version\": 1, \"reactions\": []}", 1, "\"article\" must be"),
        ("{\"version\": 1, \"article\": \"x\", \"reactions\": {}}", 1, "\"reactions\" must be an array"),
        ("{\"version\": 1, \"article\": \"x\", \"reactions\": [\n{\"text\": \"a\"}]}", 2, "reaction 1 has no \"id\""),
        ("{\"version\": 1, \"article\": \"x\", \"reactions\": [\n{\"id\": \"a\"}]}", 2, "reaction 1 has no \"text\""),
        ("{\"version\": 1, \"article\": \"x\", \"reactions\": [\n{\"id\": \"a\", \"text\": \"t\", \"author\": 5}]}", 2, "\"author\" must be a string or null"),
        ("{\"version\": 1, \"article\": \"x\", \"reactions\": [\n{\"id\": \"a\", \"text\": \"t\", \"posted\": \"gisteren\"}]}", 2, "\"posted\" must be an ISO 8601 time"),
        ("{\"version\": 1, \"article\": \"x\", \"reactions\": [\n{\"id\": \"a\", \"text\": \"t\"},\n{\"id\": \"a\", \"text\": \"u\"}]}", 3, "the same id as reaction 1"),
    ] as [(String, Int, String)])
    func schemaErrors(_ text: String, _ line: Int, _ message: String) {
        do {
            _ = try decode(text)
            Issue.record("decoded: \(text)")
        } catch {
            #expect(error.file == "x.reactions.json")
            #expect(error.line == line)
            #expect(Catalogue(.english).message(error.problem).contains(message), "\(error)")
        }
    }

    @Test("a syntax error gives line and column")
    func syntax() {
        let expected = ReactionsError(file: "x.reactions.json", line: 2, column: 14, problem: .syntax(.unexpected(.character("}"), expected: .value)))
        #expect(Catalogue(.english).message(expected) == "x.reactions.json:2:14: unexpected '}', expected a value")
        #expect(throws: expected) {
            try decode("{\n  \"version\": }")
        }
    }

    @Test("a newer version is read, and marked so it is not rewritten")
    func newer() throws {
        let document = try decode("{\"version\": 2, \"article\": \"x\", \"reactions\": [], \"threads\": []}")
        #expect(document.isNewerFormat)
        #expect(document.otherFields.keys == ["threads"])
    }

    @Test("posted order: unknown dates first in file order, then by time")
    func postedOrder() throws {
        let document = try decode("""
        {"version": 1, "article": "x", "reactions": [
          {"id": "c", "text": "c", "posted": "2026-01-02T00:00:00Z"},
          {"id": "a", "text": "a"},
          {"id": "d", "text": "d", "posted": "2026-01-01T23:00:00-02:00"},
          {"id": "b", "text": "b", "posted": null},
          {"id": "e", "text": "e", "posted": "2025-12-31T10:00:00.250Z"}
        ]}
        """)
        #expect(document.reactionsInPostedOrder.map(\.id) == ["a", "b", "e", "c", "d"])
    }
}
