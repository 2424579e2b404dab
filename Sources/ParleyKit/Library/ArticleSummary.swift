#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the library shows of an article: its front matter and how many
/// questions it has. Read without parsing the article: the front matter is
/// parsed as the whole parse parses it, then the body is scanned a chunk at
/// a time for the headings that split it (`BodySplit`, the rules and errors
/// of the whole parse), so the question count is the whole parse's and the
/// memory it takes does not grow with the file.
///
/// Only the front matter and the lines that may be headings are checked
/// for UTF-8: bytes that are not UTF-8 elsewhere change neither the count
/// nor the errors (every marker is ASCII, and a line end is never part of a
/// longer sequence), only the warnings, which `parley check` reports.
///
/// A file the scan cannot read on its own (bytes that are not UTF-8 in the
/// front matter or a heading, a front matter longer than
/// `maximumFrontMatter`, an indented level-1 or level-2 heading) is read
/// whole, as `parley read` reads it, within `Library.maximumArticleSize`.
public struct ArticleSummary: Equatable, Sendable {
    public var slug: String
    public var metadata: ArticleMetadata
    public var questionCount: Int

    public var title: String { metadata.title }

    public init(slug: String, metadata: ArticleMetadata, questionCount: Int) {
        self.slug = slug
        self.metadata = metadata
        self.questionCount = questionCount
    }

    /// Bytes read at a time.
    static let chunkSize = 1 << 16
    /// A front matter longer than this is read with the whole file: real ones
    /// are a few hundred bytes.
    static let maximumFrontMatter = 1 << 16

    /// The summary of the article file `file`; fails as `ArticleParser` would
    /// on the whole file, with the same messages. `readWhole` reads the file
    /// whole (with the article size limit and its messages): the way out for
    /// a file the scan cannot read alone, and where every read error is told.
    static func load(file: String, slug: String, readWhole: (String) throws(ArticleError) -> [UInt8]) throws(ArticleError) -> ArticleSummary {
        if let summary = try scan(file: file, slug: slug) { return summary }
        return try whole(bytes: readWhole(file), file: file, slug: slug)
    }

    /// The summary of an article's bytes in memory: what the scan falls back to.
    static func whole(bytes: [UInt8], file: String, slug: String) throws(ArticleError) -> ArticleSummary {
        let article = try IncrementalArticle(bytes: bytes, slug: slug, file: file)
        return ArticleSummary(slug: slug, metadata: article.metadata, questionCount: article.exchangeCount)
    }

