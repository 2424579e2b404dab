#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An article parsed a question at a time: the front matter, the lead and
/// where every question's heading is at once; an answer when it is first
/// asked for; the trailing sections at the end. Complete, it is the very
/// `Article` that `ArticleParser.parse` returns, so a reader can show the
/// first screen of a 10 MB interview without parsing the other 9.9 MB first.
///
/// Why this is exact: a level-1 or level-2 heading at the start of a line
/// (no indentation) ends every paragraph, quote and list around it
/// (docs/article-format.md), so the answer between two such headings parses
/// the same alone as inside the whole file. An article with an indented
/// level-1 or level-2 heading (which a list item could hold) is parsed whole
/// at once instead.
///
/// What opening costs follows the screen, not the file (docs/performance.md,
/// "Round five"): the headings are found by looking for `#` bytes (`memchr`),
/// not by splitting every line; a heading's text is parsed when it is asked
/// for (`question(_:)`), except the few whose emptiness only a parse can
/// tell; lines are split a question at a time, when it is parsed.
///
/// Every error the whole parse would report is still found when this is
/// made: the front matter and an empty question or section heading.
///
/// UTF-8 is checked as far as it is read: the front matter, every question
/// heading, the lead and the first `eagerlyChecked` bytes at once, the rest
/// a question at a time before it is parsed (`checkedEnd`), and all of it
/// before a search looks through the bytes (`checkAll`). Bytes that are not
/// UTF-8 turn the whole file into text as `ArticleParser` turns it
/// (`SourceText`: U+FFFD, or Windows-1252), with the same warnings, when
/// they are met. That changes nothing already parsed: the bytes before the
/// first bad one are read the same either way (U+FFFD leaves valid UTF-8 as
/// it is, and Windows-1252 is chosen only for a file with no UTF-8 sequence
/// longer than a byte, whose checked part is then ASCII), and no ASCII byte
/// is ever replaced, so the same headings split the same answers.
public struct IncrementalArticle: Sendable {
    public let slug: String
    public let metadata: ArticleMetadata
    public let lead: [Block]
    /// The warnings of the whole parse (bytes that are not UTF-8), as far as
    /// the bytes are checked: all of them once `isChecked`.
    public private(set) var warnings: [ArticleWarning]
    /// The file's size in bytes (once bytes that are not UTF-8 are met, the
    /// size of the text they became).
    public private(set) var byteCount: Int

    /// The exchanges parsed so far: always a prefix, question 1 to `parsedExchanges.count`.
    public private(set) var parsedExchanges: [Exchange] = []
    /// The trailing sections, once parsed.
    public private(set) var sections: [Section]?

    /// Bytes of the file checked for UTF-8 at once, beyond the lead: a small
    /// article is checked whole when it is opened, as before round five.
    static let eagerlyChecked = 256 * 1024

    private var buffer: [UInt8]
    /// The file began with a UTF-8 byte order mark, left out of `buffer`.
    private let hadByteOrderMark: Bool
    /// How the file is named in the warnings of bytes met later.
    private let file: String
    /// Bytes of `buffer` known to be UTF-8: always a line start or the end.
    private var checkedEnd: Int
    /// Byte offset of the first body line.
    private let bodyStart: Int
    /// Byte offset of each question's heading line, then of the first
    /// section's heading (or the end): question n's answer is the bytes between.
    private var boundaries: [Int]
    /// The 1-based line number of the line at `boundaries[parsedExchanges.count]`.
    private var nextLineNumber: Int
    /// The question headings, when the article was parsed whole.
    private let parsedQuestions: [[Inline]]?

