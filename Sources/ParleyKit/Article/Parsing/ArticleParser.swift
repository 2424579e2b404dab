/// Reads an article file: front matter, then the Markdown body, structured
/// into lead, questions (level-2 headings) and trailing sections (level-1
/// headings after the first question). docs/article-format.md is the contract.
public struct ArticleParser {
    public struct Result: Sendable {
        public var article: Article
        public var warnings: [ArticleWarning]
    }

    /// How the file is named in messages.
    public let file: String

    public init(file: String) {
        self.file = file
    }

    public func parse(bytes: some Collection<UInt8>, slug: String) throws(ArticleError) -> Result {
        let source = try prepare(bytes: bytes)
        let items = BlockParser(bytes: source.buffer).parse(source.body)
        let article = try structure(items, slug: slug, metadata: source.metadata)
        return Result(article: article, warnings: source.warnings)
    }

    /// A file's bytes made ready for the block parser: UTF-8 checked, lines
    /// split, front matter read. What `parse` and `IncrementalArticle` share.
    struct Prepared {
        var buffer: [UInt8]
        var lines: [SourceLine]
        var metadata: ArticleMetadata
        /// Index in `lines` of the first body line.
        var bodyStart: Int
        var warnings: [ArticleWarning]

        var body: ArraySlice<SourceLine> { lines[bodyStart...] }
    }

    func prepare(bytes: some Collection<UInt8>) throws(ArticleError) -> Prepared {
        if SourceText.looksLikeUTF16(bytes) {
            throw ArticleError(file: file, line: 1, problem: .utf16)
        }
        // Parsing works on bytes. Valid UTF-8 (nearly every file) is only
        // checked, not copied into a String; invalid UTF-8 becomes U+FFFD first.
        var buffer = Array(bytes)
        var invalidUTF8Lines: [Int] = []
        var isWindows1252 = false
        if !UTF8Validation.isValid(buffer) {
            let source = SourceText(bytes: bytes)
            buffer = Array(source.text.utf8)
            invalidUTF8Lines = source.invalidUTF8Lines
            isWindows1252 = source.isWindows1252
        } else if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
            buffer.removeFirst(3)
        }
        let lines = SourceLines.split(buffer)
        // The front matter is small: it is read as text. Without a closing
        // line, the parser sees only the first and says what is wrong.
        let closing = lines.dropFirst().firstIndex { isDelimiter($0, buffer) }
        let head = closing.map { lines[...$0] } ?? lines.prefix(1)
        let frontMatter = try FrontMatterParser(file: file).parse(lines: head.map { text($0, buffer) })
        // Invalid UTF-8 in the front matter is treated as in the body: shown
        // as U+FFFD with a warning, never hiding the whole article.
        var warnings = invalidUTF8Lines.map {
            ArticleWarning(file: file, line: $0, problem: .invalidUTF8)
        }
        if isWindows1252 {
            warnings.insert(ArticleWarning(file: file, line: 1, problem: .windows1252), at: 0)
        }
        return Prepared(buffer: buffer, lines: lines, metadata: frontMatter.metadata, bodyStart: frontMatter.bodyStart, warnings: warnings)
    }

    public func parse(text: String, slug: String) throws(ArticleError) -> Result {
        try parse(bytes: Array(text.utf8), slug: slug)
    }

    private func isDelimiter(_ line: SourceLine, _ bytes: [UInt8]) -> Bool {
        let range = line.trimmed(bytes)
        return line.start == range.lowerBound && bytes[range].elementsEqual("---".utf8)
    }

    private func text(_ line: SourceLine, _ bytes: [UInt8]) -> Substring {
        Substring(String(decoding: bytes[line.start..<line.end], as: UTF8.self))
    }

    func structure(_ items: [BlockParser.Item], slug: String, metadata: ArticleMetadata) throws(ArticleError) -> Article {
        var lead: [Block] = []
        var exchanges: [Exchange] = []
        var sections: [Section] = []
        for item in items {
            if case .heading(let level, let inlines) = item.block, level <= 2 {
                let isEmpty = inlines.plainText.trimmingSpaces.isEmpty
                if level == 1 && !(exchanges.isEmpty && sections.isEmpty) {
                    if isEmpty { throw ArticleError(file: file, line: item.line, problem: .emptySectionHeading) }
                    sections.append(Section(title: inlines, blocks: [], line: item.line))
                    continue
                }
                if level == 2 && sections.isEmpty {
                    if isEmpty { throw ArticleError(file: file, line: item.line, problem: .emptyQuestionHeading) }
                    exchanges.append(Exchange(number: exchanges.count + 1, question: inlines, answer: [], line: item.line))
                    continue
                }
            }
            if !sections.isEmpty {
                sections[sections.count - 1].blocks.append(item.block)
            } else if !exchanges.isEmpty {
                exchanges[exchanges.count - 1].answer.append(item.block)
            } else {
                lead.append(item.block)
            }
        }
        return Article(slug: slug, metadata: metadata, lead: lead, exchanges: exchanges, sections: sections)
    }
}
