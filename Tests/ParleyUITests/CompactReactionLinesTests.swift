import Testing
import ParleyKit
@testable import ParleyUI

/// The reader keeps where each reaction's lines are, not the lines: they
/// must be the very lines a layout that keeps them all has.
@Suite("Reaction lines laid out again when looked at")
struct CompactReactionLinesTests {
    /// `count` reactions: replies (deep chains too), a reply cycle, unknown
    /// dates, several paragraphs, long words, accents, wide characters and a control character.
    static func reactionsFile(count: Int) -> String {
        var items: [String] = []
        let words = ["gemeente", "regie", "café", "中文字", "👨‍👩‍👧", "overeenkomst", "x", "verantwoordelijkheidsgevoelens"]
        for number in 0 ..< count {
            var text = ""
            for word in 0 ..< (number * 7) % 40 + 1 { text += (word == 0 ? "" : " ") + words[(number + word) % words.count] }
            if number % 5 == 0 { text += "\\n\\n\\nTweede alinea \\u0007 met een bel." }
            if number % 11 == 0 { text += "\\n   \\nDerde." }
            let posted = number % 9 == 0 ? "null" : "\"2026-\(String(format: "%02d", 1 + number % 12))-01T10:\(String(format: "%02d", number % 60)):00Z\""
            let replyTo: String
            switch number % 6 {
            case 1: replyTo = "\"r\(number - 1)\""  // chains, deeper than four
            case 2: replyTo = "\"r\(number / 2)\""
            case 3: replyTo = "\"nobody\""
            default: replyTo = "null"
            }
            let author = number % 4 == 0 ? "null" : "\"Auteur \(number)\""
            items.append("{\"id\": \"r\(number)\", \"author\": \(author), \"posted\": \(posted), \"text\": \"\(text)\", \"replyTo\": \(replyTo)}")
        }
        // A reply cycle: no root, shown anyway.
        items.append(#"{"id": "c1", "text": "een", "replyTo": "c2"}"#)
        items.append(#"{"id": "c2", "text": "twee", "replyTo": "c1"}"#)
        return "{\"version\": 1, \"article\": \"t\", \"reactions\": [\n" + items.joined(separator: ",\n") + "\n]}\n"
    }

    @Test("the reader's layout shows every reaction line the whole layout shows", arguments: [12, 40, 76])
    func sameLines(width: Int) throws {
        let json = Array(Self.reactionsFile(count: 300).utf8)
        let decoded = ReactionsState.loaded(try ReactionsDocument.decode(bytes: json, file: "t"))
        let indexed = ReactionsOutline.indexed(try ReactionsIndex(bytes: json, file: "t"))
        let text = IncrementalLayoutTests.long(questions: 3)
        let options = LayoutOptions(addReactionLine: "Reageren: a")
        let whole = ArticleLayout(article: try ArticleLayoutTests.article(text), reactions: decoded, width: width, options: options)
        var source = try IncrementalLayoutTests.source(text)
        var layout = ArticleLayout(beginningOf: source, width: width, options: options)
        // Looked at while it grows, as a reader paging down looks at it.
        while !layout.isComplete {
            layout.extend(throughLine: layout.lines.count, of: &source, reactions: indexed)
            if let last = layout.lines.last { #expect(last == whole.lines[layout.lines.count - 1]) }
        }
        #expect(layout.lines.count == whole.lines.count)
        #expect(Array(layout.lines) == Array(whole.lines))
        // Backwards and by jumps: the lines laid out again do not depend on the order they are asked for.
        for line in stride(from: layout.lines.count - 1, through: 0, by: -7) {
            #expect(layout.lines[line] == whole.lines[line])
        }
        #expect(layout.reactionLines == whole.reactionLines)
        #expect(layout.reactionIDs == whole.reactionIDs)
        #expect(layout.line(of: .addReaction) == whole.line(of: .addReaction))
        for id in ["r0", "r150", "r299", "c2"] {
            #expect(layout.line(of: .reaction(id)) == whole.line(of: .reaction(id)))
        }
        for line in [0, whole.lines.count / 2, whole.lines.count - 1] {
            #expect(layout.savedPosition(atLine: line) == whole.savedPosition(atLine: line))
            #expect(layout.line(for: whole.lines[line].origin) == whole.line(for: whole.lines[line].origin))
        }
        #expect(TextSearch.matches(of: "gemeente", in: layout) == TextSearch.matches(of: "gemeente", in: whole))
    }
}