    public init(bytes: some Collection<UInt8>, slug: String, file: String) throws(ArticleError) {
        let parser = ArticleParser(file: file)
        if SourceText.looksLikeUTF16(bytes) {
            throw ArticleError(file: file, line: 1, problem: .utf16)
        }
        let raw = Array(bytes)
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var buffer = raw.starts(with: byteOrderMark) ? Array(raw[3...]) : raw
        var warnings: [ArticleWarning] = []
        var checkedEnd = 0
        // The front matter is read as text: checked first.
        var head = Self.frontMatterLines(buffer)
        var headEnd = Self.lineStart(after: head.last, in: buffer)
        if !UTF8Validation.isValid(buffer, in: 0 ..< headEnd) {
            (buffer, warnings) = Self.recoded(raw, file: file)
            head = Self.frontMatterLines(buffer)
            headEnd = Self.lineStart(after: head.last, in: buffer)
            checkedEnd = buffer.count
        }
        let frontMatter = try FrontMatterParser(file: file).parse(lines: head.map { Substring(String(decoding: buffer[$0.start ..< $0.end], as: UTF8.self)) })
        let bodyStart = frontMatter.bodyStart < head.count ? head[frontMatter.bodyStart].start : headEnd
        var found = try Self.findQuestions(in: buffer, from: bodyStart, file: file)
        if case .found(let starts, let sectionsStart) = found, checkedEnd == 0 {
            // The lead and a first stretch are checked at once: the rest as it is read.
            let leadEnd = starts.first ?? sectionsStart
            checkedEnd = max(leadEnd, Self.lineStart(atOrAfter: min(buffer.count, Self.eagerlyChecked), in: buffer))
            if !UTF8Validation.isValid(buffer, in: headEnd ..< max(headEnd, checkedEnd)) { found = .notUTF8 }
        }
        if case .notUTF8 = found {
            (buffer, warnings) = Self.recoded(raw, file: file)
            checkedEnd = buffer.count
            found = try Self.findQuestions(in: buffer, from: bodyStart, file: file)
        }
        guard case .found(let starts, let sectionsStart) = found else {
            // An indented heading: parse it all now, the plain way.
            let source = try parser.prepare(bytes: raw)
            let article = try parser.structure(BlockParser(bytes: source.buffer).parse(source.body), slug: slug, metadata: source.metadata)
            self.slug = slug
            metadata = source.metadata
            self.warnings = source.warnings
            byteCount = source.buffer.count
            lead = article.lead
            parsedQuestions = article.exchanges.map(\.question)
            parsedExchanges = article.exchanges
            sections = article.sections
            self.buffer = []
            self.file = file
            hadByteOrderMark = false
            self.checkedEnd = 0
            self.bodyStart = 0
            boundaries = []
            nextLineNumber = 0
            return
        }
        self.slug = slug
        self.file = file
        metadata = frontMatter.metadata
        parsedQuestions = nil
        hadByteOrderMark = raw.starts(with: byteOrderMark)
        self.bodyStart = bodyStart
        boundaries = starts + [sectionsStart]
        self.buffer = buffer
        self.warnings = warnings
        byteCount = buffer.count
        self.checkedEnd = max(checkedEnd, headEnd)
        let lines = SourceLines.split(self.buffer, in: bodyStart ..< boundaries[0], firstLineNumber: frontMatter.bodyStart + 1)
        lead = BlockParser(bytes: self.buffer).parse(lines[...]).map(\.block)
        nextLineNumber = frontMatter.bodyStart + 1 + (lines.count - (boundaries[0] == self.buffer.count ? 1 : 0))
        if sectionsStart == self.buffer.count { sections = [] }
    }

    /// An article parsed already: complete from the start.
    public init(article: Article, warnings: [ArticleWarning] = []) {
        slug = article.slug
        metadata = article.metadata
        lead = article.lead
        self.warnings = warnings
        parsedQuestions = article.exchanges.map(\.question)
        parsedExchanges = article.exchanges
        sections = article.sections
        byteCount = 0
        buffer = []
        file = ""
        hadByteOrderMark = false
        checkedEnd = 0
        bodyStart = 0
        boundaries = []
        nextLineNumber = 0
    }

