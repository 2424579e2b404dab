/// An article parsed a question at a time: the front matter, the lead and
/// every question's heading at once; an answer when it is first asked for;
/// the trailing sections at the end. Complete, it is the very `Article` that
/// `ArticleParser.parse` returns, so a reader can show the first screen of a
/// 10 MB interview without parsing the other 9.9 MB first.
///
/// Why this is exact: a level-1 or level-2 heading at the start of a line
/// (no indentation) ends every paragraph, quote and list around it
/// (docs/article-format.md), so the answer between two such headings parses
/// the same alone as inside the whole file. An article with an indented
/// level-1 or level-2 heading (which a list item could hold) is parsed whole
/// at once instead.
///
/// Every error the whole parse would report is found when this is made: the
/// front matter, invalid UTF-8 there, and an empty question or section heading.
public struct IncrementalArticle: Sendable {
    public let slug: String
    public let metadata: ArticleMetadata
    public let lead: [Block]
    public let warnings: [ArticleWarning]
    /// Every question's heading, in order: known before any answer is parsed.
    public let questions: [[Inline]]
    /// The file's size in bytes.
    public let byteCount: Int

    /// The exchanges parsed so far: always a prefix, question 1 to `parsedExchanges.count`.
    public private(set) var parsedExchanges: [Exchange] = []
    /// The trailing sections, once parsed.
    public private(set) var sections: [Section]?

    private let buffer: [UInt8]
    private let lines: [SourceLine]
    /// Line index of each question's heading, then the index where the
    /// sections start (or the end): question n's answer is the lines between.
    private let boundaries: [Int]

    public init(bytes: some Collection<UInt8>, slug: String, file: String) throws(ArticleError) {
        let parser = ArticleParser(file: file)
        let source = try parser.prepare(bytes: bytes)
        self.slug = slug
        metadata = source.metadata
        warnings = source.warnings
        byteCount = source.buffer.count
        let scan = try Self.scan(source, file: file)
        guard let scan else {
            // An indented heading: parse it all now, the plain way.
            let article = try parser.structure(BlockParser(bytes: source.buffer).parse(source.body), slug: slug, metadata: source.metadata)
            lead = article.lead
            questions = article.exchanges.map(\.question)
            parsedExchanges = article.exchanges
            sections = article.sections
            buffer = []
            lines = []
            boundaries = []
            return
        }
        buffer = source.buffer
        lines = source.lines
        questions = scan.questions
        boundaries = scan.questionStarts + [scan.sectionsStart]
        lead = BlockParser(bytes: buffer).parse(lines[source.bodyStart ..< (scan.questionStarts.first ?? scan.sectionsStart)]).map(\.block)
        if scan.sectionsStart == lines.count { sections = [] }
    }

    /// An article parsed already: complete from the start.
    public init(article: Article, warnings: [ArticleWarning] = []) {
        slug = article.slug
        metadata = article.metadata
        lead = article.lead
        self.warnings = warnings
        questions = article.exchanges.map(\.question)
        parsedExchanges = article.exchanges
        sections = article.sections
        byteCount = 0
        buffer = []
        lines = []
        boundaries = []
    }

    public var title: String { metadata.title }
    public var exchangeCount: Int { questions.count }
    public var isComplete: Bool { parsedExchanges.count == questions.count && sections != nil }

    /// Parses the answers up to question `number` (1-based) if not parsed yet.
    public mutating func parseExchanges(through number: Int) {
        let parser = BlockParser(bytes: buffer)
        while parsedExchanges.count < min(number, questions.count) {
            let index = parsedExchanges.count
            let heading = lines[boundaries[index]]
            let answer = parser.parse(lines[boundaries[index] + 1 ..< boundaries[index + 1]]).map(\.block)
            parsedExchanges.append(Exchange(number: index + 1, question: questions[index], answer: answer, line: heading.number))
        }
    }

    /// Parses whatever is left: every answer and the sections.
    public mutating func parseAll() {
        parseExchanges(through: questions.count)
        guard sections == nil, let start = boundaries.last else { return }
        var tail: [Section] = []
        for item in BlockParser(bytes: buffer).parse(lines[start...]) {
            if case .heading(1, let title) = item.block {
                tail.append(Section(title: title, blocks: [], line: item.line))
            } else if !tail.isEmpty {
                tail[tail.count - 1].blocks.append(item.block)
            }
        }
        sections = tail
    }

    /// The whole article: parses what is left first.
    public mutating func article() -> Article {
        parseAll()
        return Article(slug: slug, metadata: metadata, lead: lead, exchanges: parsedExchanges, sections: sections ?? [])
    }

    /// Bytes of the file up to the end of question `number`'s answer (0: the
    /// lead's end): how far through the file a reader is, without a layout.
    public func byteOffset(afterQuestion number: Int) -> Int {
        guard !boundaries.isEmpty else { return number >= questions.count ? byteCount : 0 }
        let boundary = boundaries[min(max(0, number), boundaries.count - 1)]
        return boundary < lines.count ? lines[boundary].start : byteCount
    }

    /// The bytes of question `number`'s heading and answer (1-based), or
    /// nil when the article was parsed whole: what a search looks through
    /// before laying a question out.
    public func source(ofQuestion number: Int) -> ArraySlice<UInt8>? {
        guard !boundaries.isEmpty, number >= 1, number < boundaries.count else { return nil }
        return buffer[lineStart(boundaries[number - 1]) ..< lineStart(boundaries[number])]
    }

    /// The bytes of the trailing sections (empty when there are none), or
    /// nil when the article was parsed whole.
    public var sectionsSource: ArraySlice<UInt8>? {
        guard let start = boundaries.last else { return nil }
        return buffer[lineStart(start)...]
    }

    private func lineStart(_ index: Int) -> Int {
        index < lines.count ? lines[index].start : buffer.count
    }

    // MARK: - Finding the questions

    private struct Scan {
        var questions: [[Inline]] = []
        var questionStarts: [Int] = []
        var sectionsStart: Int
    }

    /// The headings that split the body, checked as the whole parse checks
    /// them; nil when an indented level-1 or level-2 heading makes the split unsafe.
    private static func scan(_ source: ArticleParser.Prepared, file: String) throws(ArticleError) -> Scan? {
        let blocks = BlockParser(bytes: source.buffer)
        var split = BodySplit(file: file)
        var scan = Scan(sectionsStart: source.lines.count)
        for index in source.bodyStart ..< source.lines.count {
            switch try split.take(source.lines[index], in: blocks) {
            case nil: return nil
            case .question(let title)?:
                scan.questions.append(title)
                scan.questionStarts.append(index)
            case .sections?: scan.sectionsStart = index
            case .nothing?: break
            }
        }
        return scan
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
