import FuzzCheck
import ParleyKit

/// The inline parser (emphasis, strong, code, links, escapes, breaks).
/// - it never crashes, and gives the same result twice;
/// - text with none of the characters that open markup is its own text;
/// - parse, write (as a paragraph, by `ArticleMarkdown`), parse gives one
///   paragraph again, for one paragraph of text without control characters
///   (the writer's contract, docs/import.md). Its words may change where
///   emphasis delimiters touch (docs/fuzzing.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInline(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: bytes(start, count), as: UTF8.self)
    let inlines = Inline.parse(markdown: text)
    require(inlines == Inline.parse(markdown: text), "two parses of the same text differ")

    let markup: Set<Unicode.Scalar> = ["*", "_", "`", "[", "]", "\\", "\n", "\r", " ", "\t"]
    if !text.isEmpty, !text.unicodeScalars.contains(where: { markup.contains($0) || $0.properties.isWhitespace }) {
        require(inlines == [.text(text)], "plain text did not come back as itself: \(text.debugDescription) -> \(inlines)")
    }

    let plain = inlines.plainText
    guard !inlines.isEmpty, plain.first?.isWhitespace == false, plain.last?.isWhitespace == false,
          !text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F }),
          !text.split(separator: "\n", omittingEmptySubsequences: false).contains(where: { $0.allSatisfy(\.isWhitespace) })
    else { return 0 }
    let article = Article(slug: "fuzz", metadata: ArticleMetadata(title: "Fuzz"), lead: [.paragraph(inlines)], exchanges: [], sections: [])
    let written = ArticleMarkdown.render(article)
    do {
        let reread = try ArticleParser(file: "fuzz.md").parse(text: written, slug: "fuzz").article
        guard reread.lead.count == 1, case .paragraph(let again) = reread.lead[0] else {
            require(false, "the paragraph does not read back as one:\n\(inlines)\n---\n\(written)\n---\n\(reread.lead)")
            return 0
        }
        _ = again
    } catch {
        require(false, "the written paragraph does not parse: \(error)\n---\n\(written)")
    }
    return 0
}