    /// The first questions of a long article from the first bytes of its
    /// file (`head`), to stand in for the whole while the rest is read
    /// (`Library.openArticle`): the same lead, the same first questions,
    /// answers and lines as the whole parse, and `byteCount` the file's
    /// (the whole's, unless bytes further on are not UTF-8: the text they
    /// become is longer), so that a screen showing only those is the
    /// whole's screen (docs/performance.md, "Round six"). It ends where the
    /// last question heading in `head` starts, whose answer may go on past
    /// `head`.
    ///
    /// nil when the beginning could read differently from the whole, and
    /// the whole must be read first: an error in it (the whole parse
    /// reports it, or one further on, first), a front matter not closed in
    /// it, bytes that are not UTF-8 (the whole file decides how they are
    /// turned into text), an indented heading (parsed whole), a section
    /// heading (the sections may go on), or fewer than two question
    /// headings (one whole question at least).
    public static func beginning(of head: ArraySlice<UInt8>, fileSize: Int, slug: String, file: String) -> IncrementalArticle? {
        // Whole lines only: no line, heading or character cut in two.
        guard head.count < fileSize, let lastLineFeed = head.lastIndex(of: lineFeed) else { return nil }
        let lines = head[...lastLineFeed]
        guard let scanned = try? IncrementalArticle(bytes: lines, slug: slug, file: file),
              scanned.parsedQuestions == nil, scanned.warnings.isEmpty, scanned.exchangeCount >= 2,
              scanned.boundaries.last == scanned.buffer.count,
              frontMatterLines(scanned.buffer).count > 1 else { return nil }
        let cut = head.startIndex + (scanned.hadByteOrderMark ? 3 : 0) + scanned.boundaries[scanned.exchangeCount - 1]
        guard var article = try? IncrementalArticle(bytes: head[..<cut], slug: slug, file: file) else { return nil }
        article.byteCount = fileSize - (article.hadByteOrderMark ? 3 : 0)
        return article
    }

    public var title: String { metadata.title }
    public var exchangeCount: Int { parsedQuestions?.count ?? boundaries.count - 1 }
    public var isComplete: Bool { parsedExchanges.count == exchangeCount && sections != nil }
    /// Whether every byte has been checked for UTF-8 (`warnings` are all known).
    public var isChecked: Bool { parsedQuestions != nil || checkedEnd == buffer.count }

    /// Every question's heading, in order. Parses each one not parsed yet
    /// (the outline asks for them all; the layout asks for one at a time).
    public var questions: [[Inline]] {
        parsedQuestions ?? (0 ..< exchangeCount).map { question($0 + 1) }
    }

    /// Question `number`'s heading (1-based).
    public func question(_ number: Int) -> [Inline] {
        if let parsedQuestions { return parsedQuestions[number - 1] }
        if number <= parsedExchanges.count { return parsedExchanges[number - 1].question }
        let start = boundaries[number - 1]
        let line = SourceLine(start: start, end: Self.lineEnd(from: start, in: buffer), number: 0)
        guard let heading = BlockParser(bytes: buffer).heading(line) else { return [] }
        return InlineParser.parse(buffer[heading.text])
    }

    /// Parses the answers up to question `number` (1-based) if not parsed yet.
    public mutating func parseExchanges(through number: Int) {
        while parsedExchanges.count < min(number, exchangeCount) {
            let index = parsedExchanges.count
            ensureChecked(through: boundaries[index + 1])
            let range = boundaries[index] ..< boundaries[index + 1]
            let lines = SourceLines.split(buffer, in: range, firstLineNumber: nextLineNumber)
            let heading = lines[0]
            let answer = BlockParser(bytes: buffer).parse(lines[1...]).map(\.block)
            let question = question(index + 1)
            parsedExchanges.append(Exchange(number: index + 1, question: question, answer: answer, line: heading.number))
            nextLineNumber += lines.count - (range.upperBound == buffer.count ? 1 : 0)
        }
    }

