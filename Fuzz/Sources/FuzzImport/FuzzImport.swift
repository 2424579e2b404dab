import FuzzCheck
import ParleyKit

/// The importer of plain-text interviews.
/// - it never crashes, and refuses only with a clear error of its own;
/// - the article it writes reads back to the article it reports, and its
///   reactions, encoded, decode to themselves.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    let importer = InterviewImporter(options: ImportOptions(file: "fuzz.txt"))
    let result: ImportResult
    do {
        result = try importer.run(bytes: input)
    } catch {
        if case .doesNotReadBack? = (error as? ImportError)?.problem {
            require(false, "the importer wrote an article that does not read back: \(error)")
        }
        return 0
    }
    do {
        let reread = try ArticleParser(file: "fuzz.md").parse(text: result.markdown, slug: result.article.slug).article
        require(reread == result.article, "the imported article does not read back as reported")
    } catch {
        require(false, "the imported article does not parse: \(error)")
    }
    require(Library.isValidSlug(result.article.slug), "the import made an invalid slug: \(result.article.slug.debugDescription)")
    if let reactions = result.reactions {
        let encoded = reactions.encoded()
        let decoded = try? ReactionsDocument.decode(bytes: Array(encoded.utf8), file: "fuzz.reactions.json")
        require(decoded == reactions, "the imported reactions do not read back:\n\(encoded)")
    }
    return 0
}
