import FuzzCheck
import ParleyKit

/// The front matter and article parser.
/// - parsing never crashes, whatever the bytes;
/// - the article read a question at a time (`IncrementalArticle`) is the
///   article read whole, and fails with the same error;
/// - a beginning of the file that stands in for the article while the rest
///   is read (`IncrementalArticle.beginning`) holds the whole's first
///   questions, lead, metadata and size; none stands in when the whole
///   fails on a line inside it;
/// - parse, write (`ArticleMarkdown`), parse keeps the metadata and the
///   shape: the same blocks, questions and sections (text can never start a
///   block, docs/import.md). The words inside a block may change where
///   emphasis delimiters touch: docs/fuzzing.md says why that is not checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    let parser = ArticleParser(file: "fuzz.md")
    let whole: Result<ArticleParser.Result, ArticleError> = Result { () throws(ArticleError) in try parser.parse(bytes: input, slug: "fuzz") }
    let incremental: Result<Article, ArticleError> = Result { () throws(ArticleError) in
        var article = try IncrementalArticle(bytes: input, slug: "fuzz", file: "fuzz.md")
        return article.article()
    }
    checkBeginnings(of: input, whole: whole)
    switch (whole, incremental) {
    case (.success(let a), .success(let b)):
        require(a.article == b, "the incremental article differs from the whole parse")
        // The writer's contract (docs/import.md) is text without control
        // characters: a lone CR before a line end would become part of it.
        guard !hasControlCharacters(input) else { return 0 }
        let written = ArticleMarkdown.render(a.article)
        guard let reread = parsed(written, parser) else { return 0 }
        require(reread.metadata == a.article.metadata, "the metadata changed in writing")
        require(Shape(reread) == Shape(a.article), "the shape changed in writing:\n---\n\(written)")
    case (.failure(let a), .failure(let b)):
        require(a == b, "the incremental parse fails differently: \(a) / \(b)")
    case (.success, .failure(let error)):
        require(false, "only the incremental parse fails: \(error)")
    case (.failure(let error), .success):
        require(false, "only the whole parse fails: \(error)")
    }
    return 0
}

/// `IncrementalArticle.beginning` of a few prefixes of `input`, against the whole parse.
private func checkBeginnings(of input: [UInt8], whole: Result<ArticleParser.Result, ArticleError>) {
    for cut in Set([input.count / 3, input.count / 2, input.count * 3 / 4, input.count - 1]) where cut > 0 {
        let head = input[..<cut]
        let beginning = IncrementalArticle.beginning(of: head, fileSize: input.count, slug: "fuzz", file: "fuzz.md")
        switch whole {
        case .failure(let error):
            // The lines of the head that the beginning reads: an error on one of them is its own.
            let lines = head.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            if let line = error.line, line <= lines {
                require(beginning == nil, "a beginning stands in for an article that fails on its line \(line)")
            }
        case .success(let result):
            guard var beginning else { continue }
            let article = result.article
            let count = beginning.exchangeCount
            require(count >= 1 && count < article.exchanges.count, "a beginning of \(count) of \(article.exchanges.count) questions")
            require(beginning.metadata == article.metadata && beginning.lead == article.lead, "a beginning's front matter or lead differs")
            beginning.parseExchanges(through: count)
            require(beginning.parsedExchanges == Array(article.exchanges.prefix(count)), "a beginning's questions differ from the whole's")
            if var incremental = try? IncrementalArticle(bytes: input, slug: "fuzz", file: "fuzz.md") {
                incremental.checkAll()
                // Bytes that are not UTF-8 further on become longer text: the
                // reader then tells 0 % alone from the beginning's size.
                require(incremental.warnings.isEmpty ? beginning.byteCount == incremental.byteCount : beginning.byteCount <= incremental.byteCount,
                        "a beginning's size \(beginning.byteCount) against the whole's \(incremental.byteCount)")
            }
        }
    }
}

private func parsed(_ text: String, _ parser: ArticleParser) -> Article? {
    do {
        return try parser.parse(text: text, slug: "fuzz").article
    } catch {
        require(false, "the written article does not parse: \(error)\n---\n\(text)")
        return nil
    }
}

/// An article without its words: the blocks, questions and sections.
private struct Shape: Equatable {
    var lead: [String]
    var answers: [[String]]
    var sections: [[String]]

    init(_ article: Article) {
        lead = article.lead.map(Self.shape)
        answers = article.exchanges.map { $0.answer.map(Self.shape) }
        sections = article.sections.map { $0.blocks.map(Self.shape) }
    }

    static func shape(_ block: Block) -> String {
        switch block {
        case .paragraph: "p"
        case .heading(let level, _): "h\(level)"
        case .thematicBreak: "hr"
        case .quote(let inner): "quote(" + inner.map(shape).joined(separator: ",") + ")"
        case .list(let list): "list(" + list.items.map { $0.map(shape).joined(separator: ",") }.joined(separator: ";") + ")"
        }
    }
}

/// A C0 control other than tab and line feed, or a CR that does not end a line.
private func hasControlCharacters(_ bytes: [UInt8]) -> Bool {
    for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x7F {
        if byte == 0x09 || byte == 0x0A { continue }
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
        return true
    }
    return false
}