    /// Parses whatever is left: every answer and the sections.
    public mutating func parseAll() {
        parseExchanges(through: exchangeCount)
        guard sections == nil, let start = boundaries.last else { return }
        ensureChecked(through: buffer.count)
        var tail: [Section] = []
        let lines = SourceLines.split(buffer, in: start ..< buffer.count, firstLineNumber: nextLineNumber)
        for item in BlockParser(bytes: buffer).parse(lines[...]) {
            if case .heading(1, let title) = item.block {
                tail.append(Section(title: title, blocks: [], line: item.line))
            } else if !tail.isEmpty {
                tail[tail.count - 1].blocks.append(item.block)
            }
        }
        sections = tail
    }

    /// Checks every byte for UTF-8 now: what a search does before it looks
    /// through the bytes of questions not parsed yet (`source(ofQuestion:)`).
    public mutating func checkAll() {
        guard parsedQuestions == nil else { return }
        ensureChecked(through: buffer.count)
    }

    /// Bytes checked for UTF-8 per `checkAhead`: about a millisecond.
    static let checkedAhead = 1 << 20

    /// Checks the next `checkedAhead` bytes for UTF-8: the reader's work
    /// while nothing is typed, so that the warnings and the size are known
    /// soon after the first screen and a search need not check them.
    public mutating func checkAhead() {
        guard !isChecked else { return }
        ensureChecked(through: Self.lineStart(atOrAfter: min(buffer.count, checkedEnd + Self.checkedAhead), in: buffer))
    }

    /// The whole article: parses what is left first.
    public mutating func article() -> Article {
        parseAll()
        return Article(slug: slug, metadata: metadata, lead: lead, exchanges: parsedExchanges, sections: sections ?? [])
    }

    /// Bytes of the file up to the end of question `number`'s answer (0: the
    /// lead's end): how far through the file a reader is, without a layout.
    public func byteOffset(afterQuestion number: Int) -> Int {
        guard !boundaries.isEmpty else { return number >= exchangeCount ? byteCount : 0 }
        return boundaries[min(max(0, number), boundaries.count - 1)]
    }

    /// The bytes of question `number`'s heading and answer (1-based), or
    /// nil when the article was parsed whole: what a search looks through
    /// before laying a question out (after `checkAll`, so that they are text).
    public func source(ofQuestion number: Int) -> ArraySlice<UInt8>? {
        guard !boundaries.isEmpty, number >= 1, number < boundaries.count else { return nil }
        return buffer[boundaries[number - 1] ..< boundaries[number]]
    }

    /// The bytes of the trailing sections (empty when there are none), or
    /// nil when the article was parsed whole.
    public var sectionsSource: ArraySlice<UInt8>? {
        guard let start = boundaries.last else { return nil }
        return buffer[start...]
    }

    // MARK: - UTF-8 as far as it is read

    /// Checks the bytes up to `end` (a line start or the end); bytes that
    /// are not UTF-8 turn the whole file into text as the whole parse does.
    private mutating func ensureChecked(through end: Int) {
        guard end > checkedEnd else { return }
        if UTF8Validation.isValid(buffer, in: checkedEnd ..< end) {
            checkedEnd = end
            return
        }
        let raw = hadByteOrderMark ? [0xEF, 0xBB, 0xBF] + buffer : buffer
        (buffer, warnings) = Self.recoded(raw, file: file)
        byteCount = buffer.count
        checkedEnd = buffer.count
        // No ASCII byte changed: the same headings are found, only further on.
        guard case .found(let starts, let sectionsStart)? = try? Self.findQuestions(in: buffer, from: bodyStart, file: "") else {
            // Cannot happen (the headings were found in the same ASCII bytes
            // before), but the old split is kept rather than none.
            return
        }
        boundaries = starts + [sectionsStart]
    }


