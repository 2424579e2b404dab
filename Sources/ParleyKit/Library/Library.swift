#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The library folder: every `<slug>.md` article in it, with its
/// `<slug>.reactions.json`, as far as a list shows them (`ListedArticle`).
/// One broken file is reported and never hides the others.
public struct Library: Sendable {
    public static let articleExtension = ".md"
    public static let reactionsExtension = ".reactions.json"
    /// The largest article parley reads: ten times the longest interview of
    /// the benchmark, and small enough that one planted file on a shared
    /// server cannot make the reader run out of memory (an article is held
    /// whole while it is read; the library screen and `parley list` read it
    /// a chunk at a time). docs/usage.md.
    public static let maximumArticleSize = 32 * 1024 * 1024

    public var folder: String
    /// Newest published first; undated articles after dated ones; then by title.
    public var entries: [ListedArticle]
    /// Articles that could not be read at all.
    public var problems: [ArticleError]

    /// Reads what the library shows of every article of the folder (its
    /// front matter and question headings, not its text): every error the
    /// whole parse would find in an article is found; its warnings (bytes
    /// that are not UTF-8) are left to `parley check`.
    public static func load(folder: String) throws(FileSystemError) -> Library {
        guard FileSystem.isDirectory(folder) else {
            throw FileSystemError(path: folder, operation: .openLibraryFolder, code: FileSystem.fileExists(folder) ? ENOTDIR : ENOENT)
        }
        let names = try FileSystem.contentsOfDirectory(folder)
        var entries: [ListedArticle] = []
        var problems: [ArticleError] = []
        for name in names where name.hasSuffix(articleExtension) && !name.hasPrefix(".") {
            let slug = String(name.dropLast(articleExtension.count))
            do {
                entries.append(try listEntry(folder: folder, slug: slug))
            } catch {
                problems.append(error)
            }
        }
        return Library(folder: folder, entries: sorted(entries), problems: problems)
    }

    /// What the library shows of one article (`ArticleSummary`), with its reactions.
    public static func listEntry(folder: String, slug: String) throws(ArticleError) -> ListedArticle {
        let file = articlePath(folder: folder, slug: slug)
        let summary = try ArticleSummary.load(file: file, slug: slug, readWhole: readArticle)
        return ListedArticle(summary: summary, file: file, reactions: loadReactions(folder: folder, slug: slug))
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
        return OpenedEntry(article: article, file: file, reactions: ReactionStore(folder: folder, slug: slug).openUndecoded())
    }

    /// Bytes read first of an article longer than `wholeOpeningBytes`: its
    /// first screens at any terminal size (about 800 lines at 80 columns).
    static let beginningBytes = 64 * 1024
    /// Articles up to this size are read whole when opened: reading them
    /// costs less than a tenth of a millisecond.
    static let wholeOpeningBytes = 256 * 1024

    /// As `openEntry`, but a long article's beginning alone, when it can
    /// stand for the whole (`IncrementalArticle.beginning`): the reader
    /// paints its first screen from that and reads the rest just after.
    /// Fails as `openEntry` fails, except for an error in the part not read
    /// yet, which reading the rest reports.
    public static func openArticle(folder: String, slug: String) throws(ArticleError) -> ArticleOpening {
        let file = articlePath(folder: folder, slug: slug)
        let fd: Int32
        do throws(FileSystemError) {
            fd = try FileSystem.openRegularFile(file)
        } catch {
            throw articleError(error, file: file)
        }
        let reactions = ReactionStore(folder: folder, slug: slug).openUndecoded()
        // Owns the descriptor from here: closed on every way out.
        let rest = ArticleRest(descriptor: fd, file: file, slug: slug, reactions: reactions)
        let size: Int
        do throws(FileSystemError) {
            size = try FileSystem.size(of: fd, path: file)
        } catch {
            throw articleError(error, file: file)
        }
        if size > maximumArticleSize {
            throw articleError(FileSystemError(path: file, operation: .read, code: EFBIG), file: file)
        }
        if size > wholeOpeningBytes,
           let head = try? FileSystem.readPrefix(fd, count: beginningBytes, path: file),
           let beginning = IncrementalArticle.beginning(of: head[...], fileSize: size, slug: slug, file: file) {
            return .beginning(OpenedEntry(article: beginning, file: file, reactions: reactions), rest: rest)
        }
        return .whole(try rest.read())
    }

    /// An article file's bytes, or why they cannot be had, as an article error.
    private static func readArticle(_ file: String) throws(ArticleError) -> [UInt8] {
        do throws(FileSystemError) {
            return try FileSystem.readFile(file, limit: maximumArticleSize)
        } catch {
            throw articleError(error, file: file)
        }
    }

    /// Why an article file cannot be read, as an article error.
    static func articleError(_ error: FileSystemError, file: String) -> ArticleError {
        let problem: ArticleProblem
        if error.isNotFound {
            problem = .noSuchArticle
        } else if error.code == EFBIG {
            problem = .tooLarge(megabytes: maximumArticleSize / 1024 / 1024)
        } else {
            problem = .cannotRead(error)
        }
        return ArticleError(file: file, line: nil, problem: problem)
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
        var slug = slug
        return slug.withUTF8 { isValidSlug(utf8: $0) }
    }

    /// `isValidSlug` on the slug's UTF-8. By bytes, not characters: a "/" or
    /// a leading "." followed by a combining mark is one `Character`, but
    /// the file system sees the byte.
    static func isValidSlug(utf8 slug: UnsafeBufferPointer<UInt8>) -> Bool {
        // "/", "." and control characters are single bytes in UTF-8, never
        // part of another character's bytes.
        guard let first = slug.first, first != UInt8(ascii: ".") else { return false }
        return !slug.contains { $0 == UInt8(ascii: "/") || $0 < 0x20 || $0 == 0x7F }
    }

    public func entry(slug: String) -> ListedArticle? {
        entries.first { $0.slug == slug }
    }

    static func sorted(_ entries: [ListedArticle]) -> [ListedArticle] {
        entries.sorted { a, b in
            let da = a.metadata.published, db = b.metadata.published
            if da != db {
                switch (da, db) {
                case let (x?, y?): return x > y
                case (_?, nil): return true
                default: return false
                }
            }
            let ta = a.title.lowercased(), tb = b.title.lowercased()
            return ta != tb ? ta < tb : a.slug < b.slug
        }
    }
}
