import Foundation
import ParleyTestSupport
import Testing
@testable import ParleyKit
import ParleyUI

@Suite("Articles parsed a question at a time")
struct IncrementalArticleTests {
    private static let frontMatter = "---\ntitle: T\n---\n"

    /// The whole parse's result, or its error's description.
    private func whole(_ text: String) -> Result<ArticleParser.Result, ArticleError> {
        Result { () throws(ArticleError) in try ArticleParser(file: "a.md").parse(bytes: Array(text.utf8), slug: "a") }
    }

    /// The incremental parse, completed, in the same shape.
    private func incremental(_ text: String) -> Result<ArticleParser.Result, ArticleError> {
        Result { () throws(ArticleError) in
            var article = try IncrementalArticle(bytes: Array(text.utf8), slug: "a", file: "a.md")
            return ArticleParser.Result(article: article.article(), warnings: article.warnings)
        }
    }

    private func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        switch (whole(text), incremental(text)) {
        case (.success(let a), .success(let b)):
            #expect(a.article == b.article, "\(text.debugDescription)", sourceLocation: sourceLocation)
            #expect(a.warnings == b.warnings, sourceLocation: sourceLocation)
        case (.failure(let a), .failure(let b)):
            #expect(a == b, sourceLocation: sourceLocation)
        case (let a, let b):
            Issue.record("\(text.debugDescription): whole \(a), incremental \(b)", sourceLocation: sourceLocation)
        }
    }

    @Test("the shipped interview: the same article, and only the lead parsed at first")
    func interview() throws {
        let file = TestSupport.articlesFolder.appendingPathComponent("thissen-richt-je-op-regie.md")
        let bytes = Array(try Data(contentsOf: file))
        let expected = try ArticleParser(file: "x").parse(bytes: bytes, slug: "thissen").article
        var article = try IncrementalArticle(bytes: bytes, slug: "thissen", file: "x")
        #expect(article.parsedExchanges.isEmpty)
        #expect(article.lead == expected.lead)
        #expect(article.questions == expected.exchanges.map(\.question))
        #expect(article.exchangeCount == 5)
        article.parseExchanges(through: 2)
        #expect(article.parsedExchanges == Array(expected.exchanges.prefix(2)))
        #expect(!article.isComplete)
        #expect(article.article() == expected)
        #expect(article.isComplete)
    }

    @Test("every article of four lines from these kinds parses the same either way")
    func exhaustive() {
        let kinds = ["## Q?", "# S", "Text.", "", "> quote", "- item", "  ## indented", "  more", "1. one", "---", "## ", "### h3", "\t## tab", "# "]
        for a in kinds {
            for b in kinds {
                for c in kinds {
                    for d in kinds {
                        expectSame(Self.frontMatter + [a, b, c, d].joined(separator: "\n") + "\n")
                    }
                }
            }
        }
    }

    @Test("line endings, a byte order mark, invalid UTF-8, closing hashes, sections after questions", arguments: [
        "\u{FEFF}---\r\ntitle: T\r\n---\r\nLead.\r\n## One? ##\r\nA.\r\n> q\r\n## Two\r\n- x\r\n- y\r\n# Over\r\nS.\r\n## In section\r\nz\r\n",
        frontMatter + "Lead.\n\n# Lead heading\n\n## One?\n\nAnswer.\n\n# Section\n\nText.\n\n# Second\n",
        frontMatter + "## Only a question",
        frontMatter + "No questions at all.\n\n# Not a section: in the lead\n",
        frontMatter + "Lead.\n- item\n  ## heading in the item\n## Question?\nanswer\n",
    ])
    func edgeCases(text: String) {
        expectSame(text)
    }

    @Test("invalid UTF-8 in an answer: the same warning and replacement characters")
    func invalidUTF8() throws {
        // "é" makes it UTF-8 with damage, not Windows-1252 (#12).
        var bytes = Array((Self.frontMatter + "## Q?\n\nBad é: ").utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\n## R?\n".utf8)
        let expected = try ArticleParser(file: "a.md").parse(bytes: bytes, slug: "a")
        var article = try IncrementalArticle(bytes: bytes, slug: "a", file: "a.md")
        #expect(article.warnings == expected.warnings)
        #expect(article.warnings.map(\.line) == [6])
        #expect(article.article() == expected.article)
    }

    @Test("an empty question late in the file is reported at once, as the whole parse reports it")
    func lateError() {
        let text = Self.frontMatter + String(repeating: "## Q?\n\nAnswer.\n\n", count: 50) + "##\n"
        guard case .failure(let error) = incremental(text) else {
            Issue.record("no error")
            return
        }
        #expect(Catalogue(.english).message(error) == "a.md:204: a question heading ('##') has no text")
        expectSame(text)
    }

    @Test("byte offsets: the lead ends where the first question starts; the last answer ends the file")
    func byteOffsets() throws {
        let text = Self.frontMatter + "Lead.\n\n## One?\n\nA.\n\n## Two?\n\nB.\n"
        let article = try IncrementalArticle(bytes: Array(text.utf8), slug: "a", file: "a.md")
        let firstQuestion = text.utf8.count - "## One?\n\nA.\n\n## Two?\n\nB.\n".utf8.count
        #expect(article.byteOffset(afterQuestion: 0) == firstQuestion)
        #expect(article.byteOffset(afterQuestion: 1) == text.utf8.count - "## Two?\n\nB.\n".utf8.count)
        #expect(article.byteOffset(afterQuestion: 2) == text.utf8.count)
        #expect(article.byteCount == text.utf8.count)
    }

    @Test("headings the byte scan must tell apart: markup that only a parse shows empty, '#' inside a line, indentation", arguments: [
        frontMatter + "Lead # not a heading.\n## *\nA.\n",
        frontMatter + "Lead.\n## [](https://x)\nA.\n",
        frontMatter + "Lead.\n## Q?\nA #hashtag.\n#nospace\n####### seven\n# **\n",
        frontMatter + "Lead.\n## Q?\nA.\n# ` `\n",
        frontMatter + "Lead.\n## `x`\nA.\n## \\#\nB.\n",
        frontMatter + "Lead.\n## Q?\n   ## three spaces\n",
        frontMatter + "Lead.\n## Q?\n    ## four spaces: text\n## R?\n",
        frontMatter + "# Lead heading\n## Q?\r\nA.\r\n# S\r\n## In section\r\n# \r\n",
        "---\ntitle: T\n---",
        "---\ntitle: T\n---\n## Q?",
        "---\ntitle: T\n",
    ])
    func headingScan(text: String) {
        expectSame(text)
    }

    // FuzzArticle found the first: carriage returns and tabs are no special
    // bytes, but a heading of them parses to nothing.
    @Test("headings of control characters and spaces are as empty as a parse makes them", arguments: [
        frontMatter + "Lead.\n## Q?\nA.\n\n#   \r\r\r\r\r\n\u{7F}\r\r\n",
        frontMatter + "Lead.\n## Q?\nA.\n#   \r\r\n",
        frontMatter + "Lead.\n## \r\r\nA.\n",
        frontMatter + "Lead.\n## \t\t\nA.\n",
        frontMatter + "Lead.\n## \t \r\nA.\n",
        frontMatter + "Lead.\n## \u{7F}\nA.\n",
        frontMatter + "Lead.\n## a\rb\nA.\n",
        frontMatter + "Lead.\n## \u{1B}\nA.\n",
        frontMatter + "Lead.\n## Q?\nA.\n# \u{00A0}\n## R?\n",
    ])
    func controlCharacterHeadings(text: String) {
        expectSame(text)
    }

    /// An article longer than what is checked for UTF-8 at once, whose
    /// bytes from `damage` on follow the questions that fill the start.
    private func longArticle(head: String = frontMatter, filler: String = "Lead.\n\n", damage: [UInt8]) -> [UInt8] {
        var bytes = Array(head.utf8)
        let question = Array("## Question?\n\nAn answer of plain words, long enough to fill the file.\n\n".utf8)
        bytes += Array(filler.utf8)
        while bytes.count < IncrementalArticle.eagerlyChecked + 4096 { bytes += question }
        bytes += Array("## Damaged?\n\nHere: ".utf8) + damage + Array("\n\n## After?\n\nThe end.\n".utf8)
        return bytes
    }

    private func expectSameWhenRead(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try ArticleParser(file: "a.md").parse(bytes: bytes, slug: "a")
        var article = try IncrementalArticle(bytes: bytes, slug: "a", file: "a.md")
        // Only the start is checked when it is opened.
        #expect(!article.isChecked, sourceLocation: sourceLocation)
        #expect(article.warnings.isEmpty, sourceLocation: sourceLocation)
        #expect(article.exchangeCount == expected.article.exchanges.count, sourceLocation: sourceLocation)
        article.parseExchanges(through: 2)
        #expect(article.parsedExchanges == Array(expected.article.exchanges.prefix(2)), sourceLocation: sourceLocation)
        #expect(article.article() == expected.article, sourceLocation: sourceLocation)
        #expect(article.warnings == expected.warnings, sourceLocation: sourceLocation)
        #expect(article.isChecked, sourceLocation: sourceLocation)
    }

    @Test("bytes that are not UTF-8 far down: found when their question is read, shown and warned of as the whole parse does")
    func lateInvalidUTF8() throws {
        // "é" earlier makes it UTF-8 with damage: U+FFFD.
        try expectSameWhenRead(longArticle(filler: "Café.\n\n", damage: [0xFF, 0xFE]))
        // Nothing but ASCII before: Windows-1252, every character kept.
        try expectSameWhenRead(longArticle(damage: Array("caf".utf8) + [0xE9]))
        // A byte order mark, then damage.
        try expectSameWhenRead(longArticle(head: "\u{FEFF}" + Self.frontMatter, filler: "Café.\n", damage: [0xC3]))
    }

    @Test("a search checks every byte first: the source of a damaged question is text")
    func checkAllBeforeSearch() throws {
        let bytes = longArticle(damage: Array("caf".utf8) + [0xE9])
        var article = try IncrementalArticle(bytes: bytes, slug: "a", file: "a.md")
        let damaged = article.exchangeCount - 1
        #expect(article.source(ofQuestion: damaged).map { String(decoding: $0, as: UTF8.self).contains("café") } == false)
        article.checkAll()
        #expect(article.isChecked)
        #expect(article.warnings.map(\.problem) == [.windows1252])
        #expect(article.source(ofQuestion: damaged).map { String(decoding: $0, as: UTF8.self).contains("Here: café\n") } == true)
        #expect(article.byteCount == bytes.count + 1)
    }

    @Test("an empty question far down in a long article is still reported when it is opened")
    func lateErrorInLongArticle() {
        var text = Self.frontMatter + "Lead.\n\n"
        while text.utf8.count < IncrementalArticle.eagerlyChecked * 2 { text += "## Q?\n\nAnswer.\n\n" }
        text += "## [](https://x)\n"
        guard case .failure(let error) = incremental(text) else {
            Issue.record("no error")
            return
        }
        #expect(error.line == text.filter { $0 == "\n" }.count)
        expectSame(text)
    }

    @Test("a heading is plain text without a parse exactly when it has none of the parser's special bytes")
    func plainBytes() {
        for byte in UInt8.min ... UInt8.max {
            #expect(InlineParser.isPlain([UInt8(ascii: "a"), byte][...]) == !InlineParser.specialBytes.contains(byte), "\(byte)")
        }
        #expect(!InlineParser.isPlain([][...]))
    }

    // MARK: - A long article's beginning (`IncrementalArticle.beginning`)

    /// `beginning` of the first `count` bytes of `bytes`, checked against
    /// the whole parse when there is one: the same lead and front matter,
    /// the whole's first questions (answers and line numbers too), the
    /// whole's size, and an end where the last question heading of the
    /// head starts.
    @discardableResult
    private func expectBeginning(of bytes: [UInt8], count: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> IncrementalArticle? {
        let head = bytes.prefix(count)
        guard var beginning = IncrementalArticle.beginning(of: head, fileSize: bytes.count, slug: "a", file: "a.md") else { return nil }
        var whole = try IncrementalArticle(bytes: bytes, slug: "a", file: "a.md")
        let expected = whole.article()
        let questions = beginning.exchangeCount
        #expect(questions >= 1 && questions < expected.exchanges.count, sourceLocation: sourceLocation)
        #expect(beginning.metadata == expected.metadata, sourceLocation: sourceLocation)
        #expect(beginning.lead == expected.lead, sourceLocation: sourceLocation)
        #expect(beginning.questions == expected.exchanges.prefix(questions).map(\.question), sourceLocation: sourceLocation)
        beginning.parseExchanges(through: questions)
        #expect(beginning.parsedExchanges == Array(expected.exchanges.prefix(questions)), sourceLocation: sourceLocation)
        #expect(beginning.byteCount == whole.byteCount, sourceLocation: sourceLocation)
        for number in 0 ... questions {
            #expect(beginning.byteOffset(afterQuestion: number) == whole.byteOffset(afterQuestion: number), sourceLocation: sourceLocation)
        }
        // The next question starts in the head; its answer may not end there.
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        #expect(whole.byteOffset(afterQuestion: questions) + bom < count, sourceLocation: sourceLocation)
        #expect(whole.byteOffset(afterQuestion: questions + 1) + bom >= head.lastIndex(of: 0x0A) ?? 0, sourceLocation: sourceLocation)
        return beginning
    }

    @Test("the beginning of the shipped interview, cut anywhere: the whole's first questions, or none")
    func beginningOfTheInterviewCutAnywhere() throws {
        let file = TestSupport.articlesFolder.appendingPathComponent("thissen-richt-je-op-regie.md")
        let bytes = Array(try Data(contentsOf: file))
        var found = 0
        for count in stride(from: 1, to: bytes.count, by: 31) where try expectBeginning(of: bytes, count: count) != nil {
            found += 1
        }
        // From the third question's heading on, a beginning stands in.
        #expect(found > bytes.count / 31 / 3)
    }

    @Test("the beginning of a long article, with line ends of CR LF, a byte order mark, text that is not ASCII", arguments: [
        ("---\ntitle: T\n---\nLead.\n", "\n"), ("\u{FEFF}---\r\ntitle: T\r\n---\r\nLéad.\r\n", "\r\n"),
    ])
    func beginningOfALongArticle(head: String, lineEnd: String) throws {
        var text = head
        var number = 0
        while text.utf8.count < 300_000 {
            number += 1
            text += "## Vraag \(number)?\(lineEnd)\(lineEnd)Een antwoord, café, over \(number).\(lineEnd)> Een citaat.\(lineEnd)"
        }
        let bytes = Array(text.utf8)
        let beginning = try #require(try expectBeginning(of: bytes, count: 64 * 1024))
        #expect(beginning.exchangeCount > 100)
        for count in [200, 1000, 4096, 65_537, 100_003] { try expectBeginning(of: bytes, count: count) }
    }

    @Test("no beginning stands in when the head could read differently from the whole", arguments: [
        // A front matter not closed in the head: the whole may close it later.
        "---\ntitle: T\n## One?\nA.\n## Two?\nB.\n## Three?\n",
        // A section heading: the sections may go on.
        frontMatter + "## One?\nA.\n## Two?\nB.\n# Section\nS.\n## Three?\n",
        // One question heading: its answer may go on.
        frontMatter + "Lead.\n## One?\nA.\n",
        // Bytes that are not UTF-8: the whole file decides what they become.
        frontMatter + "## One?\nA \u{FFFF}.\n## Two?\nB.\n## Three?\n",
        // An indented heading: parsed whole.
        frontMatter + "- item\n  ## In the item\n## One?\nA.\n## Two?\nB.\n## Three?\n",
        // An error: the whole parse reports it.
        frontMatter + "## One?\nA.\n## \nB.\n## Three?\n",
        // No line end: not even one whole line.
        "---",
    ])
    func noBeginning(text: String) {
        var bytes = Array(text.utf8)
        if let index = bytes.firstIndex(of: 0xEF), text.contains("\u{FFFF}") {
            bytes.replaceSubrange(index ..< index + 3, with: [0xFF])
        }
        #expect(IncrementalArticle.beginning(of: bytes[...], fileSize: bytes.count + 100, slug: "a", file: "a.md") == nil)
    }

    @Test("bytes that are not UTF-8 past the beginning: its questions are the whole's, its size no more than the whole's text (FuzzArticle found it)")
    func beginningBeforeBytesNotUTF8() throws {
        // As found (the input is in Fuzz/Corpus): ASCII, then 0x80 further
        // on: the whole becomes Windows-1252 text, longer than the file.
        let found = Array("---\ntitle: e\n---\nLead.\n\n## First?\n\nOne.\n\n## Second?\n\nTwo: ".utf8) + [0x01, 0x00, 0x00, 0x80] + Array(" kept.\n".utf8)
        for bytes in [found, longArticle(damage: [0xFF])] {
            let head = bytes.prefix(bytes.firstIndex(of: 0x80) ?? bytes.firstIndex(of: 0xFF) ?? 0)
            var beginning = try #require(IncrementalArticle.beginning(of: head, fileSize: bytes.count, slug: "a", file: "a.md"))
            var whole = try IncrementalArticle(bytes: bytes, slug: "a", file: "a.md")
            whole.checkAll()
            #expect(!whole.warnings.isEmpty)
            #expect(beginning.byteCount == bytes.count)
            #expect(beginning.byteCount < whole.byteCount)
            beginning.parseExchanges(through: beginning.exchangeCount)
            #expect(beginning.parsedExchanges == Array(whole.article().exchanges.prefix(beginning.exchangeCount)))
        }
    }

    @Test("a head that is the whole file is no beginning: it is read whole")
    func headIsTheWholeFile() {
        let bytes = Array((Self.frontMatter + "## One?\nA.\n## Two?\nB.\n## Three?\nC.\n").utf8)
        #expect(IncrementalArticle.beginning(of: bytes[...], fileSize: bytes.count + 1, slug: "a", file: "a.md") != nil)
        #expect(IncrementalArticle.beginning(of: bytes[...], fileSize: bytes.count, slug: "a", file: "a.md") == nil)
    }

}
