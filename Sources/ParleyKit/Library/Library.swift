#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The library folder: every `<slug>.md` article in it, with its
/// `<slug>.reactions.json`. One broken file is reported and never hides the
/// others.
public struct Library: Sendable {
    public static let articleExtension = ".md"
    public static let reactionsExtension = ".reactions.json"
    /// The largest article parley reads: ten times the longest interview of
    /// the benchmark, and small enough that one planted file on a shared
    /// server cannot make the library screen or `parley list` run out of
    /// memory (an article is held whole while it is read). docs/usage.md.
    public static let maximumArticleSize = 32 * 1024 * 1024

    public var folder: String
    /// Newest published first; undated articles after dated ones; then by title.
    public var entries: [LibraryEntry]
    /// Articles that could not be read at all.
    public var problems: [ArticleError]

    /// Reads every article of the folder.
    public static func load(folder: String) throws(FileSystemError) -> Library {
        guard FileSystem.isDirectory(folder) else {
            throw FileSystemError(path: folder, operation: .openLibraryFolder, code: FileSystem.fileExists(folder) ? ENOTDIR : ENOENT)
        }
        let names = try FileSystem.contentsOfDirectory(folder)
        var entries: [LibraryEntry] = []
        var problems: [ArticleError] = []
        for name in names where name.hasSuffix(articleExtension) && !name.hasPrefix(".") {
            let slug = String(name.dropLast(articleExtension.count))
            do {
                entries.append(try loadEntry(folder: folder, slug: slug))
            } catch {
                problems.append(error)
            }
        }
        return Library(folder: folder, entries: sorted(entries), problems: problems)
    }

    /// Reads one article and its reactions without reading the rest of the library.
    public static func loadEntry(folder: String, slug: String) throws(ArticleError) -> LibraryEntry {
        let file = articlePath(folder: folder, slug: slug)
        let bytes = try readArticle(file)
        let result = try ArticleParser(file: file).parse(bytes: bytes, slug: slug)
        return LibraryEntry(article: result.article, file: file, reactions: loadReactions(folder: folder, slug: slug), warnings: result.warnings)
    }

    /// One article opened for reading a screen at a time: its answers are
    /// parsed and its reactions decoded only when they are shown. Fails as
    /// `loadEntry` fails.
    public static func openEntry(folder: String, slug: String) throws(ArticleError) -> OpenedEntry {
        let file = articlePath(folder: folder, slug: slug)
        let bytes = try readArticle(file)
        let article = try IncrementalArticle(bytes: bytes, slug: slug, file: file)
        return OpenedEntry(article: article, file: file, reactions: ReactionStore(folder: folder, slug: slug).readUndecoded())
    }

    /// An article file's bytes, or why they cannot be had, as an article error.
    private static func readArticle(_ file: String) throws(ArticleError) -> [UInt8] {
        do {
            return try FileSystem.readFile(file, limit: maximumArticleSize)
        } catch {
            let problem: ArticleProblem
            if error.isNotFound {
                problem = .noSuchArticle
            } else if error.code == EFBIG {
                problem = .tooLarge(megabytes: maximumArticleSize / 1024 / 1024)
            } else {
                problem = .cannotRead(error)
            }
            throw ArticleError(file: file, line: nil, problem: problem)
        }
    }

    public static func loadReactions(folder: String, slug: String) -> ReactionsState {
        ReactionStore(folder: folder, slug: slug).read()
    }

    public static func articlePath(folder: String, slug: String) -> String {
        FileSystem.join(folder, slug + articleExtension)
    }

    public static func reactionsPath(folder: String, slug: String) -> String {
        FileSystem.join(folder, slug + reactionsExtension)
    }

    /// Whether a slug can name a file in the library (no folders, no hidden files).
    public static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.hasPrefix(".") && !slug.contains("/") && !slug.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    public func entry(slug: String) -> LibraryEntry? {
        entries.first { $0.slug == slug }
    }

    static func sorted(_ entries: [LibraryEntry]) -> [LibraryEntry] {
        entries.sorted { a, b in
            let da = a.article.metadata.published, db = b.article.metadata.published
            if da != db {
                switch (da, db) {
                case let (x?, y?): return x > y
                case (_?, nil): return true
                default: return false
                }
            }
            let ta = a.article.title.lowercased(), tb = b.article.title.lowercased()
            return ta != tb ? ta < tb : a.slug < b.slug
        }
    }
}