    /// The bytes as `ArticleParser.prepare` turns a file that is not UTF-8
    /// into text, and its warnings.
    private static func recoded(_ raw: [UInt8], file: String) -> ([UInt8], [ArticleWarning]) {
        let source = SourceText(bytes: raw)
        var warnings = source.invalidUTF8Lines.map { ArticleWarning(file: file, line: $0, problem: .invalidUTF8) }
        if source.isWindows1252 {
            warnings.insert(ArticleWarning(file: file, line: 1, problem: .windows1252), at: 0)
        }
        return (Array(source.text.utf8), warnings)
    }

    // MARK: - Finding the questions

    private enum Found {
        /// The byte offsets of the question headings' lines, and of the
        /// first section heading's line (or the end).
        case found([Int], sectionsStart: Int)
        /// An indented level-1 or level-2 heading makes the split unsafe.
        case unsafe
        /// A heading that splits the body holds bytes that are not UTF-8:
        /// the file must be turned into text first.
        case notUTF8
    }

    private static let hash = UInt8(ascii: "#")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The headings that split the body, checked as the whole parse checks
    /// them (`BodySplit`'s rules): every `#` byte is found with `memchr`, and
    /// only one that begins its line (after spaces or tabs at most) is looked
    /// at, so prose costs a byte scan, not a line table. A heading's text is
    /// parsed only when a parse alone can tell whether it is empty.
    private static func findQuestions(in bytes: [UInt8], from bodyStart: Int, file: String) throws(ArticleError) -> Found {
        let blocks = BlockParser(bytes: bytes)
        var starts: [Int] = []
        var sectionsStart = bytes.count
        var inSections = false
        var position = bodyStart
        while let found = index(of: hash, in: bytes, from: position) {
            var start = found
            while start > bodyStart, bytes[start - 1] == SourceLine.space || bytes[start - 1] == SourceLine.tab { start -= 1 }
            guard start == bodyStart || bytes[start - 1] == lineFeed else {
                position = found + 1
                continue
            }
            let line = SourceLine(start: start, end: lineEnd(from: start, in: bytes), number: 0)
            position = lineStart(after: line, in: bytes)
            guard let heading = blocks.heading(line), heading.level <= 2 else { continue }
            if start != found { return .unsafe }
            if heading.level == 1 && starts.isEmpty && !inSections { continue }  // a heading in the lead
            if heading.level == 2 && inSections { continue }
            guard UTF8Validation.isValid(bytes, in: line.start ..< line.end) else { return .notUTF8 }
            let text = bytes[heading.text]
            let isEmpty = !Self.surelyHasText(text) && InlineParser.parse(text).plainText.trimmingSpaces.isEmpty
            if heading.level == 1 {
                if isEmpty { throw ArticleError(file: file, line: lineNumber(at: start, in: bytes), problem: .emptySectionHeading) }
                if !inSections {
                    inSections = true
                    sectionsStart = start
                }
                continue
            }
            if isEmpty { throw ArticleError(file: file, line: lineNumber(at: start, in: bytes), problem: .emptyQuestionHeading) }
            starts.append(start)
        }
        return .found(starts, sectionsStart: sectionsStart)
    }

    /// Whether a heading's text cannot be empty once parsed, so that it need
    /// not be parsed to tell: no byte the inline parser looks at, no control
    /// character (a heading of carriage returns or tabs parses to nothing:
    /// FuzzArticle found `#   \r\r\r\r`), and a byte other than a space.
    static func surelyHasText(_ text: ArraySlice<UInt8>) -> Bool {
        guard InlineParser.isPlain(text) else { return false }
        var visible = false
        for byte in text {
            if byte < 0x20 || byte == 0x7F { return false }
            if byte != SourceLine.space { visible = true }
        }
        return visible
    }

    /// The front matter's lines, as `ArticleParser.prepare` picks them: up
    /// to the first `---` line after the first, else the first line alone.
    private static func frontMatterLines(_ bytes: [UInt8]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = 0
        while true {
            let line = SourceLine(start: start, end: lineEnd(from: start, in: bytes), number: lines.count + 1)
            lines.append(line)
            if lines.count > 1 && isDelimiter(line, bytes) { return lines }
            // The last line: no line end follows it.
            guard let next = index(of: lineFeed, in: bytes, from: line.end) else { break }
            start = next + 1
        }
        return Array(lines.prefix(1))
    }