    /// The summary read in chunks; nil when the file needs the whole parse,
    /// or cannot be read (too big, not a regular file, an I/O error):
    /// reading it whole then says why, in the words it always has.
    private static func scan(file: String, slug: String) throws(ArticleError) -> ArticleSummary? {
        guard let fd = try? FileSystem.openRegularFile(file) else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size <= Library.maximumArticleSize else { return nil }
        var scanner = Scanner(file: file)
        // Most articles fit one chunk: no more zeroed memory than the file needs.
        var chunk = [UInt8](repeating: 0, count: max(4096, min(chunkSize, Int(info.st_size) + 1)))
        var total = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            total += count
            // A file that grows past the limit while it is read.
            if total > Library.maximumArticleSize { return nil }
            guard try scanner.take(chunk[0 ..< count], atEnd: count == 0) else { return nil }
            if count == 0 { break }
        }
        return scanner.summary(slug: slug)
    }

    /// The summary of bytes in memory, fed to the scan `chunkSize` bytes at
    /// a time (the whole parse when the scan cannot do it): a chunk can end
    /// anywhere, and the summary is the same.
    static func summary(of bytes: [UInt8], file: String, slug: String, chunkSize: Int = chunkSize) throws(ArticleError) -> ArticleSummary {
        if let summary = try scanned(bytes, file: file, slug: slug, chunkSize: chunkSize) { return summary }
        return try whole(bytes: bytes, file: file, slug: slug)
    }

    /// The scan alone over bytes in memory; nil when it needs the whole parse.
    static func scanned(_ bytes: [UInt8], file: String, slug: String, chunkSize: Int = chunkSize) throws(ArticleError) -> ArticleSummary? {
        var scanner = Scanner(file: file)
        var start = 0
        while true {
            let end = min(bytes.count, start + max(1, chunkSize))
            guard try scanner.take(bytes[start ..< end], atEnd: end == start) else { return nil }
            if end == start { return scanner.summary(slug: slug) }
            start = end
        }
    }

    /// The front matter, then the body's headings, fed a chunk at a time.
    /// Whole lines are handled; the part of a line a chunk ends in waits for
    /// the next chunk.
    private struct Scanner {
        let file: String
        var split: BodySplit
        /// The front matter, once read.
        var metadata: ArticleMetadata?
        /// Bytes not handled yet: the front matter being read, or the start of a line.
        var pending: [UInt8] = []
        /// The number of the first line in `pending`.
        var lineNumber = 1
        var isFirstChunk = true

        init(file: String) {
            self.file = file
            split = BodySplit(file: file)
        }

        /// The summary, once the end of the file was taken.
        func summary(slug: String) -> ArticleSummary? {
            metadata.map { ArticleSummary(slug: slug, metadata: $0, questionCount: split.questionCount) }
        }

        /// False when the file needs the whole parse.
        mutating func take(_ bytes: ArraySlice<UInt8>, atEnd: Bool) throws(ArticleError) -> Bool {
            if isFirstChunk {
                isFirstChunk = false
                // A UTF-16 file: the whole parse says what is wrong with it.
                if SourceText.looksLikeUTF16(bytes) { return false }
            }
            pending.append(contentsOf: bytes)
            // `pending[..<end]` holds whole lines (the last one ends at
            // `end`, before its line end); at the end of the file, everything.
            let end: Int
            if atEnd {
                end = pending.count
            } else if let lastLineEnd = pending.lastIndex(of: UInt8(ascii: "\n")) {
                end = lastLineEnd
            } else {
                return metadata != nil || pending.count <= maximumFrontMatter
            }
            guard metadata == nil else { return try body(upTo: end, atEnd: atEnd) }
            switch try frontMatter(upTo: end) {
            case .notYet:
                return !atEnd && pending.count <= maximumFrontMatter
            case .needsWholeParse:
                return false
            case .read(let closingEnd):
                // The front matter and its closing line are handled; the
                // whole lines after it are body.
                dropPending(through: closingEnd)
                return try body(upTo: atEnd ? pending.count : end - closingEnd - 1, atEnd: atEnd)
            }
        }

        private enum FrontMatter {
            case notYet
            case needsWholeParse
            /// Read; the offset in `pending` of the closing line's line end.
            case read(Int)
        }

        /// Reads the front matter when its closing line is in
        /// `pending[..<end]`, as `ArticleParser.prepare` reads it.
        private mutating func frontMatter(upTo end: Int) throws(ArticleError) -> FrontMatter {
            var closingEnd: Int?
            pending.withUnsafeBufferPointer { bytes in
                var start = 0
                var index = 0
                while true {
                    let lineEnd = bytes[start ..< end].firstIndex(of: UInt8(ascii: "\n")) ?? end
                    if index > 0, Self.isDelimiter(bytes[start ..< lineEnd]) {
                        closingEnd = lineEnd
                        return
                    }
                    if lineEnd == end { return }
                    start = lineEnd + 1
                    index += 1
                }
            }
            guard let closingEnd else { return .notYet }
            let head = Array(pending[..<closingEnd])
            guard (try? UTF8Span(validating: head.span)) != nil else { return .needsWholeParse }
            let source = try ArticleParser(file: file).prepare(bytes: head)
            // Body lines before the closing one (when the front matter
            // parser closed earlier) are scanned as the body.
            let blocks = BlockParser(bytes: source.buffer)
            for line in source.lines[source.bodyStart...] {
                guard try split.take(line, in: blocks) != nil else { return .needsWholeParse }
            }
            metadata = source.metadata
            lineNumber = source.lines.count + 1
            return .read(closingEnd)
        }

        /// Scans the whole lines of `pending[..<end]` for headings.
        private mutating func body(upTo end: Int, atEnd: Bool) throws(ArticleError) -> Bool {
            guard end >= 0, end <= pending.count else { return true }
            let text = Array(pending[..<end])
            let lines = SourceLines.split(text, firstLineNumber: lineNumber)
            let blocks = BlockParser(bytes: text)
            for line in lines {
                // A line that may be a heading is read as text: it must be
                // UTF-8 (else the whole parse, which reads it as the reader does).
                if line.start < line.end, [Self.hash, SourceLine.space, SourceLine.tab].contains(text[line.start]),
                   (try? UTF8Span(validating: text.span.extracting(line.start ..< line.end))) == nil {
                    return false
                }
                guard try split.take(line, in: blocks) != nil else { return false }
            }
            lineNumber += lines.count
            if atEnd {
                pending = []
            } else {
                dropPending(through: end)
            }
            return true
        }

        private static let hash = UInt8(ascii: "#")

        /// Forgets `pending` up to and including the line end at `offset`.
        private mutating func dropPending(through offset: Int) {
            pending.removeFirst(min(pending.count, offset + 1))
        }

        /// `---` alone on a line, as `ArticleParser` tells the closing line.
        private static func isDelimiter(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            var bytes = line[...]
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            while let last = bytes.last, last == SourceLine.space || last == SourceLine.tab { bytes = bytes.dropLast() }
            return bytes.elementsEqual("---".utf8)
        }
    }
}
