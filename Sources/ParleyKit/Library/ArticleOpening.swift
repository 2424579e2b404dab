#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// An article opened for reading (`Library.openArticle`): whole, or, when
/// it is long, only its first questions so far, with the rest to read once
/// the first screen is on the terminal. less shows a 10 MB file's first
/// screen after reading its first screen; reading all 10 MB first took 7 of
/// parley's 12.6 ms (docs/performance.md, "Round six").
public enum ArticleOpening: Sendable {
    /// Read whole.
    case whole(OpenedEntry)
    /// The article's first questions (`IncrementalArticle.beginning`),
    /// standing in for it until `rest` reads it whole.
    case beginning(OpenedEntry, rest: ArticleRest)

    /// The article read whole (now, if only its beginning was read).
    public func whole() throws(ArticleError) -> OpenedEntry {
        switch self {
        case .whole(let entry): return entry
        case .beginning(_, let rest): return try rest.read()
        }
    }
}

/// The open file of an article whose beginning alone is read: reading it
/// whole gives what opening it whole would have given then, its errors
/// included. The descriptor is the one the beginning came from, so an
/// editor that saves by renaming meanwhile changes nothing.
public final class ArticleRest: Sendable {
    private let descriptor: Int32
    private let file: String
    private let slug: String
    private let reactions: UndecodedReactions
    /// `readAll` seeks the descriptor: one read at a time.
    private let reading = Mutex(())

    init(descriptor: Int32, file: String, slug: String, reactions: UndecodedReactions) {
        self.descriptor = descriptor
        self.file = file
        self.slug = slug
        self.reactions = reactions
    }

    deinit { close(descriptor) }

    /// The article read whole, with the reactions opened with its beginning.
    public func read() throws(ArticleError) -> OpenedEntry {
        let bytes = try reading.withLock { _ throws(ArticleError) in
            do throws(FileSystemError) {
                return try FileSystem.readAll(descriptor, path: file, limit: Library.maximumArticleSize)
            } catch {
                throw Library.articleError(error, file: file)
            }
        }
        let article = try IncrementalArticle(bytes: bytes, slug: slug, file: file)
        return OpenedEntry(article: article, file: file, reactions: reactions)
    }
}