    private static func isDelimiter(_ line: SourceLine, _ bytes: [UInt8]) -> Bool {
        let range = line.trimmed(bytes)
        return line.start == range.lowerBound && bytes[range].elementsEqual("---".utf8)
    }

    /// The first `byte` at or after `position`, many bytes at a time.
    private static func index(of byte: UInt8, in bytes: [UInt8], from position: Int) -> Int? {
        guard position < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base + position, Int32(byte), buffer.count - position) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Where the line starting at `start` ends, without its line end (as `SourceLines.split` cuts it).
    private static func lineEnd(from start: Int, in bytes: [UInt8]) -> Int {
        let end = index(of: lineFeed, in: bytes, from: start) ?? bytes.count
        return end > start && bytes[end - 1] == carriageReturn ? end - 1 : end
    }

    /// The start of the line after `line` (nil: the first line), or the end.
    private static func lineStart(after line: SourceLine?, in bytes: [UInt8]) -> Int {
        guard let line else { return 0 }
        return index(of: lineFeed, in: bytes, from: line.end).map { $0 + 1 } ?? bytes.count
    }

    /// The first line start at or after `offset`, or the end.
    private static func lineStart(atOrAfter offset: Int, in bytes: [UInt8]) -> Int {
        guard offset > 0 else { return 0 }
        return index(of: lineFeed, in: bytes, from: offset - 1).map { $0 + 1 } ?? bytes.count
    }

    /// The 1-based line number of the line at `offset`: counted only for an error.
    private static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        var number = 1
        var position = 0
        while let found = index(of: lineFeed, in: bytes, from: position), found < offset {
            number += 1
            position = found + 1
        }
        return number
    }
}

/// How an article's body splits into lead, questions and trailing sections,
/// a line at a time: the rules of `ArticleParser.structure` for headings at
/// the start of a line, and its errors. Shared by `IncrementalArticle` and
/// `ArticleSummary` (the library's question count), so both count the
/// questions the whole parse finds.
struct BodySplit {
    enum Found {
        /// A question's heading (level 2, before any section).
        case question([Inline])
        /// The first section's heading (level 1, after a question): the sections start here.
        case sections
        case nothing
    }

    let file: String
    private(set) var questionCount = 0
    private(set) var inSections = false

    init(file: String) {
        self.file = file
    }

    /// What `line` (a body line, in order) opens; nil when it is an indented
    /// level-1 or level-2 heading, which a list item could hold: the split is
    /// unsafe then, and only the whole parse can tell.
    mutating func take(_ line: SourceLine, in blocks: BlockParser) throws(ArticleError) -> Found? {
        guard line.start < line.end else { return .nothing }
        let first = blocks.bytes[line.start]
        // Most lines are prose: one byte tells.
        guard first == Self.hash || first == SourceLine.space || first == SourceLine.tab else { return .nothing }
        guard let heading = blocks.heading(line), heading.level <= 2 else { return .nothing }
        if first != Self.hash { return nil }
        let title = InlineParser.parse(blocks.bytes[heading.text])
        let isEmpty = title.plainText.trimmingSpaces.isEmpty
        if heading.level == 1 {
            guard questionCount > 0 || inSections else { return .nothing }  // a heading in the lead
            if isEmpty { throw ArticleError(file: file, line: line.number, problem: .emptySectionHeading) }
            if inSections { return .nothing }
            inSections = true
            return .sections
        }
        guard !inSections else { return .nothing }
        if isEmpty { throw ArticleError(file: file, line: line.number, problem: .emptyQuestionHeading) }
        questionCount += 1
        return .question(title)
    }

    private static let hash = UInt8(ascii: "#")
}
